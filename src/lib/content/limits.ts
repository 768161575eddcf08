import { stringLeaves } from './leaves';

/**
 * The documented limits on what one entry may hold (docs/authoring.md, "What content may contain").
 * Each is far above what a real entry needs and far below what would slow the build or
 * bloat every page that lists the entry; past one, the entry is refused with a message.
 */
/** Titles, names, roles, places: one line on a timeline card. */
export const MAX_SHORT_FIELD = 300;
/** Summaries, quotes, notes, outcomes. */
export const MAX_LONG_FIELD = 3000;
/** The Markdown body of one entry (about 15,000 words). */
export const MAX_BODY = 100_000;
/** The front matter block of one file: characters and lines. */
export const MAX_FRONT_MATTER = 64_000;
export const MAX_FRONT_MATTER_LINES = 1000;
/** Quotes, lists and HTML elements inside one another. */
export const MAX_NESTING = 16;

/** Fields shown on one line (the last key of a path decides). */
const SHORT_FIELDS = new Set([
  'title',
  'name',
  'otherNames',
  'role',
  'relation',
  'place',
  'publisher',
  'author',
  'organisation',
  'position',
  'conductedBy',
  'locator',
  'via',
  'timelineHeading',
  'lang',
]);

const lastKey = (path: string) =>
  path
    .replace(/\[\d+\]$/, '')
    .split('.')
    .at(-1) ?? '';

export interface LimitProblem {
  readonly field: string;
  readonly message: string;
}

/** Checked on the raw text before any YAML parser sees it, so a padded block costs nothing. */
export function frontMatterLimits(raw: string): LimitProblem | undefined {
  if (raw.length > MAX_FRONT_MATTER) {
    return {
      field: '(front matter)',
      message: `is ${raw.length.toLocaleString('en')} characters long: front matter may hold at most ${MAX_FRONT_MATTER.toLocaleString('en')}`,
    };
  }
  let lines = 1;
  for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) lines++;
  if (lines > MAX_FRONT_MATTER_LINES) {
    return {
      field: '(front matter)',
      message: `has ${lines.toLocaleString('en')} lines: front matter may have at most ${MAX_FRONT_MATTER_LINES.toLocaleString('en')}`,
    };
  }
  return undefined;
}

export function bodyLimit(body: string): LimitProblem | undefined {
  if (body.length <= MAX_BODY) return undefined;
  return {
    field: '(body)',
    message: `is ${body.length.toLocaleString('en')} characters long: a body may hold at most ${MAX_BODY.toLocaleString('en')} (split it into several entries)`,
  };
}

/** Every front-matter string longer than its field allows. */
export function fieldLengthProblems(data: unknown): LimitProblem[] {
  return stringLeaves(data).flatMap(({ path, value }) => {
    const max = SHORT_FIELDS.has(lastKey(path)) ? MAX_SHORT_FIELD : MAX_LONG_FIELD;
    if ([...value].length <= max) return [];
    return [
      {
        field: path,
        message: `is ${[...value].length.toLocaleString('en')} characters long: this field may hold at most ${max.toLocaleString('en')}`,
      },
    ];
  });
}

/**
 * An upper estimate of how deeply Markdown containers nest, read line by line without parsing:
 * each `>` and list marker at the start of a line opens a level, and so does each two columns of
 * indentation. The Markdown parser recurses once per level, so this is checked before it runs.
 */
export function markdownNestingEstimate(markdown: string): { depth: number; line: number | undefined } {
  let deepest = 0;
  let deepestLine: number | undefined;
  let lineNumber = 0;
  for (const line of markdown.split('\n')) {
    lineNumber++;
    let depth = 0;
    let columns = 0;
    let i = 0;
    while (i < line.length) {
      const c = line[i] as string;
      // The one space that follows a marker belongs to the marker, not to indentation.
      const marker = () => {
        depth++;
        if (line[i + 1] === ' ') i++;
      };
      if (c === ' ') columns++;
      else if (c === '\t') columns += 4;
      else if (c === '>') marker();
      else if ((c === '-' || c === '*' || c === '+') && (line[i + 1] === ' ' || line[i + 1] === '\t')) marker();
      else if (c >= '0' && c <= '9') {
        let j = i;
        while (j < line.length && line[j]! >= '0' && line[j]! <= '9') j++;
        if ((line[j] === '.' || line[j] === ')') && (line[j + 1] === ' ' || line[j + 1] === '\t')) {
          i = j;
          marker();
        } else break;
      } else break;
      i++;
    }
    const estimate = depth + Math.floor(columns / 2);
    if (estimate > deepest) {
      deepest = estimate;
      deepestLine = lineNumber;
    }
  }
  return { depth: deepest, line: deepestLine };
}
