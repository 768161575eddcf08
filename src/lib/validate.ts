import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { parsePartialDate } from './dates';
import { checkChronology, checkReferences, type CaseEntries, type Problem } from './integrity';
import { caseSchemas, type ReferenceFn } from './schemas';
import { closest } from './suggest';
import { checkTrust } from './trust-checks';
import { findUnsafeMarkdown } from './unsafe-markdown';

/** The folders of a case and the schema each one's files must match. */
const FOLDERS = ['events', 'people', 'investigations', 'sources', 'pages'] as const;
type Folder = (typeof FOLDERS)[number];

/** Ids become addresses: lower-case words joined by hyphens, nothing a URL would mangle. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Files a case folder may hold besides its entries. */
const ALLOWED_EXTRA = new Set(['README.md']);

const reference: ReferenceFn = (collection) =>
  z
    .union([z.string(), z.number()])
    .transform((id) => ({ id: String(id), collection }))
    .describe(`The id of an entry in ${collection}`);
const schemas = caseSchemas(reference);

/** The collections a case is loaded into: its folders, plus `site` (the one `site.md`). */
export type CaseCollection = Folder | 'site';
export const CASE_COLLECTIONS: readonly CaseCollection[] = ['site', ...FOLDERS];

/** One entry that passed its file's checks, parsed once, ready to be stored as it is. */
export interface CheckedEntry {
  readonly id: string;
  /** The file as the problems name it (relative to the display root). */
  readonly filePath: string;
  /** The absolute path of the file. */
  readonly path: string;
  /** The whole file as read, for a content digest. */
  readonly text: string;
  /** The Markdown after the front matter. */
  readonly body: string;
  /** The front matter, validated and transformed by the collection's schema. */
  readonly data: object;
}

/** An entry that failed its checks still has an id, so references to it are not "missing". */
type Parsed = Pick<CheckedEntry, 'id' | 'filePath' | 'data'>;

export interface CaseCheck {
  readonly problems: Problem[];
  /** How many entries each collection holds (valid or not), for the build log. */
  readonly counts: Record<string, number>;
  /**
   * Every entry that passed its own checks, by collection: what the content loader stores,
   * so no file is read or parsed a second time. Complete only when `problems` is empty.
   */
  readonly entries: Record<CaseCollection, CheckedEntry[]>;
  /** What could not be checked (no git history), said once in the build log. */
  readonly notes?: readonly string[];
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${String(key)}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

function knownKeys(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function issueProblems(file: string, issue: z.core.$ZodIssue, schema: z.ZodType): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.path.length === 0 ? knownKeys(schema) : [];
    return issue.keys.map((key) => {
      const suggestion = closest(key, keys);
      return {
        file,
        field: fieldPath([...issue.path, key]),
        message: `unknown field${suggestion ? ` (did you mean "${suggestion}"?)` : ''}: remove it or fix its name`,
      };
    });
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [{ file, field: fieldPath(issue.path), message: `is required: expected ${issue.expected}` }];
  }
  return [{ file, field: fieldPath(issue.path) || '(front matter)', message: issue.message }];
}

/**
 * YAML reads an unquoted `2014-13-40` as a timestamp and rolls it over to 9 February 2015,
 * so impossible dates are caught in the raw text, before the parser can misdate them.
 */
const UNQUOTED_DATE = /^\s*(?:-\s+)?([A-Za-z][\w]*)?:?\s*(\d{4}-\d{1,2}-\d{1,2})\s*(?:#.*)?$/gm;
export function impossibleYamlDates(frontmatter: string): { field: string; message: string }[] {
  const found: { field: string; message: string }[] = [];
  for (const match of frontmatter.matchAll(UNQUOTED_DATE)) {
    const [, key, value = ''] = match;
    try {
      parsePartialDate(value);
    } catch (error) {
      found.push({ field: key ?? '(front matter)', message: error instanceof Error ? error.message : String(error) });
    }
  }
  return found;
}

function readEntry(path: string, file: string, schema: z.ZodType, problems: Problem[]): CheckedEntry | undefined {
  const text = readFileSync(path, 'utf8');
  const id = file.split('/').at(-1)?.replace(/\.md$/, '') ?? '';
  if (extractFrontmatter(text) === undefined) {
    problems.push({
      file,
      field: '(file)',
      message: 'is not Markdown with front matter: it must start with a --- block',
    });
    return undefined;
  }
  const badDates = impossibleYamlDates(extractFrontmatter(text) ?? '');
  if (badDates.length > 0) {
    problems.push(...badDates.map(({ field, message }) => ({ file, field, message })));
    return undefined;
  }
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    problems.push({ file, field: '(front matter)', message: `is not valid YAML: ${reason ?? ''}` });
    return undefined;
  }
  for (const finding of findUnsafeMarkdown(parsed.content)) {
    const line = finding.line === undefined ? '' : ` (line ${String(finding.line)} of the body)`;
    problems.push({ file, field: '(body)', message: `${finding.message}${line}` });
  }
  const result = schema.safeParse(parsed.frontmatter, { reportInput: true });
  if (!result.success) {
    problems.push(...result.error.issues.flatMap((issue) => issueProblems(file, issue, schema)));
    return undefined;
  }
  return { id, filePath: file, path, text, body: parsed.content, data: result.data as object };
}

