/**
 * A search result's excerpt from the entry's own text. Pagefind indexes other ways of writing an
 * entry's dates and names ahead of its text (SearchIndexData's terms), and would often quote them
 * ("June 2014 · 2014-06 · 06/2014"); the page tells how many characters they take (`skip`), and
 * the excerpt is cut from what follows, with the query's words marked.
 */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The text without its leading sentences that only repeat what the result already shows (its
 * title, kind, date): "Witness. Jane Roe. Jane Roe, 41, …" starts at "Jane Roe, 41".
 * A sentence of " · "-joined parts counts when its first part is one of them ("Inquest · 10 June 2021").
 */
export function withoutShown(text: string, shown: readonly (string | undefined)[]): string {
  const known = new Set(shown.flatMap((s) => (s ? [fold(s.trim())] : [])));
  let rest = text;
  for (let end = rest.indexOf('. '); end > 0; end = rest.indexOf('. ')) {
    const head = fold(rest.slice(0, end).trim());
    if (!known.has(head) && !known.has(head.split(' · ')[0] ?? '')) break;
    rest = rest.slice(end + 2);
  }
  return rest;
}

export function ownExcerpt(
  content: string,
  skip: number,
  query: string,
  length = 30,
  shown: readonly (string | undefined)[] = [],
): string | undefined {
  // The terms are followed by ". " in Pagefind's text: anything else means the page changed shape.
  if (skip < 2 || content.slice(skip - 2, skip) !== '. ') return undefined;
  const words = withoutShown(content.slice(skip), shown).split(/\s+/).filter(Boolean);
  const wanted = fold(query)
    .split(/\s+/)
    .filter((w) => w.length >= 2);
  const matches = (word: string) => {
    const plain = fold(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    return plain !== '' && wanted.some((w) => plain.startsWith(w));
  };
  const first = words.findIndex(matches);
  const start = Math.max(0, Math.min(first - 5, words.length - length));
  return words
    .slice(start, start + length)
    .map((word) => (matches(word) ? `<mark>${escape(word)}</mark>` : escape(word)))
    .join(' ');
}
