import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import { bidiControlProblems } from './bidi';
import { buildDate } from '../build-date';
import { checkCaseSettings, type CaseSettings } from './case-settings';
import { COLLECTIONS as FOLDERS, describeFsError, listCaseFiles, type Collection as Folder } from './case-files';
import { readFrontMatter } from './front-matter';
import { judgeBody, type JudgeOptions } from './html-safety';
import { checkChronology, checkInvestigationCycles, checkReferences, type CaseEntries } from './integrity';
import type { Problem } from '../model/problems';
import { bodyLimit, fieldLengthProblems } from './limits';
import { pictureFileProblems } from './pictures';
import { bodyPlaceholders, coveredByPlaceholder, placeholderProblems } from './placeholders';
import { caseSchemas, ID_PATTERN, type ReferenceFn } from '../model/schemas';
import { closest } from '../model/suggest';
import { useTranslations } from '../../i18n';
import { checkDateNotes } from '../model/date-notes';
import { checkOrderHints, type Hinted } from '../model/order';
import { checkTrust } from './trust-checks';
import type { DeclaredVocabulary } from '../model/vocabulary';
import { termProblems, vocabularyProblems } from './vocabulary-checks';

export { ID_PATTERN } from '../model/schemas';

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
  const field = fieldPath(issue.path) || '(front matter)';
  return [{ file, field, message: issueMessage(issue) }];
}

/** Text that is a number once its quotes are taken off. */
const NUMBER_TEXT = /^-?\d+(?:\.\d+)?$/;

/** Zod's own wording for a bound ("Too small: expected array to have >=1 items"), which we replace. */
const ZOD_BOUND = /^Too (small|big):/;

/**
 * What went wrong, in an editor's words: a missing field "is required" (never zod's "Invalid
 * option" or "received undefined"), and a wrong value is quoted back so it can be found.
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  // An empty YAML field (`kind:`) reads as null: to an editor it is as missing as an absent one.
  const missing = issue.input === undefined || issue.input === null;
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return `is required: expected ${issue.expected}`;
      // `years: "52"`: the quotes make a number text; say so rather than only "expected number".
      if (issue.expected === 'number' && typeof issue.input === 'string' && NUMBER_TEXT.test(issue.input.trim()))
        return `expected number, got ${shown(issue.input)}: write it without the quotes (${issue.input.trim()})`;
      return `expected ${issue.expected}, got ${shown(issue.input)}`;
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (missing) return `is required: one of ${options.join(', ')}`;
      const suggestion = typeof issue.input === 'string' ? closest(issue.input, options) : undefined;
      return `${shown(issue.input)} is not one of: ${options.join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
    }
    case 'invalid_union':
      return missing ? 'is required' : `${shown(issue.input)} is not valid here`;
    case 'too_small':
    case 'too_big':
      return withInput(ZOD_BOUND.test(issue.message) ? boundMessage(issue) : issue.message, issue.input);
    case 'invalid_format':
      return withInput(issue.message, issue.input);
    default:
      return issue.message;
  }
}

function boundMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = String(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'array') return small ? `needs at least ${limit} item(s)` : `may have at most ${limit} item(s)`;
  if (issue.origin === 'string')
    return small ? `needs at least ${limit} character(s)` : `may have at most ${limit} character(s)`;
  return small ? `must be at least ${limit}` : `must be at most ${limit}`;
}

/** A message with the value the editor wrote after it, where one short value was written. */
function withInput(message: string, input: unknown): string {
  if ((typeof input !== 'string' && typeof input !== 'number') || input === '') return message;
  const value = shown(input);
  return message.includes(value) ? message : `${message} (got ${value})`;
}

