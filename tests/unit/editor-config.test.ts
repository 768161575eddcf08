import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { EDITOR_LOCALES, editorLocale, problemsOf } from '../../src/lib/model/entry-check';
import { EDITED, entrySchemas, type JsonSchema } from '../../src/lib/model/entry-schemas';
import {
  DATE_PATTERN,
  editorBackend,
  editorConfig,
  editorPolicy,
  type EditorField,
  type EditorSettings,
} from '../../src/lib/outputs/editor-config';
import { caseSchemas, type ReferenceFn } from '../../src/lib/model/schemas';
import { defaultVocabulary } from '../../src/lib/model/vocabulary';
import { z } from 'astro/zod';

const PACKAGE = 'node_modules/@sveltia/cms';
const schemas = entrySchemas();

function settings(overrides: Partial<EditorSettings> = {}): EditorSettings {
  const t = useTranslations('en');
  return {
    contentPath: 'tests/fixtures/engine',
    vocabulary: defaultVocabulary(t),
    tags: [{ id: 'launch', label: 'Launch' }],
    citations: 'quoted',
    siteTitle: 'A case',
    t,
    backend: { name: 'github', repo: 'owner/repo' },
    publishMode: 'simple',
    ...overrides,
  };
}

type Config = ReturnType<typeof editorConfig>;
const fieldsOf = (config: Config, name: string): readonly EditorField[] => {
  const found = [...config.collections, ...config.singletons].find((c) => c.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found.fields;
};
const find = (fields: readonly EditorField[], path: string): EditorField => {
  const [head, ...rest] = path.split('.');
  const field = fields.find((f) => f.name === head);
  if (!field) throw new Error(`no field ${path}`);
  return rest.length === 0 ? field : find(field.fields ?? (field.field ? [field.field] : []), rest.join('.'));
};

/** Every property path of a JSON Schema (`citations.source`: a list's items add nothing). */
function schemaPaths(schema: JsonSchema, prefix = ''): string[] {
  const object = schema.type === 'array' ? schema.items : schema;
  return Object.entries(object?.properties ?? {}).flatMap(([key, sub]) => [
    `${prefix}${key}`,
    ...schemaPaths(sub, `${prefix}${key}.`),
  ]);
}
function fieldPaths(fields: readonly EditorField[], prefix = ''): string[] {
  return fields.flatMap((f) => [`${prefix}${f.name}`, ...fieldPaths(f.fields ?? [], `${prefix}${f.name}.`)]);
}

describe('editorConfig', () => {
  const config = editorConfig(schemas, settings());

  it('has an editor field for every field of every schema, at any depth, and no other', () => {
    for (const name of EDITED) {
      expect(fieldPaths(fieldsOf(config, name)).sort(), name).toEqual([...schemaPaths(schemas[name]), 'body'].sort());
    }
  });

  it('follows a schema that changes, with no configuration file to edit', () => {
    const events = schemas.events;
    const changed = {
      ...schemas,
      events: {
        ...events,
        properties: { ...events.properties, witnesses: { type: 'integer', description: 'How many.' } },
      },
    };
    expect(find(fieldsOf(editorConfig(changed, settings()), 'events'), 'witnesses')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      hint: 'How many.',
      required: false,
    });
  });

  it('refuses, naming it, a field it cannot show', () => {
    const changed = { ...schemas, pages: { type: 'object', properties: { odd: { type: 'null' } } } };
    expect(() => editorConfig(changed, settings())).toThrow(/pages\.odd/);
  });

  it('is valid against the editor’s published JSON Schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat('regex', { validate: (s: string) => typeof s === 'string' });
    ajv.addFormat('uri', { validate: (s: string) => URL.canParse(s) });
    const schema = JSON.parse(readFileSync(join(PACKAGE, 'schema/sveltia-cms.json'), 'utf8')) as object;
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // The schema has teeth: a relation that names no collection is refused.
    const broken = structuredClone(config);
    const people = broken.collections[0]?.fields.find((f) => f.name === 'people');
    delete (people?.fields?.[0] as { collection?: string } | undefined)?.collection;
    expect(validate(broken)).toBe(false);
  });

  it('gives required fields, hints, date patterns and the vocabulary as choices', () => {
    const events = fieldsOf(config, 'events');
    expect(find(events, 'title')).toMatchObject({ widget: 'string', required: true });
    expect(find(events, 'place')).toMatchObject({ required: false });
    expect(find(events, 'summary').hint).toBe(schemas.events.properties?.['summary']?.description);
    expect(find(events, 'date')).toMatchObject({ widget: 'string', pattern: [DATE_PATTERN, expect.any(String)] });
    expect(find(events, 'kind').options?.map((o) => o.value)).toEqual(
      settings().vocabulary.eventKinds.map((k) => k.id),
    );
    expect(find(events, 'kind').options?.[0]?.label).toBe('Death');
    expect(find(events, 'tags')).toMatchObject({
      widget: 'select',
      multiple: true,
      options: [{ label: 'Launch', value: 'launch' }],
    });
    expect(find(fieldsOf(config, 'people'), 'roles')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(find(fieldsOf(config, 'investigations'), 'status').options?.map((o) => o.value)).toContain('open');
    const date = new RegExp(DATE_PATTERN);
    expect(['2014', '2014-06', '2014-06-19'].every((d) => date.test(d))).toBe(true);
    expect(['14', '2014-13', '2014-06-32', '19 June 2014'].some((d) => date.test(d))).toBe(false);
  });

  it('links relations to the right collection, and citations are source, quote and locator', () => {
    const events = fieldsOf(config, 'events');
    expect(find(events, 'people.person')).toMatchObject({ widget: 'relation', collection: 'people' });
    expect(find(events, 'investigations')).toMatchObject({
      widget: 'relation',
      collection: 'investigations',
      multiple: true,
    });
    expect(find(events, 'citations')).toMatchObject({ widget: 'list', min: 1 });
    expect(find(events, 'citations.source')).toMatchObject({
      widget: 'relation',
      collection: 'sources',
      required: true,
    });
    expect(find(events, 'citations.quote')).toMatchObject({ required: true });
    expect(find(events, 'citations.locator')).toMatchObject({ required: false });
    expect(find(events, 'after')).toMatchObject({ widget: 'relation', collection: 'events', multiple: true });
    expect(find(fieldsOf(config, 'people'), 'findings.investigation')).toMatchObject({ collection: 'investigations' });
    expect(find(fieldsOf(config, 'investigations'), 'partOf')).toMatchObject({ collection: 'investigations' });
    // A linked case lets a citation be a link alone.
    const linked = editorConfig(schemas, settings({ citations: 'linked' }));
    expect(find(fieldsOf(linked, 'events'), 'citations.quote')).toMatchObject({ required: false });
  });

  it("puts an event's picture into the case's images/", () => {
    expect(find(fieldsOf(config, 'events'), 'image.src')).toMatchObject({
      widget: 'image',
      media_folder: '/tests/fixtures/engine/images',
      public_folder: 'images',
    });
  });

  it('speaks the case’s language', () => {
    const french = editorConfig(schemas, settings({ t: useTranslations('fr') }));
    expect(french.collections.map((c) => c.label)).toContain('Événements');
    expect(find(fieldsOf(french, 'events'), 'date').pattern?.[1]).toMatch(/^Écrivez une date/);
  });
});

