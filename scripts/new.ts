// Writes a new content file with every field of its schema, each with its description,
// ready to fill in. Usage: npm run new -- event 2024-01-01-something-happened
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { contentDir } from '../src/lib/content/content-dir';
import { readFrontMatter } from '../src/lib/content/front-matter';
import { PLACEHOLDER } from '../src/lib/content/placeholders';
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
 * Values a scaffold writes instead of empty ones: a new case is written filled in with an
 * example, so that it builds as it is (`npm run new -- case`). `values` are YAML values by field
 * name; `include` names optional fields written out (not commented) so the example shows them.
 */
interface Example {
  readonly values: ReadonlyMap<string, string>;
  readonly include: ReadonlySet<string>;
}
const NO_EXAMPLE: Example = { values: new Map(), include: new Set() };

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
  example: Example,
  filled?: ReadonlyMap<string, Filled>,
): string[] {
  const given = filled?.get(name);
  const plain =
    required || asked.has(name) || example.include.has(name) || defaultSwitch(schema) || writtenEmpty(name, schema);
  const rule = required
    ? 'Required.'
    : (asked.get(name) ??
      (plain || given ? 'Optional.' : 'Optional: to use it, remove the "# " that begins its lines.'));
  if (given) return [`# ${[schema.description, rule, given.note].filter(Boolean).join(' ')}`, `${name}: ${given.yaml}`];
  const value = placeholder(name, schema, asked, plain ? example : NO_EXAMPLE);
  return [`# ${[schema.description, rule].filter(Boolean).join(' ')}`, ...(plain ? value : value.map((l) => `# ${l}`))];
}

/**
 * A switch with a default validates written as its default; one without (site.md `previews`)
 * means something else left out, so it is written commented out.
 */
const defaultSwitch = (schema: JsonSchema) => schema.type === 'boolean' && schema.default !== undefined;

/**
 * A list written empty: a list of plain values, and the corrections (a new entry has nothing to
 * correct yet, and an empty correction would only be deleted again).
 */
const writtenEmpty = (name: string, schema: JsonSchema) =>
  name === 'corrections' || (schema.type === 'array' && !schema.items?.properties);

