// Turns a web page, a saved page or a PDF into a source file and a kept copy every quote is checked
// against, and finds a quote's passage in that copy. See docs/capture.md.
//   npm run capture -- <url | file.html | file.pdf> [--id <source-id>] [--case <folder>] [--archived <url>] [--warc]
//   npm run capture -- quote <source-id> "<words>" [--case <folder>]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import type { Extracted } from '../src/lib/capture/extract';
import { DEFAULT_LIMITS, decodeHtml, fetchPage, isHtml, isPdf, type FetchLimits } from '../src/lib/capture/fetch';
import { cleanAddress, type Found, type MetaField } from '../src/lib/capture/metadata';
import { findQuote } from '../src/lib/capture/quote';
import { Refusal } from '../src/lib/capture/refusal';
import { contentDir } from '../src/lib/content/content-dir';
import { copiesDir, sha256 } from '../src/lib/content/copies';
import { PLACEHOLDER } from '../src/lib/content/placeholders';
import type { Filled } from './new';

// The readers of pages and PDFs, the WARC writer and the scaffolder (with the schemas) are loaded
// only by a capture: `capture quote` starts in a moment.

export interface CaptureOptions {
  /** An http(s) address, or the path of a saved page or PDF. */
  readonly target: string;
  readonly id?: string | undefined;
  readonly caseDir?: string | undefined;
  readonly archived?: string | undefined;
  readonly warc?: boolean | undefined;
  readonly limits?: FetchLimits | undefined;
  /** The capture's clock, for tests. */
  readonly now?: () => Date;
}

export interface Captured {
  readonly sourceId: string;
  /** The source file written, or the existing one left as it was. */
  readonly sourceFile: string;
  readonly sourceWritten: boolean;
  readonly copyFile: string;
  readonly sha256: string;
  readonly capturedAt: string;
  readonly warcFile?: string | undefined;
  /** The fields the editor must still fill in, each with why. */
  readonly toFill: readonly { field: string; why: string }[];
  /** What was read, where: for the report. */
  readonly found: Partial<Record<MetaField, Found>>;
  readonly report: string;
}

interface Loaded {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  /** The address the bytes came from, when they were fetched. */
  readonly address?: string | undefined;
  readonly http?: { status: number; statusText: string; headers: [string, string][] } | undefined;
  readonly at: string;
  readonly describe: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'application/xhtml+xml',
  '.pdf': 'application/pdf',
};

async function load(target: string, limits: FetchLimits, now: () => Date): Promise<Loaded> {
  if (/^[a-z][a-z\d+.-]+:/i.test(target)) {
    const fetched = await fetchPage(target, limits);
    return {
      bytes: fetched.bytes,
      contentType: fetched.contentType,
      address: fetched.address,
      http: { status: fetched.status, statusText: fetched.statusText, headers: fetched.headers },
      // The moment the whole response was in hand.
      at: now().toISOString(),
      describe: `fetched ${fetched.address} (${String(fetched.status)}, ${fetched.contentType || 'no type'}, ${String(fetched.bytes.byteLength)} bytes)`,
    };
  }
  if (!existsSync(target)) throw new Refusal(`${target} is neither an http(s) address nor a file that exists`);
  const bytes = readFileSync(target);
  if (bytes.byteLength > limits.maxBytes)
    throw new Refusal(`${target} is larger than the ${String(limits.maxBytes)} bytes a capture reads`);
  return {
    bytes,
    contentType: TYPES[extname(target).toLowerCase()] ?? '',
    at: now().toISOString(),
    describe: `read ${target} (${String(bytes.byteLength)} bytes)`,
  };
}

async function extract(loaded: Loaded, target: string): Promise<Extracted> {
  const { extractHtml, extractPdf } = await import('../src/lib/capture/extract');
  if (isPdf(loaded.bytes, loaded.contentType)) return extractPdf(loaded.bytes);
  if (isHtml(loaded.bytes, loaded.contentType)) {
    try {
      return extractHtml(decodeHtml(loaded.bytes, loaded.contentType), loaded.address);
    } catch (error) {
      if (error instanceof Refusal) throw new Refusal(`${target} ${error.message}`);
      throw error;
    }
  }
  throw new Refusal(
    `${target} is not a web page or a PDF (${loaded.contentType ? `its type is ${loaded.contentType}` : 'it does not start like one'}): nothing captured`,
  );
}