/** A value as the editor wrote it, short enough for one line of the report (an address's password left out). */
function shown(value: unknown): string {
  const text =
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'string'
        ? `"${value.replace(/^([a-z][a-z0-9+.-]*:\/*)[^/?#]*@/i, '$1…@')}"`
        : ((JSON.stringify(value) as string | undefined) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** Body findings as problems, on the line of the file (not of the body) where they are. */
function bodyProblems(file: string, body: string, bodyLine: number, options: JudgeOptions): Problem[] {
  const tooLong = bodyLimit(body);
  if (tooLong) return [{ file, ...tooLong }];
  return [...bodyPlaceholders(body), ...judgeBody(body, options)].map(({ line, message }) => ({
    file,
    field: line === undefined ? '(body)' : `(body) line ${String(line + bodyLine - 1)}`,
    message,
  }));
}

/** One entry file: where it is, how the editor knows it, its schema and its case folder. */
interface EntryFile {
  readonly path: string;
  readonly file: string;
  readonly schema: z.ZodType;
  readonly caseDir: string;
}

/**
 * Reads and checks one entry. Whatever goes wrong inside (a parser's own error included)
 * becomes a problem naming the file, never an exception that would stop the check.
 */
function readEntry(entry: EntryFile, problems: Problem[], partial?: (data: object) => void): CheckedEntry | undefined {
  try {
    return checkEntry(entry, problems, partial);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    problems.push({ file: entry.file, field: '(file)', message: `could not be checked: ${reason}` });
    return undefined;
  }
}

/** Whether a path relative to an entry's folder names a regular file inside the case folder. */
function caseFileExists(caseDir: string, entryFolder: string): (relativePath: string) => boolean {
  return (relativePath) => {
    try {
      const target = realpathSync(resolve(entryFolder, relativePath));
      return target.startsWith(realpathSync(caseDir) + sep) && statSync(target).isFile();
    } catch {
      return false;
    }
  };
}

/**
 * What can be read of front matter the schema refuses: every field (down to each item of a
 * list) that passes its own schema, transformed, and nothing else. The whole-case checks (ids,
 * kinds) run on it, so a file's schema problems and its unknown ids are reported together,
 * in one build, rather than one kind after the other.
 */
export function salvage(schema: z.ZodType, value: unknown): unknown {
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable)
    return salvage(schema.unwrap() as z.ZodType, value);
  if (schema instanceof z.ZodObject && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const fields = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, sub]) => {
        const kept = key in fields ? salvage(sub, fields[key]) : undefined;
        return kept === undefined ? [] : [[key, kept]];
      }),
    );
  }
  // Items keep their places, so a problem in the salvaged data names the item the editor wrote.
  if (schema instanceof z.ZodArray && Array.isArray(value))
    return value.map((item: unknown) => salvage(schema.element as z.ZodType, item));
  return undefined;
}

function checkEntry(
  { path, file, schema, caseDir }: EntryFile,
  problems: Problem[],
  partial?: (data: object) => void,
): CheckedEntry | undefined {
  const id = file.split('/').at(-1)?.replace(/\.md$/, '') ?? '';
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    problems.push({ file, field: '(file)', message: describeFsError(error) });
    return undefined;
  }
  const front = readFrontMatter(text);
  problems.push(...front.problems.map(({ field, message }) => ({ file, field, message })));
  if (!front.ok) return undefined;
  const { data, body, bodyLine } = front.value;
  problems.push(...bodyProblems(file, body, bodyLine, { mediaExists: caseFileExists(caseDir, dirname(path)) }));
  const placeholders = placeholderProblems(data);
  const textProblems = [...placeholders, ...fieldLengthProblems(data), ...bidiControlProblems(data)];
  problems.push(...textProblems.map(({ field, message }) => ({ file, field, message })));
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    // An impossible date is reported once, by the YAML walk, not again by the schema; a
    // placeholder once, by its own message ("FILL IN: one of …" is also not a valid kind).
    const dated = new Set(front.problems.map((p) => p.field));
    const issues = result.error.issues.flatMap((issue) => issueProblems(file, issue, schema));
    problems.push(...issues.filter((p) => !dated.has(p.field) && !coveredByPlaceholder(p.field, placeholders)));
    partial?.(salvage(schema, data) as object);
    return undefined;
  }
  if (front.problems.length > 0 || textProblems.length > 0) {
    partial?.(result.data as object);
    return undefined;
  }
  return { id, filePath: file, path, text, body, data: result.data as object };
}

/**
 * The vocabulary a site.md the schema refuses still declares, when its vocabulary is itself
 * valid (or left out: the default): every entry is then checked against the words the case
 * means, so one bad line of site.md gives one problem, not one per entry using its words.
 * Undefined when the vocabulary is what is wrong: entries are not checked against it.
 */
function declaredVocabulary(data: object): { declared: DeclaredVocabulary | undefined } | undefined {
  if (!('vocabulary' in data)) return { declared: undefined };
  const vocabulary = (data as { vocabulary?: DeclaredVocabulary }).vocabulary;
  return vocabulary && vocabularyProblems('site.md', vocabulary).length === 0 ? { declared: vocabulary } : undefined;
}

