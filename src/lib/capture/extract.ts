import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { pageMetadata, partialDateOf, type PageMetadata } from './metadata';
import { Refusal } from './refusal';

/**
 * A page or PDF turned into the plain text an editor quotes from, and what it says about itself.
 * HTML goes through Mozilla Readability (Firefox's reader view) over linkedom, a DOM that runs no
 * script and loads nothing; a PDF through pdf.js (as unpdf packages it for servers). The text keeps
 * one paragraph a line, separated by a blank line, so a copy reads like the article and the same
 * bytes always give the same copy (and the same SHA-256).
 */

export interface Extracted {
  /** The copy: the headline, then the article's paragraphs. */
  readonly text: string;
  readonly metadata: PageMetadata;
}

/** Fewer characters of article text than this is a list, a front page or a stub, not an article. */
export const MIN_ARTICLE_CHARACTERS = 400;

/** Elements that end a paragraph of the copy. */
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P PRE SECTION TABLE TR TD TH UL'.split(
    ' ',
  ),
);

/** The text of an element, one block a paragraph, spaces inside each folded; a `<br>` or a line of `<pre>` is a line. */
export function blockText(root: Node): string {
  const out: string[] = [];
  let pre = 0;
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      // A line break in the HTML source is a space on the page, except in preformatted text.
      const text = node.textContent ?? '';
      out.push(pre > 0 ? text : text.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).tagName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE') return;
    if (name === 'BR') out.push('\n');
    const block = BLOCKS.has(name);
    if (block) out.push('\n\n');
    if (name === 'PRE') pre++;
    for (const child of node.childNodes) walk(child);
    if (name === 'PRE') pre--;
    if (block) out.push('\n\n');
  };
  walk(root);
  return tidy(out.join(''));
}

/** Paragraphs trimmed and separated by exactly one blank line; spaces folded; no trailing space. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n')
    .concat('\n');
}

/** An HTML page's article text and metadata, or a Refusal saying why it is not an article. */
export function extractHtml(html: string, address?: string): Extracted {
  // Metadata first: Readability rearranges the document it reads.
  const metadata = pageMetadata(parseHTML(html).document, address);
  const { document } = parseHTML(html);
  const readerable = isProbablyReaderable(document);
  const article = new Readability(document).parse();
  const body = article?.content
    ? blockText(parseHTML(`<html><body>${article.content}</body></html>`).document.body)
    : '';
  const length = body.replace(/\s+/g, ' ').trim().length;
  if (length < MIN_ARTICLE_CHARACTERS || (!readerable && !metadata.declaresArticle)) {
    throw new Refusal(
      `is not an article: ${
        length < MIN_ARTICLE_CHARACTERS
          ? `the reader view finds ${String(length)} characters of article text (an article has at least ${String(MIN_ARTICLE_CHARACTERS)})`
          : 'the page declares no article and the reader view does not take it for one'
      }. Capture the article's own page (or save it from the browser and capture the file).`,
    );
  }
  const title = metadata.title?.value;
  // The headline heads the copy, so a quote of it is checked too; not twice when the text starts with it.
  const text = title && !body.startsWith(title) ? tidy(`${title}\n\n${body}`) : body;
  return { text, metadata };
}

/** `D:20231116093000+00'00'` (a PDF's date) as YYYY-MM-DD. */
function pdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim());
  if (!match) return undefined;
  const [, year = '', month, day] = match;
  return partialDateOf([year, month, day].filter(Boolean).join('-'));
}

/** A PDF's text, page after page, and the title, author and dates its document information gives. */
export async function extractPdf(bytes: Uint8Array): Promise<Extracted> {
  const { getDocumentProxy, extractText, getMeta } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js is given a copy: it takes the buffer it reads over.
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (error) {
    throw new Refusal(`is not a PDF that can be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { text: pages } = await extractText(pdf, { mergePages: false });
  const { info } = await getMeta(pdf);
  const text = tidy(pages.join('\n\n'));
  if (text.trim().length === 0)
    throw new Refusal(
      'has no text to copy: it is probably a scanned image; a copy needs its text (run it through OCR first)',
    );
  const data = info as Record<string, unknown>;
  const found = (from: string, value: unknown) =>
    typeof value === 'string' && value.trim() ? { value: value.replace(/\s+/g, ' ').trim(), from } : undefined;
  // When the file was made is not when it was published: said in the report, never filled in.
  const created = pdfDate(data['CreationDate']);
  const title = found('the PDF’s document information (Title)', data['Title']);
  const author = found('the PDF’s document information (Author)', data['Author']);
  const modified = found('the PDF’s document information (ModDate)', pdfDate(data['ModDate']));
  const metadata: PageMetadata = {
    notes: created
      ? [
          `The PDF file was created on ${created} (its document information); that is not necessarily when it was published.`,
        ]
      : [],
    declaresArticle: true,
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(modified ? { modified } : {}),
  };
  return { text, metadata };
}