function checkIds(folder: string, names: readonly string[], problems: Problem[]): void {
  const seen = new Map<string, string>();
  for (const name of names) {
    const id = name.replace(/\.md$/, '');
    const file = `${folder}/${name}`;
    if (!ID_PATTERN.test(id)) {
      problems.push({
        file,
        field: '(file name)',
        message: `"${id}" cannot be an id: use lower-case letters, digits and single hyphens (it becomes the page address)`,
      });
    }
    const twin = seen.get(id.toLowerCase());
    if (twin) problems.push({ file, field: '(file name)', message: `duplicate id: "${twin}" has the same name` });
    seen.set(id.toLowerCase(), file);
  }
}

/** Every file under `dir` that is not an entry, so nothing is dropped without a word. */
function strayFiles(dir: string, display: (path: string) => string): Problem[] {
  const problems: Problem[] = [];
  const walk = (folder: string, depth: number) => {
    for (const name of readdirSync(folder)) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      const isDir = statSync(path).isDirectory();
      const inCollection = depth === 1 && (FOLDERS as readonly string[]).includes(relative(dir, folder));
      if (depth === 0 && isDir && (FOLDERS as readonly string[]).includes(name)) walk(path, 1);
      // The editors' copies of sources: checked file by file in checkTrust (src/lib/copies.ts).
      else if (depth === 0 && isDir && name === 'copies') continue;
      else if (depth === 0 && !isDir && (name === 'site.md' || ALLOWED_EXTRA.has(name))) continue;
      else if (inCollection && !isDir && name.endsWith('.md')) continue;
      else {
        problems.push({
          file: display(path),
          field: '(file)',
          message: `is not part of the site and would be left out: entries are .md files directly inside ${FOLDERS.join('/, ')}/, plus site.md`,
        });
      }
    }
  };
  walk(dir, 0);
  return problems;
}

/**
 * Checks a whole case folder the way the build will read it, and returns every problem at
 * once: schema errors, unsafe Markdown, broken references, impossible chronology and files
 * that would silently not appear.
 */
export function validateCase(dir: string, displayRoot = process.cwd()): CaseCheck {
  const display = (path: string) => relative(displayRoot, path) || path;
  const problems: Problem[] = [];
  if (!existsSync(dir)) {
    return {
      problems: [{ file: display(dir), field: '(folder)', message: 'the content folder does not exist' }],
      counts: {},
      entries: { site: [], events: [], people: [], investigations: [], sources: [], pages: [] },
    };
  }
  problems.push(...strayFiles(dir, display));

  const sitePath = join(dir, 'site.md');
  const site = existsSync(sitePath) ? readEntry(sitePath, display(sitePath), schemas.site, problems) : undefined;
  const entries = { site: site ? [site] : [] } as Record<CaseCollection, CheckedEntry[]>;
  if (!existsSync(sitePath))
    problems.push({
      file: display(sitePath),
      field: '(file)',
      message: 'is missing: it holds the site title and introduction',
    });

  const allIds = {} as Record<Folder, Parsed[]>;
  const counts: Record<string, number> = {};
  for (const folder of FOLDERS) {
    const path = join(dir, folder);
    const names = existsSync(path) ? readdirSync(path).filter((n) => n.endsWith('.md') && !n.startsWith('.')) : [];
    counts[folder] = names.length;
    checkIds(display(path), names, problems);
    const read = names.map((name) => {
      const file = join(path, name);
      return { name, parsed: readEntry(file, display(file), schemas[folder], problems) };
    });
    entries[folder] = read.flatMap(({ parsed }) => (parsed ? [parsed] : []));
    // An entry with errors still exists: references to it are not reported as missing.
    allIds[folder] = read.map(
      ({ name, parsed }) => parsed ?? { id: name.replace(/\.md$/, ''), filePath: name, data: {} },
    );
  }

  const referenceProblems = checkReferences(allIds);
  problems.push(...referenceProblems);
  // Dates are compared only once references are sound: a dangling id would only add noise.
  if (referenceProblems.length === 0) problems.push(...checkChronology(entries as unknown as CaseEntries));
  const trust = checkTrust(dir, entries, display);
  problems.push(...trust.problems);
  return { problems, counts, entries, notes: trust.notes };
}
