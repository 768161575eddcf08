import { stringLeaves } from './leaves';

/**
 * What the importer (`npm run import`) writes where the data it read lacks something the engine
 * needs: a source, a quote, a kind. The text after it tells the editor what to put there.
 */
export const PLACEHOLDER = 'FILL IN:';

export interface PlaceholderProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * Every front-matter string still holding an importer's placeholder, each named by its field:
 * an imported case builds only once an editor has filled them all in.
 */
export function placeholderProblems(data: unknown): PlaceholderProblem[] {
  return stringLeaves(data)
    .filter(({ value }) => value.trimStart().startsWith(PLACEHOLDER))
    .map(({ path, value }) => ({
      field: path,
      message: `is a placeholder left by the importer: ${value.trimStart().slice(PLACEHOLDER.length).trim()}`,
    }));
}

/**
 * Whether a problem on `field` only repeats that the field is a placeholder (a placeholder
 * `kind` is also "not one of" the kinds): the placeholder message says what to do, once.
 */
export function coveredByPlaceholder(field: string, placeholders: readonly PlaceholderProblem[]): boolean {
  return placeholders.some(
    (p) => field === p.field || field.startsWith(`${p.field}.`) || field.startsWith(`${p.field}[`),
  );
}

/**
 * Lines of an entry's Markdown body that are a placeholder (the scaffolder writes one where the
 * body goes), by their line in the body (from 1), each with what to put there: a body left as
 * the scaffold wrote it is refused, never published.
 */
export function bodyPlaceholders(body: string): { line: number; message: string }[] {
  return body
    .split('\n')
    .flatMap((text, i) =>
      text.trimStart().startsWith(PLACEHOLDER)
        ? [{ line: i + 1, message: `is a placeholder to replace: ${text.trim().slice(PLACEHOLDER.length).trim()}` }]
        : [],
    );
}
