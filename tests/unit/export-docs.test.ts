import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { exportSchemas } from '../../src/lib/outputs/export';
import { describeField, doc, localiseSchema, type Json } from '../../src/lib/outputs/export-docs';
import { caseVocabulary, defaultVocabulary } from '../../src/lib/model/vocabulary';

const english = useTranslations('en-GB');
const french = useTranslations('fr-FR');
/** The English texts of the downloads' documentation (all plain strings, none counted). */
const docTexts = Object.entries(en).flatMap(([key, text]) =>
  key.startsWith('data.doc.') && typeof text === 'string' ? [text] : [],
);

/** Every description in a JSON Schema, wherever it is. */
function descriptions(schema: Json): string[] {
  if (Array.isArray(schema)) return schema.flatMap(descriptions);
  if (schema === null || typeof schema !== 'object') return [];
  const own = typeof schema['description'] === 'string' ? [schema['description']] : [];
  return [...own, ...Object.values(schema).flatMap(descriptions)];
}

const jsonOf = (name: keyof typeof exportSchemas) => z.toJSONSchema(z.array(exportSchemas[name])) as Json;

describe('doc', () => {
  it('gives the English words of a field of the downloads', () => {
    expect(doc('event.kind')).toBe('The kind of event: an id of the case’s vocabulary.');
  });

  it('has one key for each English text, so a text says which key to translate', () => {
    expect(new Set(docTexts).size).toBe(docTexts.length);
  });
});

describe('describeField', () => {
  it('says a description in the case’s language', () => {
    expect(describeField(doc('event.place'), french, defaultVocabulary(french))).toBe('Le lieu.');
  });

  it('lists the case’s own ids and labels for a field that holds one', () => {
    const vocabulary = caseVocabulary(
      { eventKinds: [{ id: 'launch', label: 'Launch', group: 'space' }], groups: [{ id: 'space', label: 'Space' }] },
      english,
    );
    expect(describeField(doc('event.kind'), english, vocabulary)).toBe(
      'The kind of event: an id of the case’s vocabulary. One of: launch (Launch).',
    );
  });

  it('lists no values for a vocabulary list the case leaves empty', () => {
    const vocabulary = { ...defaultVocabulary(english), investigationKinds: [] };
    expect(describeField(doc('investigation.kind'), english, vocabulary)).toBe(
      'What sort of investigation: an id of the case’s vocabulary.',
    );
  });

  it('leaves a text that is not the dictionary’s as it is, and says nothing of none', () => {
    expect(describeField('Written elsewhere.', french, defaultVocabulary(french))).toBe('Written elsewhere.');
    expect(describeField(undefined, french, defaultVocabulary(french))).toBe('');
  });
});

describe('localiseSchema', () => {
  for (const name of Object.keys(exportSchemas) as (keyof typeof exportSchemas)[]) {
    it(`says every description of the ${name} schema in French, however deep`, () => {
      const before = descriptions(jsonOf(name));
      const after = descriptions(localiseSchema(jsonOf(name), french, defaultVocabulary(french)));
      expect(after).toHaveLength(before.length);
      expect(before.length).toBeGreaterThan(10);
      const untranslated = new Set<string>(docTexts);
      expect(after.filter((text) => untranslated.has(text))).toEqual([]);
    });
  }

  it('gives the event kind the case’s ids as its values', () => {
    const vocabulary = defaultVocabulary(english);
    const schema = localiseSchema(jsonOf('event'), english, vocabulary) as {
      items: { properties: { kind: { enum: string[]; description: string } } };
    };
    expect(schema.items.properties.kind.enum).toEqual(vocabulary.eventKinds.map((kind) => kind.id));
    expect(schema.items.properties.kind.description).toContain('death (');
  });

  it('gives each of a person’s roles, not the list, the case’s role ids', () => {
    const vocabulary = defaultVocabulary(french);
    const schema = localiseSchema(jsonOf('person'), french, vocabulary) as {
      items: { properties: { roles: { enum?: string[]; items: { enum: string[] } } } };
    };
    expect(schema.items.properties.roles.items.enum).toEqual(vocabulary.roles.map((role) => role.id));
    expect(schema.items.properties.roles.enum).toBeUndefined();
  });

  it('gives no enum to a field whose vocabulary list is empty', () => {
    const vocabulary = { ...defaultVocabulary(english), investigationKinds: [] };
    const schema = localiseSchema(jsonOf('investigation'), english, vocabulary) as {
      items: { properties: { kind: { enum?: string[] } } };
    };
    expect(schema.items.properties.kind.enum).toBeUndefined();
  });

  it('leaves everything but descriptions and vocabulary values as zod wrote it', () => {
    const strip = (value: Json): Json =>
      Array.isArray(value)
        ? value.map(strip)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .filter(([key]) => key !== 'description' && key !== 'enum')
                .map(([key, inner]) => [key, strip(inner)]),
            )
          : value;
    const zodOutput = jsonOf('source');
    expect(strip(localiseSchema(zodOutput, french, defaultVocabulary(french)))).toEqual(strip(zodOutput));
  });
});