/** Folders whose list is paginated at /<folder>/2/…: an id of digits alone would take a page's address. */
const LISTED: ReadonlySet<string> = new Set(['people', 'investigations', 'sources']);

function checkIds(folder: string, names: readonly string[], problems: Problem[], kind: Folder): void {
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
    } else if (LISTED.has(kind) && /^\d+$/.test(id)) {
      problems.push({
        file,
        field: '(file name)',
        message: `"${id}" cannot be an id: digits alone are the address of a page of the ${kind} list (/${kind}/${id}/); add a word`,
      });
    }
    const twin = seen.get(id.toLowerCase());
    if (twin) problems.push({ file, field: '(file name)', message: `duplicate id: "${twin}" has the same name` });
    seen.set(id.toLowerCase(), file);
  }
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
  const files = listCaseFiles(dir);
  problems.push(...files.problems.map(({ path, field, message }) => ({ file: display(path), field, message })));
  problems.push(...pictureFileProblems(dir, display));

  const sitePath = join(dir, 'site.md');
  let siteVocabulary: { declared: DeclaredVocabulary | undefined } | undefined;
  const site = files.site
    ? readEntry(
        { path: files.site, file: display(files.site), schema: schemas.site, caseDir: dir },
        problems,
        (data) => {
          siteVocabulary = declaredVocabulary(data);
        },
      )
    : undefined;
  const entries = { site: site ? [site] : [] } as Record<CaseCollection, CheckedEntry[]>;
  if (!files.site && !existsSync(sitePath))
    problems.push({
      file: display(sitePath),
      field: '(file)',
      message: 'is missing: it holds the site title and introduction',
    });

  const allIds = {} as Record<Folder, Parsed[]>;
  const counts: Record<string, number> = {};
  for (const folder of FOLDERS) {
    const paths = files.entries[folder];
    const names = paths.map((path) => basename(path));
    counts[folder] = names.length;
    checkIds(display(join(dir, folder)), names, problems, folder);
    const read = paths.map((file, i) => {
      let salvaged: object = {};
      const entry = { path: file, file: display(file), schema: schemas[folder], caseDir: dir };
      const parsed = readEntry(entry, problems, (data) => (salvaged = data));
      return { name: names[i] ?? '', file: entry.file, parsed, salvaged };
    });
    entries[folder] = read.flatMap(({ parsed }) => (parsed ? [parsed] : []));
    // An entry with errors still exists: references to it are not reported as missing, and
    // what could be read of it is checked with the rest (its ids, its kind).
    allIds[folder] = read.map(
      ({ name, file, parsed, salvaged }) => parsed ?? { id: name.replace(/\.md$/, ''), filePath: file, data: salvaged },
    );
  }

  // Kinds and roles are the case's own words: checked against site.md's vocabulary (or the default).
  const declared = (site?.data as { vocabulary?: DeclaredVocabulary } | undefined)?.vocabulary;
  if (site) problems.push(...vocabularyProblems(site.filePath, declared));
  // With no site.md at all, the default vocabulary; with one that cannot be read, none is known.
  const vocabulary = site ? { declared } : files.site ? siteVocabulary : { declared: undefined };
  if (vocabulary) problems.push(...termProblems(vocabulary.declared, allIds));

  const referenceProblems = checkReferences(allIds);
  problems.push(...referenceProblems);
  problems.push(...checkInvestigationCycles(allIds.investigations));
  if (referenceProblems.length === 0) problems.push(...checkOrderHints(entries.events as unknown as Hinted[]));
  // Dates are compared only once references are sound: a dangling id would only add noise.
  if (referenceProblems.length === 0) problems.push(...checkChronology(entries as unknown as CaseEntries, buildDate()));
  // What site.md declares (tags, time zone, citation level) is checked once site.md itself is valid.
  if (site) problems.push(...checkCaseSettings(dir, site.data as CaseSettings, site.filePath, entries));
  // A date note is read in the case's language (its phrases for "the day is not known" are the dictionary's).
  const lang = (site?.data as { lang?: string } | undefined)?.lang ?? 'en';
  problems.push(
    ...checkDateNotes(entries.events as unknown as Parameters<typeof checkDateNotes>[0], useTranslations(lang)),
  );
  const trust = checkTrust(dir, entries, display);
  problems.push(...trust.problems);
  return { problems, counts, entries, notes: trust.notes };
}
