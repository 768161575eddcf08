import { execFileSync } from 'node:child_process';

/**
 * Runs git in `cwd` as a fixed editor, so commits made by tests do not depend on the machine's
 * git configuration; `date` (anything git reads, e.g. `2015-06-01T10:00:00Z` or `@1700000000 +0000`)
 * sets both the author and committer dates.
 */
export function git(cwd: string, args: readonly string[], date?: string): void {
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Editor',
      GIT_AUTHOR_EMAIL: 'editor@example.org',
      GIT_COMMITTER_NAME: 'Editor',
      GIT_COMMITTER_EMAIL: 'editor@example.org',
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  });
}