/** Lower-case words joined by hyphens, at most `max` of them. */
function slug(text: string, max: number): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z\d]+/)
    .filter(Boolean)
    .slice(0, max)
    .join('-');
}

/** publisher-year-headline, from what the page says: only a suggestion the editor may replace with --id. */
function suggestedId(found: Partial<Record<MetaField, Found>>, address: string | undefined): string | undefined {
  const title = found.title?.value;
  if (!title) return undefined;
  const host = address ? new URL(address).hostname.replace(/^www\./, '').split('.')[0] : undefined;
  const publisher = slug((found.publisher?.value ?? host ?? '').replace(/^the\s+/i, ''), 2);
  const year = found.published?.value.slice(0, 4);
  return [publisher, year, slug(title, 5)].filter(Boolean).join('-') || undefined;
}

const quoted = (text: string) => JSON.stringify(text);
const dateYaml = (date: string) => (date.length === 10 ? date : quoted(date));

function fields(
  found: Partial<Record<MetaField, Found>>,
  options: { archived?: string | undefined; day: string },
): { filled: Map<string, Filled>; toFill: { field: string; why: string }[] } {
  const filled = new Map<string, Filled>();
  const toFill: { field: string; why: string }[] = [];
  const fill = (field: string, yaml: string, from: string) =>
    filled.set(field, { yaml, note: `Captured from ${from}.` });
  const missing = (field: string, why: string) => {
    toFill.push({ field, why });
    filled.set(field, { yaml: quoted(`${PLACEHOLDER} ${why}`), note: '' });
  };
  for (const field of ['title', 'publisher'] as const) {
    const value = found[field];
    if (value) fill(field, quoted(value.value), value.from);
    else
      missing(
        field,
        `the page does not say its ${field === 'title' ? 'headline' : 'publisher'}: write it as published`,
      );
  }
  if (found.author) fill('author', quoted(found.author.value), found.author.from);
  missing('kind', 'what sort of source this is (a page cannot say): see the list above');
  if (found.url) fill('url', quoted(found.url.value), found.url.from);
  else
    missing(
      'url',
      'the page gives no address of its own: write where it is published, or remove this line and add a caveat saying why',
    );
  if (found.published) fill('published', dateYaml(found.published.value), found.published.from);
  else
    missing(
      'published',
      'the page gives no publication date: write it as the source shows it, or remove this line and say why in publishedNote',
    );
  if (options.archived) filled.set('archived', { yaml: quoted(options.archived), note: 'Given with --archived.' });
  filled.set('accessed', { yaml: options.day, note: 'The day of the capture.' });
  return { filled, toFill };
}

async function warcOf(loaded: Loaded, url: string, id: string): Promise<Uint8Array> {
  const { WARCRecord, WARCSerializer } = await import('warcio');
  const date = loaded.at;
  const info = WARCRecord.createWARCInfo(
    { filename: `${id}.warc.gz`, warcVersion: 'WARC/1.1' },
    { software: 'investigative-timeline npm run capture', format: 'WARC File Format 1.1' },
  );
  const body = [loaded.bytes];
  const record = loaded.http
    ? WARCRecord.create(
        {
          url,
          date,
          type: 'response',
          warcVersion: 'WARC/1.1',
          statusline: `HTTP/1.1 ${String(loaded.http.status)} ${loaded.http.statusText}`,
          // The body kept is the decoded one: its length and coding headers would describe other bytes.
          httpHeaders: Object.fromEntries(
            loaded.http.headers.filter(
              ([name]) => !/^(content-length|content-encoding|transfer-encoding)$/i.test(name),
            ),
          ),
        },
        body,
      )
    : WARCRecord.create(
        {
          url,
          date,
          type: 'resource',
          warcVersion: 'WARC/1.1',
          warcHeaders: { 'Content-Type': loaded.contentType || 'application/octet-stream' },
        },
        body,
      );
  const parts = [
    await WARCSerializer.serialize(info, { gzip: true }),
    await WARCSerializer.serialize(record, { gzip: true }),
  ];
  return Buffer.concat(parts);
}

