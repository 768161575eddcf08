// Writes a new content file with every field of its schema, each with its description,
// ready to fill in. Usage: npm run new -- event 2024-01-01-something-happened
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { contentDir } from '../src/lib/content/content-dir';
import { readFrontMatter } from '../src/lib/content/front-matter';
import { caseSchemas, type ReferenceFn } from '../src/lib/model/schemas';
import { ID_PATTERN } from '../src/lib/content/validate';

export const FOLDERS = {
  event: 'events',
  person: 'people',
  investigation: 'investigations',
  source: 'sources',
} as const;
export type Kind = keyof typeof FOLDERS;

const reference: ReferenceFn = (collection) =>
  z
    .string()
    .transform((id) => ({ id, collection }))
    .describe(`The id of an entry in ${collection}/`);
const schemas = caseSchemas(reference);

interface JsonSchema {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  default?: unknown;
}

/**
 * One field, described. A required field is written with an empty value to fill. An optional one
 * that would not validate empty (a date, a place, a picture) is written commented out, so an
 * editor with no source for it leaves it as it is and the file still builds; removing the "# "
 * that begins its lines brings it in. Empty lists and false switches validate as they are.
 * `asked` holds optional fields the case needs all the same (askedFields), written to be filled.
 */
function field(
  name: string,
  schema: JsonSchema,
  required: boolean,
  asked: ReadonlyMap<string, string>,
  filled?: ReadonlyMap<string, Filled>,
): string[] {
  const given = filled?.get(name);
  const plain = required || asked.has(name) || schema.type === 'boolean' || writtenEmpty(name, schema);
  const rule = required
    ? 'Required.'
    : (asked.get(name) ??
      (plain || given ? 'Optional.' : 'Optional: to use it, remove the "# " that begins its lines.'));
  if (given) return [`# ${[schema.description, rule, given.note].filter(Boolean).join(' ')}`, `${name}: ${given.yaml}`];
  const value = placeholder(name, schema, asked);
  return [`# ${[schema.description, rule].filter(Boolean).join(' ')}`, ...(plain ? value : value.map((l) => `# ${l}`))];
}

/**
 * A list written empty: a list of plain values, and the corrections (a new entry has nothing to
 * correct yet, and an empty correction would only be deleted again).
 */
const writtenEmpty = (name: string, schema: JsonSchema) =>
  name === 'corrections' || (schema.type === 'array' && !schema.items?.properties);

/** The field's lines with an empty value: an object, or one item of a list of objects, lists its fields. */
function placeholder(name: string, schema: JsonSchema, asked: ReadonlyMap<string, string>): string[] {
  if (writtenEmpty(name, schema)) return [`${name}: []`];
  if (schema.type === 'boolean') return [`${name}: ${schema.default === true ? 'true' : 'false'}`];
  const object = schema.type === 'array' ? schema.items : schema;
  if (!object?.properties) return [`${name}: ${schema.enum ? `"" # one of: ${schema.enum.join(', ')}` : '""'}`];
  const inner = Object.entries(object.properties).flatMap(([key, sub]) =>
    field(key, sub, object.required?.includes(key) ?? false, asked),
  );
  if (schema.type !== 'array') return [`${name}:`, ...inner.map((l) => `  ${l}`)];
  // The item's first field written plainly opens it with "- ".
  const opens = inner.findIndex((l) => !l.startsWith('#'));
  const item = inner.map((l, i) => (i === opens ? `  - ${l}` : `    ${l}`));
  return [`${name}:`, ...(opens === -1 ? ['  -', ...item] : item)];
}

/**
 * Fields the schema leaves optional that the whole-case check asks for all the same, each with
 * what the draft says of it: a source's address and publication date, and a quote on every
 * citation unless the case's site.md says citations may be links alone.
 */
function askedFields(root: string): ReadonlyMap<string, string> {
  const site = join(root, 'site.md');
  const read = existsSync(site) ? readFrontMatter(readFileSync(site, 'utf8')) : undefined;
  const asked = new Map([
    ['url', 'Required, unless a caveat says why the address is missing.'],
    ['published', 'Required, unless publishedNote says why it is unknown.'],
  ]);
  if (!(read?.ok && read.value.data['citations'] === 'linked')) asked.set('quote', 'Required.');
  return asked;
}

/** A top-level field's value given by the caller (`npm run capture`), as YAML, with where it came from. */
export interface Filled {
  readonly yaml: string;
  /** Said after the field's description: where the value was found, or what to fill in. */
  readonly note: string;
}

export interface ScaffoldOptions {
  readonly filled?: ReadonlyMap<string, Filled>;
  /** Comment lines written first in the front matter (without "# "). */
  readonly header?: readonly string[];
  readonly body?: string;
}

/** Writes the new entry's file and returns its path; throws, with what to do, when it cannot. */
export function scaffold(kind: Kind, id: string, root = contentDir(), options: ScaffoldOptions = {}): string {
  if (!ID_PATTERN.test(id))
    throw new Error(`"${id}" cannot be an id: use lower-case letters, digits and single hyphens`);
  const folder = join(resolve(root), FOLDERS[kind]);
  const path = join(folder, `${id}.md`);
  if (existsSync(path)) throw new Error(`${path} already exists: choose another id, or edit that file`);
  const schema = z.toJSONSchema(schemas[FOLDERS[kind]], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const asked = askedFields(root);
  const lines = Object.entries(schema.properties ?? {}).flatMap(([name, sub]) =>
    field(name, sub, schema.required?.includes(name) ?? false, asked, options.filled),
  );
  const header = (options.header ?? []).map((line) => `# ${line}`);
  mkdirSync(folder, { recursive: true });
  const body = options.body ?? 'Longer text in Markdown (optional).';
  writeFileSync(path, `---\n${[...header, ...lines].join('\n')}\n---\n${body ? `\n${body}\n` : ''}`);
  return path;
}

const USAGE = `Usage: npm run new -- <${Object.keys(FOLDERS).join('|')}> <id>
Writes <case folder>/<kind's folder>/<id>.md with every field described, ready to fill in.
The case folder is TIMELINE_CONTENT, else content/. An id is lower-case letters, digits and single hyphens.`;

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const [kind, id] = args;
  if (args.some((arg) => arg === '--help' || arg === '-h')) {
    console.log(USAGE);
  } else if (!kind || !(kind in FOLDERS) || !id || args.length > 2) {
    console.error(USAGE);
    process.exitCode = 2;
  } else {
    // A mistake (an id that cannot be one, a file already there) is a sentence, not a stack trace.
    try {
      const path = scaffold(kind as Kind, id);
      console.log(`Wrote ${path}. Fill it in, then run "npm run dev" to see it, or "npm run build" to check it.`);
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 2;
    }
  }
}
