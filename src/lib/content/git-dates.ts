import { execFileSync } from 'node:child_process';
import type { FileDates } from '../model/inputs';

/**
 * When each content file was first published and last changed, from git, the way Starlight's
 * `lastUpdated` reads it (packages/starlight/utils/git.ts): one `git log` over the whole case
 * folder, not one git process per page, so a case of thousands of entries costs one process.
 */

export interface GitDates {
  /** By path relative to the folder read (`events/2015-01-10-first-event.md`). */
  readonly dates: ReadonlyMap<string, FileDates>;
  /** Why there are no dates (no repository, a shallow clone), to be said once in the build log. */
  readonly note?: string;
}

/**
 * Reads `git log --format=t:<seconds> --name-only` output. Author dates are used, not commit
 * dates: rebasing or merging a branch later does not change when an editor wrote the entry.
 */
export function parseGitLog(output: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  let when: Date | undefined;
  for (const line of output.split('\n')) {
    const stamp = /^t:(\d+)$/.exec(line);
    if (stamp) {
      when = new Date(Number(stamp[1]) * 1000);
      continue;
    }
    const file = line.trim();
    if (!file || !when) continue;
    const seen = dates.get(file);
    dates.set(file, {
      first: seen && seen.first < when ? seen.first : when,
      last: seen && seen.last > when ? seen.last : when,
    });
  }
  return dates;
}

function git(dir: string, args: readonly string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

/**
 * Every file's dates under `dir`. Without a repository (a tarball) or with a shallow clone, whose
 * oldest commit is not when anything was first published, the dates are left out and `note` says why.
 */
export function readGitDates(dir: string): GitDates {
  let shallow: string;
  try {
    shallow = git(dir, ['rev-parse', '--is-shallow-repository']).trim();
  } catch {
    return {
      dates: new Map(),
      note: `${dir} has no git history (not a repository): pages leave out when they were first published and last changed.`,
    };
  }
  if (shallow === 'true') {
    return {
      dates: new Map(),
      note: `${dir} is a shallow git clone, so its history is incomplete: pages leave out when they were first published and last changed (fetch the full history with "git fetch --unshallow").`,
    };
  }
  try {
    return {
      dates: parseGitLog(git(dir, ['log', '--format=t:%at', '--name-only', '--no-renames', '--relative', '--', '.'])),
    };
  } catch {
    return {
      dates: new Map(),
      note: `git could not read the history of ${dir}: pages leave out when they were first published and last changed.`,
    };
  }
}

// On globalThis: the content check (loaded with the config) and the pages (loaded by Vite) are
// separate module instances in one process, and should still share one git pass.
const CACHE = Symbol.for('timeline.gitDates');
const cache = ((globalThis as { [CACHE]?: Map<string, GitDates> })[CACHE] ??= new Map<string, GitDates>());

/** readGitDates once per folder per process: the content check and every page share one pass. */
export function gitDates(dir: string): GitDates {
  let found = cache.get(dir);
  if (!found) {
    found = readGitDates(dir);
    cache.set(dir, found);
  }
  return found;
}

/** The UTC day of a commit, as a partial date the site's date helpers format. */
export function dayOf(date: Date): { year: number; month: number; day: number; precision: 'day' } {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), precision: 'day' };
}
