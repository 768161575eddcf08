import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CAPTURE_ARCHIVE } from './case-files';
import { fileOf, type Problem } from '../model/problems';
import { nearestPassage, quoteInCopy } from './quote-match';

/**
 * The editors' text copies of their sources: each article as it was read, kept so every quote
 * can be checked against it. Copies are never published (the site quotes, it does not republish);
 * a newsroom whose repository is public keeps them elsewhere and points TIMELINE_COPIES there.
 */

export interface Copy {
  readonly sourceId: string;
  /** Where the copy is, for messages. */
  readonly file: string;
  readonly text: string;
  /** Hex SHA-256 of the file's bytes, so anyone holding the article can check it is the same text. */
  readonly sha256: string;
}

/** The folder of copies: TIMELINE_COPIES when set, else `copies/` inside the case folder. */
export function copiesDir(contentDir: string, env: Record<string, string | undefined> = process.env): string {
  const dir = env['TIMELINE_COPIES']?.trim();
  return dir ? dir.replace(/\/+$/, '') : join(contentDir, 'copies');
}

/**
 * A copies folder named in TIMELINE_COPIES must exist: a mistyped path would otherwise turn every
 * check off without a word. And a case's own copies/ is not read while TIMELINE_COPIES points
 * elsewhere, which the build log should say.
 */
export function copiesFolderProblems(
  contentDir: string,
  env: Record<string, string | undefined>,
  display: (path: string) => string = (path) => path,
): { problems: Problem[]; notes: string[] } {
  const chosen = copiesDir(contentDir, env);
  const own = join(contentDir, 'copies');
  if (chosen === own) return { problems: [], notes: [] };
  const problems: Problem[] = existsSync(chosen)
    ? []
    : [{ file: display(chosen), field: '(folder)', message: 'TIMELINE_COPIES names a folder that does not exist' }];
  const notes = existsSync(own)
    ? [`${display(own)} is not read: TIMELINE_COPIES points to ${display(chosen)}, which holds the copies instead.`]
    : [];
  return { problems, notes };
}

export function sha256(bytes: string | Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every `<source-id>.txt` in the folder (none when it does not exist), and any file that is not one. */
export function readCopies(
  dir: string,
  display: (path: string) => string = (path) => path,
  /** False for the case's own copies/ folder, whose strays the case-file walk already reports. */
  reportStrays = true,
): { copies: Map<string, Copy>; problems: Problem[] } {
  const copies = new Map<string, Copy>();
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { copies, problems };
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    // The response a capture kept (npm run capture --warc) sits beside its copy; it is not a copy.
    if (CAPTURE_ARCHIVE.test(name) && statSync(path).isFile()) continue;
    if (!name.endsWith('.txt') || !statSync(path).isFile()) {
      if (!reportStrays) continue;
      problems.push({
        file: display(path),
        field: '(file)',
        message: 'is not a copy: copies are plain-text files named <source-id>.txt',
      });
      continue;
    }
    const bytes = readFileSync(path);
    const sourceId = name.slice(0, -'.txt'.length);
    copies.set(sourceId, { sourceId, file: display(path), text: bytes.toString('utf8'), sha256: sha256(bytes) });
  }
  return { copies, problems };
}

interface FoundCitation {
  readonly path: string;
  readonly source: string;
  readonly quote: string;
}

/** Every citation in an entry's data with the path an editor would write: `findings[0].citations[1]`. */
export function citationsIn(data: unknown, path = ''): FoundCitation[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => citationsIn(item, `${path}[${String(i)}]`));
  if (typeof data !== 'object' || data === null || data instanceof Date) return [];
  const record = data as Record<string, unknown>;
  const source = record['source'];
  const sourceId = typeof source === 'string' ? source : (source as { id?: unknown } | undefined)?.id;
  const own =
    typeof sourceId === 'string' && typeof record['quote'] === 'string'
      ? [{ path, source: sourceId, quote: record['quote'] }]
      : [];
  const nested = Object.entries(record).flatMap(([key, value]) =>
    key === 'source' ? [] : citationsIn(value, path ? `${path}.${key}` : key),
  );
  return [...own, ...nested];
}

interface CitingEntry {
  readonly id: string;
  readonly filePath?: string | undefined;
  readonly data: object;
}

/**
 * Each quote of a source that has a copy must be in that copy (after normalising whitespace,
 * quotes, dashes and case); a quote that is not names its file, its citation and the nearest
 * passage, so a one-word slip is fixed in a minute. A copy with no source of its name is refused too.
 */
export function checkQuotesAgainstCopies(
  collections: Readonly<Record<string, readonly CitingEntry[]>>,
  copies: ReadonlyMap<string, Copy>,
  sourceIds: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const copy of copies.values()) {
    if (!sourceIds.has(copy.sourceId)) {
      problems.push({
        file: copy.file,
        field: '(file)',
        message: `is a copy of no source: there is no sources/${copy.sourceId}.md (a copy is named after its source's id)`,
      });
    }
  }
  for (const [collection, entries] of Object.entries(collections)) {
    for (const entry of entries) {
      for (const citation of citationsIn(entry.data)) {
        const copy = copies.get(citation.source);
        if (!copy || quoteInCopy(citation.quote, copy.text)) continue;
        const nearest = nearestPassage(citation.quote, copy.text);
        problems.push({
          file: fileOf(entry, collection),
          field: `${citation.path}.quote`,
          message: `is not in the copy of "${citation.source}" (${copy.file})${nearest ? `; the nearest passage there is: "${nearest.text}"` : ''}`,
        });
      }
    }
  }
  return problems;
}

/** How many quotes are checked against a copy, and of how many, for the data page. */
export function countCheckedQuotes(
  entries: readonly { data: object }[],
  hasCopy: (sourceId: string) => boolean,
): { checked: number; total: number } {
  const all = entries.flatMap((e) => citationsIn(e.data));
  return { checked: all.filter((c) => hasCopy(c.source)).length, total: all.length };
}