describe('editorBackend and editorPolicy', () => {
  it('reads the repository site.config.mjs names', () => {
    expect(editorBackend('github:acme/case@draft')).toEqual({ name: 'github', repo: 'acme/case', branch: 'draft' });
    expect(editorBackend('gitlab:group/sub/case')).toEqual({ name: 'gitlab', repo: 'group/sub/case' });
    expect(() => editorBackend('acme/case')).toThrow(/EDITOR_REPOSITORY "acme\/case" is not a repository/);
  });

  it('lets the editor talk to no other origin but the Git host it was given', () => {
    const local = editorPolicy(editorBackend(''), '');
    expect(local).not.toMatch(/https?:/);
    expect(local).toContain("style-src 'self' 'unsafe-inline'");
    expect(editorPolicy(editorBackend('github:a/b'), 'github:a/b')).toContain(
      "connect-src 'self' data: blob: https://api.github.com",
    );
  });
});

describe('the preSave check’s words and the interface language', () => {
  it('names the field of each problem', () => {
    const reference: ReferenceFn = (collection) => z.string().transform((id) => ({ id, collection }));
    const result = caseSchemas(reference).events.safeParse({
      title: 'T',
      date: '2015-02-30',
      kind: 'inquest',
      summary: 'S',
      citations: [{ source: 'a', quote: '' }],
    });
    const problems = problemsOf(result);
    expect(problems.some((p) => p.startsWith('date: '))).toBe(true);
    expect(problems).toContain('citations[0].quote: must not be empty');
  });

  it('knows the languages the editor has, and picks the case’s', () => {
    const shipped = readdirSync(join(PACKAGE, 'locales')).map((f) => f.replace(/\.json$/, ''));
    expect([...EDITOR_LOCALES].sort()).toEqual(shipped.sort());
    expect(editorLocale('fr-FR')).toBe('fr');
    expect(editorLocale('en')).toBe('en-US');
    expect(editorLocale('en-GB')).toBe('en-GB');
    expect(editorLocale('ar')).toBe('ar');
    expect(editorLocale('pt')).toBe('pt-BR');
    expect(editorLocale('xx')).toBe('en-US');
  });
});
