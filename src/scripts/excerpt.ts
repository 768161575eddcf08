/**
 * A search result's excerpt from the entry's own text. Pagefind indexes other ways of writing an
 * entry's dates and names ahead of its text (SearchIndexData's terms), and would often quote them
 * ("June 2014 · 2014-06 · 06/2014"); the page tells how many characters they take (`skip`), and
 * the excerpt is cut from what follows, with the query's words marked.
 */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function ownExcerpt(content: string, skip: number, query: string, length = 30): string | undefined {
  // The terms are followed by ". " in Pagefind's text: anything else means the page changed shape.
  if (skip < 2 || content.slice(skip - 2, skip) !== '. ') return undefined;
  const words = content.slice(skip).split(/\s+/).filter(Boolean);
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
