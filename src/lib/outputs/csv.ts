import { neutraliseCsvCell } from './csv-cell';
import type { ExportedEvent } from './export';

/** A CSV cell's value: null is an empty cell. */
export type Cell = string | number | boolean | null;

/** A table: each column's header and how to read its cell from a row. */
export type Columns<T> = readonly (readonly [header: string, cell: (row: T) => Cell])[];

function cell(value: Cell): string {
  // Text that a spreadsheet would run as a formula is neutralised; numbers are left alone.
  const text = value === null ? '' : typeof value === 'string' ? neutraliseCsvCell(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV, a line at a time: every field quoted when it holds a comma, quote or line break. */
export function* csvLines<T>(columns: Columns<T>, rows: Iterable<T>): Generator<string> {
  yield `${columns.map(([header]) => cell(header)).join(',')}\r\n`;
  for (const row of rows) yield `${columns.map(([, read]) => cell(read(row))).join(',')}\r\n`;
}

/** RFC 4180 CSV as one string. */
export function toCsv<T>(columns: Columns<T>, rows: readonly T[]): string {
  return [...csvLines(columns, rows)].join('');
}

export const EVENT_COLUMNS: Columns<ExportedEvent> = [
  ['id', (e) => e.id],
  ['date', (e) => e.date],
  ['end', (e) => e.end],
  ['precision', (e) => e.precision],
  ['approximate', (e) => e.approximate],
  ['date_label', (e) => e.dateLabel],
  ['kind', (e) => e.kind],
  ['title', (e) => e.title],
  ['summary', (e) => e.summary],
  ['place', (e) => e.place],
  ['people', (e) => e.people.map((p) => p.name).join('; ')],
  ['investigations', (e) => e.investigations.map((i) => i.title).join('; ')],
  ['citations', (e) => e.citations.length],
  ['url', (e) => e.url],
  ['corrections', (e) => e.corrections.map((c) => `${c.date}: ${c.text}`).join('\n')],
  // New columns go at the end, so scripts that read columns by position keep working.
  ['time', (e) => e.time],
  ['datetime', (e) => e.datetime],
  ['display_date', (e) => e.displayDate],
  ['tags', (e) => e.tags.map((t) => t.id).join('; ')],
];

type CitationRow = readonly [ExportedEvent, ExportedEvent['citations'][number]];

export const CITATION_COLUMNS: Columns<CitationRow> = [
  ['event_id', ([e]) => e.id],
  ['event_date', ([e]) => e.date],
  ['event_title', ([e]) => e.title],
  ['source_id', ([, c]) => c.source],
  ['source_title', ([, c]) => c.sourceTitle],
  ['publisher', ([, c]) => c.publisher],
  ['source_url', ([, c]) => c.url],
  ['quote', ([, c]) => c.quote],
  ['locator', ([, c]) => c.locator],
  ['disputes', ([, c]) => c.disputes],
  ['note', ([, c]) => c.note],
  // New columns go at the end, so scripts that read columns by position keep working.
  ['source_archived', ([, c]) => c.archived],
  ['source_accessed', ([, c]) => c.accessed],
  ['level', ([, c]) => c.level],
];

/** The events table, a line at a time. */
export const eventsCsv = (events: readonly ExportedEvent[]): Generator<string> => csvLines(EVENT_COLUMNS, events);

function* citationRows(events: readonly ExportedEvent[]): Generator<CitationRow> {
  for (const e of events) for (const c of e.citations) yield [e, c] as const;
}

/** One row per citation of every event, a line at a time. */
export const citationsCsv = (events: readonly ExportedEvent[]): Generator<string> =>
  csvLines(CITATION_COLUMNS, citationRows(events));
