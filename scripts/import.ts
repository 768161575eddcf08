// Brings an existing timeline in: writes a case folder for this engine and a migration report
// beside it. Usage (docs/authoring.md, "Coming from TimelineJS or a spreadsheet"):
//   npm run import -- timelinejs <file.json | sheet.csv> --out <folder> [--force] [--lang en] [--time-zone Europe/London] [--title "…"]
//   npm run import -- csv <file.csv> --out <folder> [--force] [--lang en] [--time-zone Europe/London] [--title "…"]
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { picturePathProblem } from '../src/lib/content/pictures';
import { buildCase, renderFile } from '../src/lib/import/build-case';
import type { InputProblem, ReadResult } from '../src/lib/import/draft';
import { isLanguageTag } from '../src/lib/model/language-tag';
import { isTimeZone } from '../src/lib/model/times';
import { readPlainCsv } from '../src/lib/import/plain-csv';
import { renderReport } from '../src/lib/import/report';
import { readTimelineJson, readTimelineSheet } from '../src/lib/import/timelinejs';

const USAGE = `Usage:
  npm run import -- timelinejs <file.json | sheet.csv> --out <folder> [--force] [--lang <tag>] [--time-zone <zone>] [--title <text>]
  npm run import -- csv <file.csv> --out <folder> [--force] [--lang <tag>] [--time-zone <zone>] [--title <text>]`;

/** A problem the editor can fix: said in one line (or several), never with a stack trace. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

const shown = (path: string) => {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
};

/** The migration report's path: beside the case folder, never inside it (the build would refuse it there). */
export const reportPath = (out: string) => `${resolve(out)}.import-report.md`;

function read(format: string, file: string, text: string): ReadResult {
  if (format === 'csv') return readPlainCsv(text);
  return extname(file).toLowerCase() === '.csv' ? readTimelineSheet(text) : readTimelineJson(text);
}

/** A folder the importer may replace with --force: one it wrote (a site.md at its root) or an empty one. */
function replaceable(out: string): boolean {
  try {
    return statSync(out).isDirectory() && (readdirSync(out).length === 0 || existsSync(join(out, 'site.md')));
  } catch {
    return false;
  }
}

/**
 * A picture the input names, found only inside the input's folder (a `../` path or a symbolic
 * link that leads out of it is refused: an input must not make the importer copy a file it
 * was never given), and read as the build reads pictures.
 */
export function localPicture(base: string, path: string): string | { refused: string } | undefined {
  const found = resolve(base, path);
  if (isAbsolute(path) || !existsSync(found)) return undefined;
  const inside = (real: string, root: string) => real.startsWith(root + sep);
  if (!inside(found, resolve(base)) || !inside(realpathSync(found), realpathSync(base))) {
    return { refused: "is outside the input's folder: put the picture beside the input, or in a folder under it" };
  }
  if (!statSync(found).isFile()) return { refused: 'is not a file' };
  const problem = picturePathProblem(found, basename(found));
  return problem ? { refused: problem } : found;
}

export interface ImportRun {
  readonly format: string;
  readonly input: string;
  readonly out: string;
  readonly force?: boolean;
  readonly lang?: string;
  readonly timeZone?: string;
  readonly title?: string;
}

