import { Document, isPair, isScalar, isSeq, parseDocument, Scalar, visit } from 'yaml';
import { isDateField, type JsonSchema } from './entry-schemas';

/**
 * How the browser editor reads and writes a content file: the house style of the case's files
 * and of the scaffolder (scripts/new.ts), so a diff of an edit shows only what changed.
 * - keys in the schema's order (a key the schema does not know is kept, after them);
 * - text in double quotes, dates plain (`2014-06-19`, `2014`), numbers and `true` plain;
 * - every list as a block, one item a line; nothing folded however long;
 * - what the schema fills in by itself left out: an empty list, `false`, an empty optional text;
 * - the Markdown body after the block, with one blank line between.
 * A file already in this style comes back byte for byte; another comes back with the same data
 * (tests/unit/entry-file.test.ts), but its comments and its quoting are not kept.
 */
export interface EntryFile {
  readonly data: Record<string, unknown>;
  readonly body: string;
}

type Value = unknown;

function isRecord(value: Value): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** YAML reads `date: 2015` as a number: the editor's date fields hold text. */
function datesAsText(value: Value, schema: JsonSchema | undefined): Value {
  if (!schema) return value;
  if (isDateField(schema)) return typeof value === 'number' ? String(value) : value;
  if (Array.isArray(value)) return value.map((item) => datesAsText(item, schema.items));
  if (isRecord(value) && schema.properties) {
    const properties = schema.properties;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesAsText(v, properties[k])]));
  }
  return value;
}

/**
 * Reads a content file into its front matter's data and its body, as the build reads it (the
 * block between the opening `---` and the next line starting with `---`, YAML 1.2: no
 * timestamps); throws, naming the problem, when it cannot. The build's own checks of the file
 * (src/lib/content/) run on it again when the site is built.
 */
export function readEntryFile(text: string, schema: JsonSchema): EntryFile {
  const start = text.replace(/^\uFEFF?\s*/, '');
  const close = start.indexOf('\n---', 3);
  if (!start.startsWith('---') || close === -1) {
    throw new Error('is not Markdown with front matter: it must start with a --- block');
  }
  const doc = parseDocument(start.slice(3, close + 1), { schema: 'core', uniqueKeys: true });
  const [error] = doc.errors;
  if (error) throw new Error(`is not valid YAML: ${error.message.split('\n')[0] ?? ''}`);
  const value: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error('must be a list of fields (key: value)');
  const data = datesAsText(value, schema) as Record<string, unknown>;
  return {
    data,
    body: start
      .slice(close + 4)
      .replace(/^[^\n]*\n/, '')
      .replace(/^\s*\n/, '')
      .trimEnd(),
  };
}

/** Whether a value says nothing the schema would not fill in by itself. */
function unsaid(value: Value, schema: JsonSchema | undefined, required: boolean): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '' && !required;
  if (Array.isArray(value)) return value.length === 0 && !required;
  if (value === false) return schema?.default === false;
  if (isRecord(value)) return !required && Object.keys(ordered(value, schema)).length === 0;
  return false;
}

/** The value with its keys in the schema's order and what it leaves unsaid taken out. */
function ordered(value: Record<string, unknown>, schema: JsonSchema | undefined): Record<string, unknown> {
  const properties = schema?.properties ?? {};
  const keys = [
    ...Object.keys(properties),
    // Keys the schema does not know are kept (the build names them), except the editor's own
    // bookkeeping: Sveltia CMS gives each list item an `__sc_item_id` while it is edited.
    ...Object.keys(value).filter((k) => !(k in properties) && !k.startsWith('__sc_')),
  ];
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (!(key in value)) continue;
    const sub = properties[key];
    const item = value[key];
    if (unsaid(item, sub, schema?.required?.includes(key) ?? false)) continue;
    out[key] = tidy(item, sub);
  }
  return out;
}

function tidy(value: Value, schema: JsonSchema | undefined): Value {
  if (Array.isArray(value)) return value.map((item) => tidy(item, schema?.items));
  if (isRecord(value)) return ordered(value, schema);
  return value;
}

/** The data as its file will hold it: what writeEntryFile writes, before it is YAML. */
export function entryData(data: Record<string, unknown>, schema: JsonSchema): Record<string, unknown> {
  return ordered(data, schema);
}

/** The fields of a schema that are dates, as paths of keys (`*` for a list's items). */
function datePaths(schema: JsonSchema, path: string[] = [], out = new Set<string>()): Set<string> {
  if (isDateField(schema)) out.add(path.join('.'));
  if (schema.items) datePaths(schema.items, [...path, '*'], out);
  for (const [key, sub] of Object.entries(schema.properties ?? {})) datePaths(sub, [...path, key], out);
  return out;
}

/** Writes the file's text in the house style (see above). */
export function writeEntryFile(file: EntryFile, schema: JsonSchema): string {
  const data = entryData(file.data, schema);
  const dates = datePaths(schema);
  const doc = new Document(data);
  visit(doc, {
    Scalar: (_key, node, path) => {
      if (typeof node.value !== 'string') return;
      const parent = path.at(-1);
      if (isPair(parent) && parent.key === node) return; // a key stays plain
      // Where the value is, as datePaths writes it: a list's item is `*`.
      const where = path
        .flatMap((n) => (isSeq(n) ? ['*'] : isPair(n) && isScalar(n.key) ? [String(n.key.value)] : []))
        .join('.');
      if (!dates.has(where) || !/^\d{4}(-\d{2}){0,2}$/.test(node.value)) {
        node.type = Scalar.QUOTE_DOUBLE;
        return;
      }
      // A year alone is written as the number YAML reads it as (quoted, it would not be plain).
      if (/^[1-9]\d{3}$/.test(node.value)) node.value = Number(node.value);
      // "0999" as a number would lose its zero: it stays quoted text, which the schema reads the same.
      else if (/^\d{4}$/.test(node.value)) {
        node.type = Scalar.QUOTE_DOUBLE;
        return;
      }
      node.type = Scalar.PLAIN;
    },
  });
  const yaml = Object.keys(data).length === 0 ? '' : doc.toString({ lineWidth: 0, indentSeq: true });
  const body = file.body.trim() === '' ? '' : `\n${file.body.trimEnd()}\n`;
  return `---\n${yaml}---\n${body}`;
}
