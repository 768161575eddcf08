import { z } from 'astro/zod';
import { caseSchemas, type ReferenceFn } from './schemas';

/**
 * The content files' schemas as JSON Schema (what a file holds, before the schemas' transforms),
 * for the browser editor: its fields (src/lib/outputs/editor-config.ts) and the way it writes a
 * file (entry-file.ts) both follow them, so a field added to src/lib/schemas.ts reaches the
 * editor without a configuration file to edit.
 */
export interface JsonSchema {
  readonly type?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly enum?: readonly string[];
  readonly default?: unknown;
  readonly pattern?: string;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly minLength?: number;
  /** Set here, not by zod: the collection a reference field names an entry of. */
  readonly 'x-collection'?: string;
}

/** The files the editor writes: one schema each (site.md and the pages included). */
export const EDITED = ['events', 'people', 'investigations', 'sources', 'site', 'pages'] as const;
export type Edited = (typeof EDITED)[number];

/**
 * The JSON Schema of every kind of content file. A reference is a string that names its
 * collection (`x-collection`): zod keeps a schema's definition when `.describe()` copies it, so
 * the definition is what marks it.
 */
export function entrySchemas(): Record<Edited, JsonSchema> {
  const marked = new Map<unknown, string>();
  const reference: ReferenceFn = (collection) => {
    const schema = z.string().transform((id) => ({ id, collection }));
    marked.set(schema._zod.def, collection);
    return schema;
  };
  const schemas = caseSchemas(reference);
  const toJson = (schema: z.ZodType) =>
    z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'any',
      override: (ctx) => {
        const collection = marked.get(ctx.zodSchema._zod.def);
        if (collection) (ctx.jsonSchema as Record<string, unknown>)['x-collection'] = collection;
      },
    }) as JsonSchema;
  return Object.fromEntries(EDITED.map((name) => [name, toJson(schemas[name])])) as Record<Edited, JsonSchema>;
}

/** A partial date (src/lib/schemas.ts partialDate): the one field that takes a string or a whole number. */
export function isDateField(schema: JsonSchema): boolean {
  const types = (schema.anyOf ?? []).map((s) => s.type);
  return types.includes('string') && types.includes('integer');
}

/**
 * The name of the file format the browser editor reads and writes a collection's files with
 * (entry-file.ts, registered by src/scripts/admin.ts). It ends in -frontmatter: Sveltia CMS
 * refuses a .md collection whose format is not a front matter one.
 */
export const editorFormat = (collection: Edited) => `timeline-${collection}-frontmatter`;