export async function capture(options: CaptureOptions): Promise<Captured> {
  const caseDir = resolve(options.caseDir ?? contentDir());
  const now = options.now ?? (() => new Date());
  if (options.archived !== undefined && !cleanAddress(options.archived))
    throw new Refusal(`--archived "${options.archived}" is not an http or https address`);
  const loaded = await load(options.target, options.limits ?? DEFAULT_LIMITS, now);
  const { text, metadata } = await extract(loaded, options.target);
  const found: Partial<Record<MetaField, Found>> = {};
  for (const field of ['title', 'publisher', 'author', 'published', 'modified', 'url', 'language'] as const) {
    const value = metadata[field];
    if (value) found[field] = value;
  }
  if (!found.url && loaded.address) {
    const address = cleanAddress(loaded.address);
    if (address) found.url = { value: address, from: 'the address fetched (the page names no canonical address)' };
  }
  const [{ ID_PATTERN }, { FOLDERS, scaffold }] = await Promise.all([
    import('../src/lib/content/validate'),
    import('./new'),
  ]);
  const id = options.id ?? suggestedId(found, loaded.address);
  if (!id) throw new Refusal(`${options.target} gives no title to make an id from: give one with --id <source-id>`);
  if (!ID_PATTERN.test(id))
    throw new Refusal(`"${id}" cannot be an id: use lower-case letters, digits and single hyphens`);

  const copies = copiesDir(caseDir);
  const copyFile = join(copies, `${id}.txt`);
  const digest = sha256(text);
  if (existsSync(copyFile) && sha256(readFileSync(copyFile)) !== digest)
    throw new Refusal(
      `${copyFile} already holds a different copy of "${id}": nothing written. Delete it first to replace it (quotes are then checked against the new text).`,
    );
  const sourceFile = join(caseDir, FOLDERS.source, `${id}.md`);
  const sourceWritten = !existsSync(sourceFile);
  const day = loaded.at.slice(0, 10);
  const { filled, toFill } = fields(found, { archived: options.archived, day });
  const display = (path: string) => relative(caseDir, path) || path;
  const header = [
    `Captured by npm run capture on ${loaded.at} from ${loaded.address ?? basename(options.target)}.`,
    `Its text is kept in ${display(copyFile)} (never published), SHA-256 ${digest}: every quote of this source is checked against it.`,
    ...(found.modified
      ? [`The page says it was last modified on ${found.modified.value} (${found.modified.from}).`]
      : []),
    ...(found.language ? [`The page's language: ${found.language.value} (${found.language.from}).`] : []),
  ];
  mkdirSync(copies, { recursive: true });
  if (sourceWritten) scaffold('source', id, caseDir, { filled, header, body: '' });
  writeFileSync(copyFile, text);
  let warcFile: string | undefined;
  if (options.warc) {
    warcFile = join(copies, `${id}.warc.gz`);
    writeFileSync(
      warcFile,
      await warcOf(loaded, found.url?.value ?? loaded.address ?? `file:${basename(options.target)}`, id),
    );
  }

  const width = 10;
  const report = [
    `Captured "${id}": ${loaded.describe}, at ${loaded.at}.`,
    '',
    'Found on the page:',
    ...Object.entries(found).map(
      ([field, v]) => `  ${field.padEnd(width)} ${v.value}\n  ${' '.repeat(width)} from ${v.from}`,
    ),
    ...(metadata.notes.length > 0 ? ['', 'Noted:', ...metadata.notes.map((n) => `  ${n}`)] : []),
    '',
    sourceWritten
      ? toFill.length > 0
        ? `To fill in ${display(sourceFile)} (the build refuses it until then):\n${toFill.map((f) => `  ${f.field}: ${f.why}`).join('\n')}`
        : `${display(sourceFile)} is complete as captured: check it against the page.`
      : `${display(sourceFile)} already exists and was left as it is: compare it with what was found above.`,
    '',
    `Copy: ${display(copyFile)} (${String(text.length)} characters), SHA-256 ${digest}`,
    ...(warcFile ? [`WARC: ${display(warcFile)} (the response as it was received)`] : []),
    '',
    `Next: npm run capture -- quote ${id} "<the words you want to quote>", paste the passage it prints into a citation, then npm run build.`,
  ].join('\n');
  return {
    sourceId: id,
    sourceFile,
    sourceWritten,
    copyFile,
    sha256: digest,
    capturedAt: loaded.at,
    warcFile,
    toFill,
    found,
    report,
  };
}