/** Runs one import; returns what it wrote, or throws an ImportError naming the file and what is wrong. */
export function runImport({ format, input, out, force = false, lang, timeZone, title }: ImportRun): {
  files: number;
  placeholders: number;
  report: string;
} {
  if (format !== 'timelinejs' && format !== 'csv') throw new ImportError(`unknown format "${format}"\n${USAGE}`, 2);
  if (lang !== undefined && !isLanguageTag(lang))
    throw new ImportError(`--lang: "${lang}" is not a language tag: write a BCP 47 tag such as en, en-GB or fr`, 2);
  if (timeZone !== undefined && !isTimeZone(timeZone))
    throw new ImportError(
      `--time-zone: "${timeZone}" is not a time zone: write an IANA name such as Europe/London or America/Chicago`,
      2,
    );
  if (title !== undefined && title.trim() === '')
    throw new ImportError('--title: is empty: write the site title, or leave --title out to fill it in later', 2);
  const file = resolve(input);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new ImportError(
      `${shown(file)}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read'}`,
    );
  }
  const target = resolve(out);
  const report = reportPath(target);
  for (const existing of [target, report]) {
    if (!existsSync(existing)) continue;
    if (!force)
      throw new ImportError(`${shown(existing)}: already exists: choose another --out, or add --force to replace it`);
    if (existing === target && !replaceable(target))
      throw new ImportError(
        `${shown(target)}: is not a case folder the importer wrote (no site.md) and not empty: --force replaces only those`,
      );
  }
  const problem = (p: InputProblem) => `${shown(file)}: ${p.where}: ${p.message}`;
  const draft = read(format, file, text);
  if (!draft.ok) throw new ImportError(draft.problems.map(problem).join('\n'));
  const base = dirname(file);
  const built = buildCase(draft.draft, {
    ...(lang ? { lang } : {}),
    ...(timeZone ? { timeZone } : {}),
    ...(title ? { title: title.trim() } : {}),
    localFile: (path) => localPicture(base, path),
  });
  if (!built.ok) throw new ImportError(built.problems.map(problem).join('\n'));
  const imported = built.value;
  // Written beside the target first, then moved into place: a failed import leaves nothing half-written.
  mkdirSync(dirname(target), { recursive: true });
  const work = mkdtempSync(join(dirname(target), `.${basename(target)}-import-`));
  try {
    for (const entry of imported.files) {
      mkdirSync(dirname(join(work, entry.path)), { recursive: true });
      writeFileSync(join(work, entry.path), renderFile(entry));
    }
    for (const { from, to } of imported.copies) {
      mkdirSync(dirname(join(work, to)), { recursive: true });
      copyFileSync(from, join(work, to));
    }
    rmSync(target, { recursive: true, force: true });
    renameSync(work, target);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw new ImportError(`${shown(target)}: could not be written: ${(error as Error).message.split('\n')[0] ?? ''}`);
  }
  const markdown = renderReport(imported, {
    input: basename(file),
    format: draft.draft.format,
    folder: basename(target),
  });
  writeFileSync(report, markdown);
  const placeholders = Number(/\| placeholders to fill in \| (\d+) \|/.exec(markdown)?.[1] ?? 0);
  return { files: imported.files.length + imported.copies.length, placeholders, report };
}

/** The command line: parses the arguments, runs the import and says what it wrote. */
export function main(argv: readonly string[]): void {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      lang: { type: 'string' },
      'time-zone': { type: 'string' },
      title: { type: 'string' },
    },
  });
  const [format, input, ...rest] = positionals;
  if (!format || !input || !values.out || rest.length > 0) throw new ImportError(USAGE, 2);
  const result = runImport({
    format,
    input,
    out: values.out,
    force: values.force,
    ...(values.lang ? { lang: values.lang } : {}),
    ...(values['time-zone'] ? { timeZone: values['time-zone'] } : {}),
    ...(values.title !== undefined ? { title: values.title } : {}),
  });
  console.log(
    `Wrote ${shown(resolve(values.out))}/ (${String(result.files)} files) and ${shown(result.report)}.\n` +
      (result.placeholders > 0
        ? `${String(result.placeholders)} placeholder(s) to fill in before the case builds: the report lists them, and so does the build.`
        : 'No placeholders: the case is ready to build.'),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    // parseArgs's own errors (an unknown option) are usage errors too.
    const known = error instanceof ImportError;
    console.error(`import: ${error instanceof Error ? error.message : String(error)}${known ? '' : `\n${USAGE}`}`);
    process.exit(known ? error.code : 2);
  }
}
