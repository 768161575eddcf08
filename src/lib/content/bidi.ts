import { stringLeaves } from './leaves';

/**
 * Bidirectional control characters reorder what a reader sees: a right-to-left override in a
 * title shows different words from the ones in the file. Right-to-left text needs none of them
 * (browsers order it by itself), so they are refused in front matter, whose fields are single
 * lines (titles, names, summaries, quotes). Body text may hold them, where RTL prose can need marks.
 */
const BIDI_CONTROLS: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u061C': 'ARABIC LETTER MARK',
};

export interface BidiProblem {
  readonly field: string;
  readonly message: string;
}

/** Every front-matter field holding a bidirectional control character, named with its code point. */
export function bidiControlProblems(data: unknown): BidiProblem[] {
  return stringLeaves(data).flatMap(({ path, value }) => {
    const found = [...value].find((c) => c in BIDI_CONTROLS);
    if (found === undefined) return [];
    const code = `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return [
      {
        field: path,
        message: `holds an invisible ${code} ${BIDI_CONTROLS[found] ?? ''} character, which changes the order readers see: remove it (right-to-left text needs none)`,
      },
    ];
  });
}
