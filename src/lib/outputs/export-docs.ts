import type { Translator } from '../../i18n';
import { en, type Key } from '../../i18n/en';
import type { Term, Vocabulary, VocabularyList } from '../model/vocabulary';

/**
 * The words that document the downloads live in the dictionary, so that /data/ and the JSON
 * Schemas speak the case's language. The zod schemas in export.ts are described in English with
 * `doc()`; `localiseSchema` and `describeField` find each English text's key and say it with the
 * case's translator.
 */
type DocKey = Extract<Key, `data.doc.${string}`>;
export type DocName = DocKey extends `data.doc.${infer Name}` ? Name : never;

/** A field's description, in English: the text export.ts gives zod's `.describe()`. */
export const doc = (name: DocName): string => en[`data.doc.${name}`];

/** Each English description's key: the dictionary test keeps every text to one key. */
const KEY_OF_TEXT: ReadonlyMap<string, DocKey> = new Map(
  (Object.keys(en) as Key[]).filter((key): key is DocKey => key.startsWith('data.doc.')).map((key) => [en[key], key]),
);

/** Fields whose values are ids of one of the case's vocabulary lists. */
const TERMS: Partial<Record<DocKey, VocabularyList>> = {
  'data.doc.event.kind': 'eventKinds',
  'data.doc.person.roles': 'roles',
  'data.doc.investigation.kind': 'investigationKinds',
  'data.doc.source.kind': 'sourceKinds',
};

/**
 * The ids a field may hold, with their labels, when it holds ids of the case's vocabulary; none
 * for an empty list (the investigation kinds of a case with no investigations).
 */
function termsOf(key: DocKey, vocabulary: Vocabulary) {
  const list = TERMS[key];
  const terms = list ? vocabulary[list] : [];
  return terms.length > 0 ? terms : undefined;
}

const oneOf = (terms: readonly Term[], t: Translator) =>
  t('data.doc.oneOf', { terms: terms.map((term) => `${term.id} (${term.label})`).join(', ') });

/** A key's description in the case's language, and the ids its field may hold, if any. */
function say(key: DocKey, t: Translator, vocabulary: Vocabulary) {
  const terms = termsOf(key, vocabulary);
  return { text: terms ? `${t(key)} ${oneOf(terms, t)}` : t(key), terms };
}

/**
 * A description from export.ts said in the case's language (unchanged when it has no key), with
 * the values it may take when it holds ids of the case's vocabulary.
 */
export function describeField(description: string | undefined, t: Translator, vocabulary: Vocabulary): string {
  const key = description === undefined ? undefined : KEY_OF_TEXT.get(description);
  return key ? say(key, t, vocabulary).text : (description ?? '');
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A download's JSON Schema (zod's output) in the case's language: every description said by `t`,
 * and each field that holds an id of the case's vocabulary listing those ids as its `enum`, with
 * their labels in its description, so a reader of the data knows every value it may hold.
 */
export function localiseSchema(schema: Json, t: Translator, vocabulary: Vocabulary): Json {
  if (Array.isArray(schema)) return schema.map((item) => localiseSchema(item, t, vocabulary));
  if (schema === null || typeof schema !== 'object') return schema;
  const node = Object.fromEntries(
    Object.entries(schema).map(([name, value]) => [name, localiseSchema(value, t, vocabulary)]),
  );
  const description = node['description'];
  const key = typeof description === 'string' ? KEY_OF_TEXT.get(description) : undefined;
  if (!key) return node;
  const { text, terms } = say(key, t, vocabulary);
  node['description'] = text;
  if (terms) {
    // A list of ids (a person's roles) constrains its items; a single id, itself.
    const items = node['items'];
    const target = items && typeof items === 'object' && !Array.isArray(items) ? items : node;
    target['enum'] = terms.map((term) => term.id);
  }
  return node;
}
