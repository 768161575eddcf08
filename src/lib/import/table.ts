import { parse } from 'csv-parse/sync';
import type { InputProblem } from './draft';

/** One row of a spreadsheet: its line in the CSV file and its cells by (normalised) column name. */
export interface TableRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export type Table =
  | { readonly ok: true; readonly rows: readonly TableRow[]; readonly unknownColumns: readonly string[] }
  | { readonly ok: false; readonly problems: InputProblem[] };

/** A header as the importer names columns: lower case, words separated by one space. */
export const columnName = (header: string) =>
  header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Reads a spreadsheet exported as CSV with csv-parse (quotes, commas and line breaks inside
 * cells, a byte-order mark), keyed by its header row. Columns are matched whatever their case
 * or punctuation (`End Year`, `end_year`); rows with every cell empty are skipped.
 */
export function readTable(source: string, known: readonly string[], required: readonly string[]): Table {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(source, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (error) {
    return {
      ok: false,
      problems: [{ where: '(file)', message: `is not a readable CSV file: ${(error as Error).message}` }],
    };
  }
  const [header, ...body] = records;
  const names = (header?.record ?? []).map(columnName);
  const missing = required.filter((column) => !names.includes(column));
  if (missing.length > 0)
    return {
      ok: false,
      problems: [
        {
          where: '(header row)',
          message: `has no ${missing.map((c) => `"${c}"`).join(', ')} column: expected the columns ${known.join(', ')}`,
        },
      ],
    };
  const rows = body
    .filter(({ record }) => record.some((cell) => cell.trim() !== ''))
    .map(({ record, info }) => ({
      line: info.lines,
      cells: Object.fromEntries(names.map((name, i) => [name, record[i] ?? ''])),
    }));
  const unknownColumns = names.filter((name) => name !== '' && !known.includes(name));
  return { ok: true, rows, unknownColumns };
}
