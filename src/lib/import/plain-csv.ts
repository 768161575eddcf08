import { editDistance } from '../model/suggest';
import { mapDate, timeParts, type DateParts } from './dates';
import { Unread, type DraftEvent, type DraftSource, type InputProblem, type ReadResult } from './draft';
import { readTable } from './table';

/**
 * The plain spreadsheet layout (docs/authoring.md, "Coming from TimelineJS or a spreadsheet"): one row per
 * event, the form a researcher keeps a chronology in. Only `date` and `title` are required.
 */
export const PLAIN_COLUMNS = [
  'id',
  'date',
  'end',
  'time',
  'display date',
  'title',
  'summary',
  'body',
  'kind',
  'place',
  'people',
  'tags',
  'source address',
  'source title',
  'publisher',
  'published',
  'quote',
  'locator',
  'media',
  'media caption',
  'media credit',
  'media alt',
] as const;
type PlainColumn = (typeof PLAIN_COLUMNS)[number];

const DATE = /^(-?\d{1,})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
const BCE = /^(\d+)\s*(?:BC|BCE|B\.C\.|B\.C\.E\.)$/i;

/**
 * A date cell (`2014`, `2014-06`, `2014-06-19`; `-0500` or `500 BC` before the common era) as
 * date parts; a problem when it is none of these (`19/06/14` is refused: it is ambiguous).
 */
export function dateCell(value: string, where: string, problems: InputProblem[]): DateParts | undefined {
  const text = value.trim();
  const bce = BCE.exec(text);
  if (bce) return { year: `-${bce[1] ?? ''}` };
  const match = DATE.exec(text);
  if (!match) {
    problems.push({
      where,
      message: `"${value}" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD (for example 2014, 2014-06 or 2014-06-19)`,
    });
    return undefined;
  }
  const [, year, month, day] = match;
  const parts = { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
  // A date of the right shape that is still no date (month 13) is refused here, with the
  // column's name, so every bad row of the sheet is reported in the same run.
  const mapped = mapDate(parts);
  if (!mapped.ok && mapped.refusal.kind === 'invalid') {
    problems.push({ where, message: mapped.refusal.message });
    return undefined;
  }
  return parts;
}

/** A list cell: `Ada Lovelace; Charles Babbage` (semicolons, or line breaks). */
const list = (value: string) =>
  value
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * The column an unknown header likely means: a near spelling (`titel`), or the first column
 * named with that word (`source` for `source address`).
 */
function meantColumn(column: string): string | undefined {
  // Only a close miss of a long enough name: "type" is not "time", nor "link" "kind".
  const near = column.length >= 5 ? PLAIN_COLUMNS.find((known) => editDistance(column, known) <= 2) : undefined;
  return near ?? PLAIN_COLUMNS.find((known) => known.split(' ').includes(column));
}

/** Reads the plain spreadsheet layout, every problem at once. */
export function readPlainCsv(source: string): ReadResult {
  const table = readTable(source, PLAIN_COLUMNS, ['date', 'title']);
  if (!table.ok) return table;
  const problems: InputProblem[] = [];
  const unread = new Unread();
  for (const column of table.unknownColumns) {
    // A column meant as one the importer reads ("Source" for "source address") would be dropped:
    // refused, with the name it likely meant. Other columns are listed in the report as unread.
    const meant = meantColumn(column);
    if (meant) {
      problems.push({
        where: `(header row): ${column}`,
        message: `is not a column the importer reads (did you mean "${meant}"?): rename it, or remove the column`,
      });
    } else unread.note(column, '(header)');
  }
  const events: DraftEvent[] = [];
  for (const { line, cells } of table.rows) {
    const get = (column: PlainColumn) => (cells[column] ?? '').trim();
    const origin = `line ${String(line)}`;
    if (!get('title')) problems.push({ where: `${origin}: title`, message: 'is required: the event’s headline' });
    if (!get('date')) {
      problems.push({ where: `${origin}: date`, message: 'is required: expected YYYY, YYYY-MM or YYYY-MM-DD' });
      continue;
    }
    const date = dateCell(get('date'), `${origin}: date`, problems);
    const end = get('end') ? dateCell(get('end'), `${origin}: end`, problems) : undefined;
    const time = get('time') ? timeParts(get('time')) : undefined;
    if (get('time') && !time)
      problems.push({ where: `${origin}: time`, message: `"${get('time')}" is not a time: expected HH:MM (24-hour)` });
    if (!date) continue;
    const source = Object.fromEntries(
      (
        [
          ['url', 'source address'],
          ['title', 'source title'],
          ['publisher', 'publisher'],
          ['published', 'published'],
          ['quote', 'quote'],
          ['locator', 'locator'],
        ] as const
      )
        .map(([key, column]) => [key, get(column)])
        .filter(([, value]) => value),
    ) as DraftSource;
    const media = get('media')
      ? { url: get('media'), caption: get('media caption'), credit: get('media credit'), alt: get('media alt') }
      : undefined;
    events.push({
      origin,
      ...(get('id') ? { uniqueId: get('id') } : {}),
      start: { ...date, ...(time ?? {}), display_date: get('display date') },
      ...(end ? { end } : {}),
      headline: get('title'),
      text: cells['body'] ?? '',
      textFormat: 'markdown',
      ...(get('summary') ? { summary: get('summary') } : {}),
      ...(get('kind') ? { kind: get('kind') } : {}),
      ...(get('place') ? { place: get('place') } : {}),
      ...(media ? { media } : {}),
      tags: list(get('tags')),
      people: list(get('people')),
      ...(Object.keys(source).length > 0 ? { source } : {}),
      background: false,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, draft: { format: 'plain spreadsheet', events, eras: [], unread: unread.list() } };
}