/** The field's lines with an empty value: an object, or one item of a list of objects, lists its fields. */
function placeholder(name: string, schema: JsonSchema, asked: ReadonlyMap<string, string>, example: Example): string[] {
  const given = example.values.get(name);
  if (given !== undefined) return [`${name}: ${given}`];
  if (writtenEmpty(name, schema)) return [`${name}: []`];
  if (schema.type === 'boolean') return [`${name}: ${schema.default === true ? 'true' : 'false'}`];
  const object = schema.type === 'array' ? schema.items : schema;
  if (!object?.properties) return [`${name}: ${schema.enum ? `"" # one of: ${schema.enum.join(', ')}` : '""'}`];
  const inner = Object.entries(object.properties).flatMap(([key, sub]) =>
    field(key, sub, object.required?.includes(key) ?? false, asked, example),
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

/**
 * The body a new entry is written with: a placeholder the build refuses (as it refuses the
 * importer's), so the scaffold's own words are never published by mistake.
 */
export const BODY_PLACEHOLDER = `${PLACEHOLDER} longer text in Markdown, or delete this line to leave the body empty.`;

type Schema = keyof ReturnType<typeof caseSchemas>;

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
  /** The body; by default the placeholder the build refuses (BODY_PLACEHOLDER). */
  readonly body?: string;
}

/** A file's front matter: every field of the schema, described, with the example's or the caller's values. */
function frontMatter(
  schemaName: Schema,
  asked: ReadonlyMap<string, string>,
  example: Example,
  options: ScaffoldOptions = {},
): string {
  const schema = z.toJSONSchema(schemas[schemaName], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const lines = Object.entries(schema.properties ?? {}).flatMap(([name, sub]) =>
    field(name, sub, schema.required?.includes(name) ?? false, asked, example, options.filled),
  );
  const header = (options.header ?? []).map((line) => `# ${line}`);
  return `---\n${[...header, ...lines].join('\n')}\n---\n`;
}

/** Writes the new entry's file and returns its path; throws, with what to do, when it cannot. */
export function scaffold(kind: Kind, id: string, root = contentDir(), options: ScaffoldOptions = {}): string {
  if (!ID_PATTERN.test(id))
    throw new Error(`"${id}" cannot be an id: use lower-case letters, digits and single hyphens`);
  const folder = join(resolve(root), FOLDERS[kind]);
  const path = join(folder, `${id}.md`);
  if (existsSync(path)) throw new Error(`${path} already exists: choose another id, or edit that file`);
  const text = frontMatter(FOLDERS[kind], askedFields(root), NO_EXAMPLE, options);
  mkdirSync(folder, { recursive: true });
  const body = options.body ?? BODY_PLACEHOLDER;
  writeFileSync(path, `${text}${body ? `\n${body}\n` : ''}`);
  return path;
}

/**
 * A new case: site.md, one event, one person and one source, each with every field described
 * (from the schemas, so a field added to the engine appears here with no change), filled in with
 * an example that builds as it is, and a README saying how to build and preview it. The
 * vocabulary is written commented out: the case uses the default one until an editor fills it.
 */
const CASE_EXAMPLE = {
  site: {
    values: {
      title: '"A new timeline"',
      description: '"One sentence saying what this timeline is about."',
      lang: 'en',
    },
    include: ['lang'],
    body: 'What this timeline covers and how it is sourced: a paragraph or two, shown on the home page.',
  },
  events: {
    id: '2020-01-15-example-event',
    values: {
      title: '"Example: the first event"',
      date: '2020-01-15',
      kind: 'statement',
      summary: '"What happened, in one or two sentences, saying no more than the source does."',
      person: 'example-person',
      role: '"speaker"',
      source: 'example-source',
      quote: '"the words copied from the source"',
    },
    include: ['people'],
  },
  people: {
    id: 'example-person',
    values: {
      name: '"Example Person"',
      roles: '[other]',
      summary: '"Who they are in this case, as the sources describe them."',
      source: 'example-source',
      quote: '"the words copied from the source"',
    },
    include: [],
  },
  sources: {
    id: 'example-source',
    values: {
      title: '"Example: the headline of the source"',
      publisher: '"Example Publisher"',
      kind: 'news-report',
      url: 'https://example.org/the-source',
      published: '2020-01-16',
    },
    include: [],
  },
} as const;

const exampleOf = (values: Readonly<Record<string, string>>, include: readonly string[] = []): Example => ({
  values: new Map(Object.entries(values)),
  include: new Set(include),
});

/** Writes a new case into `folder` (which must be missing or empty) and returns the files written. */
export function scaffoldCase(folder: string): string[] {
  const root = resolve(folder);
  if (existsSync(root) && readdirSync(root).length > 0)
    throw new Error(`${root} is not empty: a new case needs a new (or empty) folder`);
  const asked = askedFields(root);
  const files: [string, string][] = [
    [
      'site.md',
      `${frontMatter('site', asked, exampleOf(CASE_EXAMPLE.site.values, CASE_EXAMPLE.site.include))}\n${CASE_EXAMPLE.site.body}\n`,
    ],
    ...(['events', 'people', 'sources'] as const).map((name): [string, string] => {
      const { id, values, include } = CASE_EXAMPLE[name];
      return [`${name}/${id}.md`, frontMatter(name, asked, exampleOf(values, include))];
    }),
    ['README.md', caseReadme(folder)],
  ];
  for (const [file, text] of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return files.map(([file]) => join(root, file));
}

/** The case folder's README: how to see the case, in the words of the engine's scripts. */
function caseReadme(folder: string): string {
  return `# A timeline case

This folder is one case of the timeline engine: \`site.md\` (the site), and one Markdown file per
entry in \`events/\`, \`people/\` and \`sources/\`. Each field is described in a comment above it.
The example entries build as they are: replace them with your case.

From the engine's folder:

- preview while editing: \`TIMELINE_CONTENT=${folder} npm run dev\`
- build the site: \`TIMELINE_CONTENT=${folder} npm run build\` (into \`dist/${basename(resolve(folder))}/\`)
- serve the built site: \`TIMELINE_CONTENT=${folder} npm run preview\`
- add an entry: \`TIMELINE_CONTENT=${folder} npm run new -- event 2024-02-01-what-happened\`

See docs/starting-a-case.md in the engine for the whole path.
`;
}

const USAGE = `Usage: npm run new -- <${Object.keys(FOLDERS).join('|')}> <id>
       npm run new -- case <folder>
Writes <case folder>/<kind's folder>/<id>.md with every field described, ready to fill in.
The case folder is TIMELINE_CONTENT, else content/. An id is lower-case letters, digits and single hyphens.
"case" writes a new case into <folder> (missing or empty): site.md and one example event, person and
source, every field described, that builds as it is.`;

/** What the command did, in a sentence; throws, with what to do, when it cannot. */
function run(kind: string, target: string): string {
  if (kind === 'case') {
    scaffoldCase(target);
    return `Wrote a new case in ${resolve(target)}. See it with: TIMELINE_CONTENT=${target} npm run dev (its README.md says how to build and preview it).`;
  }
  const path = scaffold(kind as Kind, target);
  return `Wrote ${path}. Fill it in, then run "npm run dev" to see it, or "npm run build" to check it.`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const [kind, target] = args;
  if (args.some((arg) => arg === '--help' || arg === '-h')) {
    console.log(USAGE);
  } else if (!kind || !(kind in FOLDERS || kind === 'case') || !target || args.length > 2) {
    console.error(USAGE);
    process.exitCode = 2;
  } else {
    // A mistake (an id that cannot be one, a file already there) is a sentence, not a stack trace.
    try {
      console.log(run(kind, target));
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 2;
    }
  }
}
