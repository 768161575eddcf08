/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a
 * formula (CSV injection). Such a cell gets a leading apostrophe, which spreadsheets show as text
 * and hide, as OWASP recommends; every other cell is left exactly as written.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

export function neutraliseCsvCell(value: string): string {
  return value.length > 0 && FORMULA_START.has(value[0] as string) ? `'${value}` : value;
}