/** `capture quote`: the passage and its surroundings, ready to paste; exit code 1 when only a close passage is found. */
export function quoteReport(sourceId: string, words: string, caseDir = contentDir()): { text: string; code: number } {
  const file = join(copiesDir(resolve(caseDir)), `${sourceId}.txt`);
  if (!existsSync(file))
    return {
      text: `There is no copy of "${sourceId}" (${file}): capture the source first (npm run capture -- <address> --id ${sourceId}).`,
      code: 2,
    };
  const found = findQuote(words, readFileSync(file, 'utf8'));
  if (!found) return { text: `"${words}" has no words to look for.`, code: 2 };
  const heading =
    found.match === 'exact'
      ? 'Found as typed:'
      : found.match === 'normalised'
        ? 'Found, with the source’s own quotes, dashes, spaces or capitals:'
        : `Not in the copy as typed. The closest passage (score ${found.score.toFixed(2)}: 1 is the same words):`;
  return {
    text: [
      heading,
      `  …${found.before}[${found.passage}]${found.after}…`,
      '',
      found.match === 'closest' ? 'If that is what you meant, paste it as the source has it:' : 'Paste:',
      `  quote: ${JSON.stringify(found.passage)}`,
    ].join('\n'),
    code: found.match === 'closest' ? 1 : 0,
  };
}

const USAGE = `Usage:
  npm run capture -- <address | page.html | file.pdf> [--id <source-id>] [--case <folder>] [--archived <address>] [--warc]
      Writes <case>/sources/<id>.md from the page's own metadata (what it lacks is marked FILL IN:,
      which the build refuses) and keeps its text in <case>/copies/<id>.txt; --warc keeps the response
      too, as copies/<id>.warc.gz. A source file already there is left as it is: only its copy is kept.
  npm run capture -- quote <source-id> "<words>" [--case <folder>]
      Finds the words in the source's copy and prints the passage to paste as the quote.
The case folder is --case, else TIMELINE_CONTENT, else content/. See docs/capture.md.`;

/** The command line read into options; a string is what is wrong with it. */
export function parseArgs(
  args: readonly string[],
):
  | { mode: 'help' }
  | { mode: 'quote'; id: string; words: string; caseDir?: string | undefined }
  | { mode: 'capture'; options: CaptureOptions }
  | string {
  if (args.some((a) => a === '--help' || a === '-h')) return { mode: 'help' };
  const rest: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--warc') flags['warc'] = true;
    else if (['--id', '--case', '--archived'].includes(arg)) {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      flags[arg.slice(2)] = value;
    } else if (arg.startsWith('--')) return `${arg} is not an option`;
    else rest.push(arg);
  }
  const text = (name: string) => (typeof flags[name] === 'string' ? flags[name] : undefined);
  if (rest[0] === 'quote') {
    const [, id, words, ...more] = rest;
    if (!id || !words || more.length > 0 || flags['warc'] || text('id') || text('archived'))
      return 'quote takes a source id and the words, in quotes';
    return { mode: 'quote', id, words, caseDir: text('case') };
  }
  const [target, ...more] = rest;
  if (!target || more.length > 0) return 'give one address or file to capture';
  return {
    mode: 'capture',
    options: {
      target,
      id: text('id'),
      caseDir: text('case'),
      archived: text('archived'),
      warc: flags['warc'] === true,
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    console.error(`${parsed}.\n\n${USAGE}`);
    process.exitCode = 2;
  } else if (parsed.mode === 'help') console.log(USAGE);
  else if (parsed.mode === 'quote') {
    const { text, code } = quoteReport(parsed.id, parsed.words, parsed.caseDir);
    (code === 2 ? console.error : console.log)(text);
    process.exitCode = code;
  } else {
    // A refusal (not an article, too large, a redirect elsewhere) is a sentence, not a stack trace.
    await capture(parsed.options).then(
      (result) => console.log(result.report),
      (error: unknown) => {
        console.error(error instanceof Refusal ? `Not captured: ${error.message}` : `Not captured: ${String(error)}`);
        process.exitCode = 2;
      },
    );
  }
}
