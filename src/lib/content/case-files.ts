import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * Which files of a case folder are entries, and what else is there. Everything in the folder is
 * accounted for: a file the site would not show (hidden, of another type, in a subfolder, a
 * symbolic link leading outside the case or to nothing) is reported, never skipped in silence,
 * and a file system error becomes a message naming the file, never a stack trace.
 */
export const COLLECTIONS = ['events', 'people', 'investigations', 'sources', 'pages'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Files a case folder may hold besides its entries. */
const ALLOWED_EXTRA = new Set(['README.md']);
/** What git keeps at the top of a case folder that is its own repository. */
const VERSION_CONTROL = new Set(['.git', '.gitignore', '.gitattributes']);

/**
 * Editors' plain-text copies of sources (never published): `copies/<source-id>.txt`, and beside
 * each, optionally, the response it was taken from as `npm run capture --warc` kept it.
 */
export const COPIES_FOLDER = 'copies';
/** The raw capture kept beside a copy (a gzipped WARC file), read by archive tools, not by the build. */
export const CAPTURE_ARCHIVE = /\.warc\.gz$/;
/** Images an entry's body shows, by a path relative to the entry (`../images/map.png`). */
export const IMAGES_FOLDER = 'images';
/** The picture types the image pipeline optimises: what images/ may hold and an event's `image` may be. */
export const IMAGE_TYPES = /\.(?:png|jpe?g|gif|webp|avif)$/i;

export interface FileProblem {
  readonly path: string;
  readonly field: string;
  readonly message: string;
}

export interface CaseFiles {
  /** site.md, when it is there and readable as a file. */
  readonly site: string | undefined;
  /** Each collection's entry files (absolute paths), in name order. */
  readonly entries: Record<Collection, string[]>;
  readonly problems: FileProblem[];
}

const ERRORS: Record<string, string> = {
  EACCES: 'cannot be read: permission denied',
  EPERM: 'cannot be read: permission denied',
  ENOENT: 'disappeared while it was being read',
  ELOOP: 'is a symbolic link that leads round in a loop',
  ENAMETOOLONG: 'has a name too long to read',
  EISDIR: 'is a folder where a file should be',
  ENOTDIR: 'is a file where a folder should be',
};

/** A file system error in words, without a stack trace. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && ERRORS[code]) return ERRORS[code];
  return `cannot be read: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`;
}

const STRAY = `is not part of the site and would be left out: entries are .md files directly inside ${COLLECTIONS.join('/, ')}/, plus site.md (and .txt copies of sources in ${COPIES_FOLDER}/, images in ${IMAGES_FOLDER}/)`;

type Kind = 'file' | 'folder' | 'other';

export function listCaseFiles(dir: string): CaseFiles {
  const problems: FileProblem[] = [];
  const entries = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as string[]])) as Record<Collection, string[]>;
  let site: string | undefined;
  // Files are named by the path the editor gave; the real path only decides what is inside.
  const root = dir;
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    return { site, entries, problems: [{ path: dir, field: '(folder)', message: describeFsError(error) }] };
  }
  const report = (path: string, message: string, field = '(file)') => problems.push({ path, field, message });

  /** What the path is once a symbolic link is followed, or undefined after reporting why not. */
  const kindOf = (path: string): Kind | undefined => {
    let stats: Stats;
    try {
      stats = lstatSync(path);
      if (stats.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(path);
        } catch (error) {
          const code = (error as { code?: unknown }).code;
          report(
            path,
            code === 'ENOENT' ? 'is a symbolic link to nothing (its target is missing)' : describeFsError(error),
          );
          return undefined;
        }
        if (target !== real && !target.startsWith(real + sep)) {
          report(path, `is a symbolic link to ${target}, outside the case folder: entries must be files inside it`);
          return undefined;
        }
        stats = statSync(path);
      }
    } catch (error) {
      report(path, describeFsError(error));
      return undefined;
    }
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other';
  };

  const list = (folder: string): string[] => {
    try {
      return readdirSync(folder).sort();
    } catch (error) {
      report(folder, describeFsError(error), '(folder)');
      return [];
    }
  };

  const hidden = (path: string) =>
    report(
      path,
      'is hidden (its name starts with a dot), so the site would leave it out: rename it or move it out of the case folder',
    );

  for (const name of list(root)) {
    const path = join(root, name);
    // A case kept as its own repository: git's own files are not content, and say nothing about it.
    if (VERSION_CONTROL.has(name)) continue;
    if (name.startsWith('.')) {
      hidden(path);
      continue;
    }
    const kind = kindOf(path);
    if (kind === undefined) continue;
    if (kind === 'folder' && (COLLECTIONS as readonly string[]).includes(name)) {
      for (const child of list(path)) {
        const file = join(path, child);
        if (child.startsWith('.')) {
          hidden(file);
          continue;
        }
        const childKind = kindOf(file);
        if (childKind === undefined) continue;
        if (childKind === 'file' && child.endsWith('.md')) entries[name as Collection].push(file);
        else if (childKind === 'folder' && child.endsWith('.md')) {
          report(file, 'is a folder named like an entry: an entry is a .md file, not a folder');
        } else report(file, STRAY);
      }
    } else if (kind === 'folder' && name === COPIES_FOLDER) {
      for (const child of list(path)) {
        const file = join(path, child);
        if (child.startsWith('.')) hidden(file);
        else if (kindOf(file) === 'file' && (child.endsWith('.txt') || CAPTURE_ARCHIVE.test(child))) continue;
        else if (!problems.some((p) => p.path === file)) {
          report(
            file,
            `is not a copy of a source: ${COPIES_FOLDER}/ holds plain-text files named <source-id>.txt (and captures as <source-id>.warc.gz)`,
          );
        }
      }
    } else if (kind === 'folder' && name === IMAGES_FOLDER) {
      for (const child of list(path)) {
        const file = join(path, child);
        if (child.startsWith('.')) hidden(file);
        else if (kindOf(file) === 'file' && IMAGE_TYPES.test(child)) continue;
        else if (!problems.some((p) => p.path === file)) {
          report(
            file,
            `is not an image the site can show: ${IMAGES_FOLDER}/ holds .png, .jpg, .gif, .webp and .avif files`,
          );
        }
      }
    } else if (kind === 'file' && name === 'site.md') site = path;
    else if (kind === 'file' && ALLOWED_EXTRA.has(name)) continue;
    else if (name === 'site.md') report(path, 'is a folder where the site.md file should be');
    else report(path, STRAY);
  }
  return { site, entries, problems };
}
