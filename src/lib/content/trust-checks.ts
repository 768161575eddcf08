import { join } from 'node:path';
import { buildDate } from '../build-date';
import { checkCorrections } from '../model/corrections';
import { checkQuotesAgainstCopies, copiesDir, copiesFolderProblems, readCopies } from './copies';
import { gitDates } from './git-dates';
import type { Problem } from '../model/problems';

interface Entry {
  readonly id: string;
  readonly filePath?: string | undefined;
  readonly data: object;
}

/**
 * The checks that make the site's trust promises true, run with the whole-case check: quotes
 * against the editors' copies, and corrections dated between the entry's first commit and today.
 * `notes` says once what could not be checked (no git history), for the build log.
 */
export function checkTrust(
  dir: string,
  collections: Readonly<Record<string, readonly Entry[]>>,
  display: (path: string) => string,
): { problems: Problem[]; notes: string[] } {
  const history = gitDates(dir);
  const folder = copiesFolderProblems(dir, process.env, display);
  const copiesFolder = copiesDir(dir);
  const { copies, problems } = readCopies(copiesFolder, display, copiesFolder !== join(dir, 'copies'));
  problems.push(...folder.problems);
  const sourceIds = new Set((collections['sources'] ?? []).map((s) => s.id));
  problems.push(...checkQuotesAgainstCopies(collections, copies, sourceIds));
  problems.push(
    ...checkCorrections(collections, {
      today: buildDate(),
      // site.md is the one file not in a folder of its kind.
      firstPublished: (collection, id) =>
        history.dates.get(collection === 'site' ? 'site.md' : `${collection}/${id}.md`)?.first,
    }),
  );
  return { problems, notes: [...(history.note ? [history.note] : []), ...folder.notes] };
}
