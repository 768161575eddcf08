import { editDistance } from '../model/suggest';

/**
 * Finding a quote in the editors' copy of its source. Typing a quote changes what nobody means to
 * change (curly or straight quotes, a hyphen for a dash, a line break, a capital at the start), so
 * both sides are normalised before comparing; the words themselves must be the copy's.
 */

/** Folds what a quote may differ in without changing its words. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s*-\s*/g, (dash) => (/\s/.test(dash) ? ' - ' : '-'))
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A word of the copy with where it sits in the original text. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function words(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Words compared as the normaliser sees them, without the punctuation around them. */
export const key = (word: string) => normaliseText(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The quote's passages: an omission (`…`, `...`) or an editor's insertion in square brackets is
 * not in the copy, so the text on each side of it is looked for, in order.
 */
export function quoteParts(quote: string): string[] {
  return quote
    .split(/\s*(?:…|\.\.\.|\[[^\]]*\])\s*/u)
    .map((part) =>
      normaliseText(part)
        .replace(/^["']+|["']+$/g, '')
        .trim(),
    )
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}

/** True when every passage of the quote is in the copy, in order. */
export function quoteInCopy(quote: string, copy: string): boolean {
  const haystack = normaliseText(copy);
  const parts = quoteParts(quote);
  if (parts.length === 0) return false;
  let from = 0;
  for (const part of parts) {
    const at = haystack.indexOf(part, from);
    if (at === -1) return false;
    from = at + part.length;
  }
  return true;
}

export interface Passage {
  /** The passage as the copy has it. */
  readonly text: string;
  /** How many words differ from the quote. */
  readonly distance: number;
  /** Where the passage starts and ends in the copy (character offsets). */
  readonly start: number;
  readonly end: number;
}

/**
 * The passage of the copy closest to a quote that is not in it, word for word: a window of about
 * the quote's length slid over the copy, keeping the one fewest word edits away. A one-word slip
 * comes back as the sentence the editor meant.
 */
export function nearestPassage(quote: string, copy: string): Passage | undefined {
  const wanted = quoteParts(quote).join(' ').split(' ').map(key);
  const all = words(copy);
  if (wanted.length === 0 || all.length === 0) return undefined;
  const keys = all.map((w) => key(w.text));
  let best: { start: number; end: number; distance: number } | undefined;
  for (const length of [wanted.length, wanted.length - 1, wanted.length + 1]) {
    if (length < 1) continue;
    for (let i = 0; i + length <= all.length || (i === 0 && all.length < length); i++) {
      const end = Math.min(i + length, all.length);
      const distance = editDistance(wanted, keys.slice(i, end));
      if (!best || distance < best.distance) best = { start: i, end, distance };
      if (end === all.length) break;
    }
  }
  if (!best) return undefined;
  const first = all[best.start];
  const last = all[best.end - 1];
  if (!first || !last) return undefined;
  return {
    text: copy.slice(first.start, last.end).replace(/\s+/g, ' '),
    distance: best.distance,
    start: first.start,
    end: last.end,
  };
}
