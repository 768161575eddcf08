// Writes a new content file with every field of its schema, each with its description,
// ready to fill in. Usage: npm run new -- event 2024-01-01-something-happened
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { contentDir } from '../src/lib/content-dir';
import { caseSchemas, type ReferenceFn } from '../src/lib/schemas';
import { ID_PATTERN } from '../src/lib/validate';

const FOLDERS = { event: 'events', person: 'people', investigation: 'investigations', source: 'sources' } as const;
type Kind = keyof typeof FOLDERS;

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

/** A YAML placeholder for one field: its description as a comment, then an empty value. */
function field(name: string, schema: JsonSchema, required: boolean, indent = ''): string[] {
  const note = [schema.description, required ? 'Required.' : 'Optional: delete the line if unknown.']
    .filter(Boolean)
    .join(' ');
  const lines = [`${indent}# ${note}`];
  // A new entry has nothing to correct yet: an empty correction would only be deleted again.
  if (name === 'corrections') {
    lines.push(`${indent}${name}: []`);
  } else if (schema.type === 'array' && schema.items?.properties) {
    lines.push(`${indent}${name}:`);
    const item = schema.items;
    Object.entries(item.properties ?? {}).forEach(([key, sub], i) => {
      const entry = field(key, sub, item.required?.includes(key) ?? false, `${indent}    `);
      const last = entry.length - 1;
      if (i === 0) entry[last] = `${indent}  - ${entry[last]?.trimStart() ?? ''}`;
      lines.push(...entry);
    });
  } else if (schema.type === 'array') {
    lines.push(`${indent}${name}: []`);
  } else if (schema.type === 'boolean') {
    lines.push(`${indent}${name}: ${schema.default === true ? 'true' : 'false'}`);
  } else {
    lines.push(`${indent}${name}: ${schema.enum ? `"" # one of: ${schema.enum.join(', ')}` : '""'}`);
  }
  return lines;
}

export function scaffold(kind: Kind, id: string, root = contentDir()): string {
  if (!ID_PATTERN.test(id))
    throw new Error(`"${id}" cannot be an id: use lower-case letters, digits and single hyphens`);
  const folder = join(resolve(root), FOLDERS[kind]);
  const path = join(folder, `${id}.md`);
  if (existsSync(path)) throw new Error(`${path} already exists`);
  const schema = z.toJSONSchema(schemas[FOLDERS[kind]], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const lines = Object.entries(schema.properties ?? {}).flatMap(([name, sub]) =>
    field(name, sub, schema.required?.includes(name) ?? false),
  );
  mkdirSync(folder, { recursive: true });
  writeFileSync(path, `---\n${lines.join('\n')}\n---\n\nLonger text in Markdown (optional).\n`);
  return path;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [kind, id] = process.argv.slice(2);
  if (!kind || !(kind in FOLDERS) || !id) {
    console.error(`Usage: npm run new -- <${Object.keys(FOLDERS).join('|')}> <id>`);
    process.exit(2);
  }
  const path = scaffold(kind as Kind, id);
  console.log(`Wrote ${path}. Fill it in, then run "npm run dev" to see it, or "npm run build" to check it.`);
}
