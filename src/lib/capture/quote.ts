import { key, nearestPassage, normaliseText, words, type Word } from '../content/quote-match';

/**
 * Finding the words an editor remembers in the copy of their source, so the quote they paste is
 * the source's own: the exact words first, then the same words typed differently (straight for
 * curly quotes, a hyphen for a dash, other spaces or capitals), then the closest passage with a
 * score. Each comes with the words around it, as the reader of the source would see them.
 */

export interface FoundQuote {
  /** exact: the words as typed; normalised: the same words typed differently; closest: the nearest passage. */
  readonly match: 'exact' | 'normalised' | 'closest';
  /** 1 for the same words; below, the share of the quote's words that the passage has in the same order. */
  readonly score: number;
  /** The passage as the copy has it, spaces folded: what to paste as the quote. */
  readonly passage: string;
  /** The words just before and after it, with the spaces between them and the passage. */
  readonly before: string;
  readonly after: string;
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Up to `count` words of the copy before `start` and after `end`, with the spaces (or the comma)
 * that touch the passage, so the three read as one sentence.
 */
function around(copy: string, start: number, end: number, count: number): { before: string; after: string } {
  // A bounded look back, so a long copy is not searched from its start.
  const head = copy.slice(Math.max(0, start - count * 40), start);
  const before = new RegExp(`(?:\\S+\\s+){0,${String(count)}}\\S*$`, 'u').exec(head)?.[0] ?? '';
  const after = new RegExp(`^\\S*(?:\\s+\\S+){0,${String(count)}}`, 'u').exec(copy.slice(end))?.[0] ?? '';
  return { before: before.replace(/\s+/g, ' '), after: after.replace(/\s+/g, ' ') };
}

/** Where a character of the words joined by single spaces sits in the copy itself. */
function inCopy(all: readonly Word[], offset: number): number {
  let at = 0;
  for (const word of all) {
    // A space between two words maps to the end of the first.
    if (offset <= at + word.text.length) return word.start + Math.min(offset - at, word.text.length);
    at += word.text.length + 1;
  }
  return all.at(-1)?.end ?? 0;
}

/**
 * How many punctuation marks at the start (or end) of a word of the copy the typed quote does not
 * have there: a quote ending "she said" is pasted without the comma the copy has after "said".
 */
function extra(word: string, typed: string, side: 'start' | 'end'): number {
  const edge = side === 'start' ? /^[^\p{L}\p{N}]*/u : /[^\p{L}\p{N}]*$/u;
  const has = edge.exec(word)?.[0].length ?? 0;
  const wants = edge.exec(typed)?.[0].length ?? 0;
  return Math.max(0, has - wants);
}

export function findQuote(quote: string, copy: string, contextWords = 12): FoundQuote | undefined {
  const typed = fold(quote);
  const result = (match: FoundQuote['match'], score: number, start: number, end: number): FoundQuote => ({
    match,
    score,
    passage: fold(copy.slice(start, end)),
    ...around(copy, start, end, contextWords),
  });
  if (!/[\p{L}\p{N}]/u.test(typed)) return undefined;
  // Exact, once the copy's line breaks are read as spaces.
  const all = words(copy);
  const flat = all.map((w) => w.text).join(' ');
  const exact = flat.indexOf(typed);
  if (exact !== -1) return result('exact', 1, inCopy(all, exact), inCopy(all, exact + typed.length - 1) + 1);
  // The same words, compared as the build compares a quote with its copy.
  const wanted = normaliseText(typed).split(' ').map(key).filter(Boolean);
  const keys = all.map((w) => key(w.text));
  for (let i = 0; wanted.length > 0 && i + wanted.length <= keys.length; i++) {
    if (wanted.every((k, j) => keys[i + j] === k)) {
      const [a, b] = [all[i], all[i + wanted.length - 1]];
      if (a && b)
        return result('normalised', 1, a.start + extra(a.text, typed, 'start'), b.end - extra(b.text, typed, 'end'));
    }
  }
  const nearest = nearestPassage(typed, copy);
  if (!nearest) return undefined;
  const score = Math.max(0, 1 - nearest.distance / Math.max(wanted.length, 1));
  return result('closest', Math.round(score * 100) / 100, nearest.start, nearest.end);
}
