/**
 * URL text fragments (WICG "Text Fragments", https://wicg.github.io/scroll-to-text-fragment/):
 * `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]` opens a page scrolled to a passage, highlighted.
 * Chromium, Safari and Firefox apply them; other browsers ignore the directive and open the page.
 */

/** A quote longer than this many words is linked as `textStart,textEnd` rather than in full. */
export const LONG_QUOTE_WORDS = 10;
/** How many words each end of a long quote keeps: enough to be unique on a long page. */
export const END_WORDS = 4;

/**
 * Percent-encodes one term of a text directive. The spec's grammar allows only letters, digits and
 * `! $ ' ( ) * + . / : ; = ? @ _ ~` unescaped; `-`, `&` and `,` delimit the directive, so they are
 * always encoded (encodeURIComponent leaves `-` alone, hence the extra step), as is everything else.
 */
export function encodeTextDirectiveTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/**
 * The passages a quote is made of: an editor's omission (`…`, `...`) or insertion (`[he]`) is not
 * on the publisher's page, so the text between them is what the browser can find.
 */
export function quoteSegments(quote: string): string[] {
  return quote
    .split(/\s*(?:…|\.\.\.|\[[^\]]*\])\s*/u)
    .map((part) => part.replace(/\s+/g, ' ').replace(/^[\s"“”‘’'«»]+|[\s"“”‘’'«»]+$/gu, ''))
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}

/**
 * The directive value (`text=…`) for a quote: short quotes whole, long ones (or quotes with an
 * omission) as `textStart,textEnd` so a page that reflowed or re-punctuated the middle still
 * matches. Returns undefined when nothing of the quote could be searched for.
 */
export function textDirective(quote: string): string | undefined {
  const segments = quoteSegments(quote);
  const first = segments[0];
  const last = segments.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const words = segments.join(' ').split(' ');
  if (segments.length === 1 && words.length <= LONG_QUOTE_WORDS) return `text=${encodeTextDirectiveTerm(first)}`;
  const firstWords = first.split(' ');
  const lastWords = last.split(' ');
  // Start and end must not overlap: with one segment, each end takes at most half of it.
  const take = segments.length === 1 ? Math.min(END_WORDS, Math.floor(words.length / 2)) : END_WORDS;
  const start = firstWords.slice(0, take).join(' ');
  const end = lastWords.slice(-take).join(' ');
  return `text=${encodeTextDirectiveTerm(start)},${encodeTextDirectiveTerm(end)}`;
}

/**
 * The address with a text directive for the quote appended. The directive follows the fragment
 * directive delimiter `:~:`, after any fragment the address already has (`#section:~:text=…`); an
 * address that already carries directives gets another one joined with `&`.
 */
export function withTextFragment(url: string, quote: string): string {
  const directive = textDirective(quote);
  if (!directive) return url;
  const hash = url.indexOf('#');
  if (hash === -1) return `${url}#:~:${directive}`;
  const fragment = url.slice(hash + 1);
  if (fragment.includes(':~:')) return `${url}&${directive}`;
  return `${url}:~:${directive}`;
}
