/**
 * What the content checks report and how it is said. Its own module, so that a pure module with a
 * rule of its own (corrections.ts) can say a problem without reaching into the checks that read
 * files, and every check says problems the same way.
 */

/** One thing wrong with the content, said so an editor can find and fix it. */
export interface Problem {
  readonly file: string;
  readonly field: string;
  readonly message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** The file an editor opens: the loader's path, else where an entry of that collection lives. */
export function fileOf(
  entry: { readonly id: string; readonly filePath?: string | undefined },
  collection: string,
): string {
  return entry.filePath ?? `${collection}/${entry.id}.md`;
}
