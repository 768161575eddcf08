import type { Key, Translator } from '../../i18n';
import { editorFormat, isDateField, type Edited, type JsonSchema } from '../model/entry-schemas';
import { ID_PATTERN } from '../model/schemas';
import type { Term, Vocabulary } from '../model/vocabulary';

/**
 * The browser editor's configuration (Sveltia CMS, served at /admin/), made from the content
 * schemas (src/lib/schemas.ts, through entrySchemas()) and the case's vocabulary, never written
 * by hand: a field added to a schema appears in the editor, and a field the generator cannot
 * show stops the build with its name (editorFields throws) instead of being left out.
 */

/** A field of the editor's configuration (the subset of Sveltia's field options used here). */
export interface EditorField {
  readonly name: string;
  readonly label: string;
  readonly widget: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly default?: unknown;
  readonly pattern?: readonly [string, string];
  readonly options?: readonly { readonly label: string; readonly value: string }[];
  readonly multiple?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly value_type?: 'int';
  readonly collection?: string;
  readonly value_field?: string;
  readonly search_fields?: readonly string[];
  readonly display_fields?: readonly string[];
  readonly fields?: readonly EditorField[];
  readonly field?: EditorField;
  readonly media_folder?: string;
  readonly public_folder?: string;
  readonly collapsed?: boolean;
}

export interface EditorBackend {
  readonly name: string;
  readonly repo?: string;
  readonly branch?: string;
  readonly base_url?: string;
}

export interface EditorSettings {
  /** The case folder, relative to the repository's root (`content`, `tests/fixtures/engine`). */
  readonly contentPath: string;
  readonly vocabulary: Vocabulary;
  /** The tags site.md declares: the events' tags are chosen from them. */
  readonly tags: readonly Term[];
  /** site.md `citations`: in a quoted case every citation needs its quote. */
  readonly citations: 'quoted' | 'linked';
  readonly siteTitle: string;
  readonly t: Translator;
  readonly backend: EditorBackend;
  /** `editorial_workflow`: each change is a branch and a review before it is published. */
  readonly publishMode: 'simple' | 'editorial_workflow';
}

/** What each collection's entries are called in the editor's lists, and their title field. */
const TITLE_FIELD: Record<Edited, string> = {
  events: 'title',
  people: 'name',
  investigations: 'title',
  sources: 'title',
  site: 'title',
  pages: 'title',
};

/** The fields whose values are the case's own words (site.md vocabulary and tags). */
const VOCABULARY_FIELDS: Readonly<Record<string, keyof Vocabulary | 'tags'>> = {
  'events.kind': 'eventKinds',
  'events.tags': 'tags',
  'people.roles': 'roles',
  'investigations.kind': 'investigationKinds',
  'sources.kind': 'sourceKinds',
};

/** The picture fields: their file goes into the case folder's images/, written as images/<name>. */
const IMAGE_FIELDS = new Set(['events.image.src']);

/** The same partial date src/lib/dates.ts parses (its checks of month and day ranges run on save). */
export const DATE_PATTERN = '^-?\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
const TIME_PATTERN = '^([01]\\d|2[0-3]):[0-5]\\d$';
const URL_PATTERN = '^https?://\\S+$';

/** Text written in sentences: a box of several lines (the rest are one line: titles, names, ids). */
const LONG_TEXT = /^(summary|quote|note|outcome|finding|text|description|contentNotice|\w+Notes?)$/;

function termOptions(settings: EditorSettings, list: keyof Vocabulary | 'tags') {
  const terms: readonly Term[] = list === 'tags' ? settings.tags : settings.vocabulary[list];
  return terms.map((term) => ({ label: term.label, value: term.id }));
}

/** One schema field as an editor field; `path` is `<collection>.<key>.<key>` (lists' items add nothing). */
export function editorField(
  path: string,
  name: string,
  schema: JsonSchema,
  required: boolean,
  settings: EditorSettings,
): EditorField {
  const t = settings.t;
  const common = {
    name,
    label: name,
    ...(schema.description ? { hint: schema.description } : {}),
    required,
  };
  const target = schema['x-collection'];
  const relation = (collection: string) => ({
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: [TITLE_FIELD[collection as Edited]],
    display_fields: [TITLE_FIELD[collection as Edited]],
  });
  if (target) return { ...common, ...relation(target) };
  // "One or a list of them" (an event's after/before): the editor offers the list.
  const [one, many] = schema.anyOf ?? [];
  if (schema.anyOf?.length === 2 && many?.type === 'array' && JSON.stringify(many.items) === JSON.stringify(one)) {
    return editorField(
      path,
      name,
      { ...many, ...(schema.description ? { description: schema.description } : {}) },
      required,
      settings,
    );
  }
  if (isDateField(schema)) return { ...common, widget: 'string', pattern: [DATE_PATTERN, t('editor.date')] };
  const vocabulary = VOCABULARY_FIELDS[path];
  if (vocabulary && termOptions(settings, vocabulary).length > 0) {
    const options = termOptions(settings, vocabulary);
    return schema.type === 'array'
      ? { ...common, widget: 'select', multiple: true, options, ...(schema.minItems ? { min: schema.minItems } : {}) }
      : { ...common, widget: 'select', options };
  }
  if (schema.enum) return { ...common, widget: 'select', options: schema.enum.map((v) => ({ label: v, value: v })) };
  switch (schema.type) {
    case 'boolean':
      return { ...common, widget: 'boolean', required: false, default: schema.default === true };
    case 'integer':
    case 'number':
      return {
        ...common,
        widget: 'number',
        ...(schema.type === 'integer' ? { value_type: 'int' as const } : {}),
        ...(schema.minimum !== undefined && Number.isSafeInteger(schema.minimum) ? { min: schema.minimum } : {}),
        ...(schema.maximum !== undefined && Number.isSafeInteger(schema.maximum) ? { max: schema.maximum } : {}),
      };
    case 'string': {
      if (IMAGE_FIELDS.has(path)) {
        return { ...common, widget: 'image', media_folder: `/${settings.contentPath}/images`, public_folder: 'images' };
      }
      const pattern: readonly [string, string] | undefined =
        schema.pattern === ID_PATTERN.source
          ? [schema.pattern, t('editor.id')]
          : schema.format === 'uri'
            ? [URL_PATTERN, t('editor.url')]
            : name === 'time'
              ? [TIME_PATTERN, t('editor.time')]
              : undefined;
      const widget = LONG_TEXT.test(name) && !pattern ? 'text' : 'string';
      return { ...common, widget, ...(pattern ? { pattern } : {}) };
    }
    case 'object':
      return { ...common, widget: 'object', collapsed: false, fields: editorFields(path, schema, settings) };
    case 'array': {
      const items = schema.items;
      if (!items) break;
      const min = schema.minItems ? { min: schema.minItems } : {};
      if (items['x-collection']) return { ...common, ...relation(items['x-collection']), multiple: true, ...min };
      if (items.type === 'object')
        return { ...common, widget: 'list', ...min, fields: editorFields(path, items, settings) };
      return { ...common, widget: 'list', ...min, field: editorField(path, name, items, true, settings) };
    }
  }
  throw new Error(
    `The browser editor has no field for ${path} (${JSON.stringify(schema).slice(0, 200)}): teach src/lib/outputs/editor-config.ts its type`,
  );
}

/** Every field of an object schema, in the schema's order. */
export function editorFields(path: string, schema: JsonSchema, settings: EditorSettings): EditorField[] {
  return Object.entries(schema.properties ?? {}).map(([key, sub]) => {
    const required = (schema.required ?? []).includes(key) || (settings.citations === 'quoted' && key === 'quote');
    return editorField(`${path}.${key}`, key, sub, required, settings);
  });
}

/** The configuration Sveltia CMS is started with (CMS.init({ config })). */
export function editorConfig(schemas: Record<Edited, JsonSchema>, settings: EditorSettings) {
  const t = settings.t;
  const folder = (name: Edited) => `${settings.contentPath}/${name}`;
  const body: EditorField = {
    name: 'body',
    label: t('editor.body'),
    widget: 'markdown',
    hint: t('editor.body.hint'),
    required: false,
  };
  const fields = (name: Edited) => [...editorFields(name, schemas[name], settings), body];
  const entryCollection = (name: Exclude<Edited, 'site'>, singular: Key) => ({
    name,
    label: t(`editor.${name}` as Key),
    label_singular: t(singular),
    folder: folder(name),
    extension: 'md',
    format: editorFormat(name),
    create: true,
    identifier_field: TITLE_FIELD[name],
    fields: fields(name),
  });
  return {
    load_config_file: false,
    backend: settings.backend,
    publish_mode: settings.publishMode,
    app_title: t('editor.title', { site: settings.siteTitle }),
    media_folder: `${settings.contentPath}/images`,
    public_folder: '/images',
    output: { omit_empty_optional_fields: true },
    collections: [
      // An event's file is named by its date and title, as the case's own are (2014-06-19-…).
      {
        ...entryCollection('events', 'editor.event'),
        slug: '{{fields.date}}-{{slug}}',
        sortable_fields: ['date', 'title'],
      },
      entryCollection('people', 'editor.person'),
      entryCollection('investigations', 'editor.investigation'),
      entryCollection('sources', 'editor.source'),
      entryCollection('pages', 'editor.page'),
    ],
    singletons: [
      {
        name: 'site',
        label: t('editor.site'),
        file: `${settings.contentPath}/site.md`,
        format: editorFormat('site'),
        fields: fields('site'),
      },
    ],
  };
}

/**
 * The Git host named in site.config.mjs (`github:owner/repo@branch`). With none, a GitHub
 * backend naming no real repository: the editor's local-folder mode needs a Git backend set, and
 * it never contacts the host.
 */
export function editorBackend(repository: string): EditorBackend {
  const match = /^(github|gitlab|gitea):([^@\s]+\/[^@\s]+)(?:@(\S+))?$/.exec(repository.trim());
  if (!match) {
    if (repository.trim() !== '') {
      throw new Error(
        `EDITOR_REPOSITORY "${repository}" is not a repository: write github:owner/repo, gitlab:group/repo or gitea:owner/repo, with @branch if it is not main`,
      );
    }
    return { name: 'github', repo: 'local/folder-only' };
  }
  const [, name = 'github', repo = '', branch] = match;
  return { name, repo, ...(branch ? { branch } : {}) };
}

/** The API origin the editor talks to for each Git host (none for a local folder). */
const HOST_ORIGINS: Readonly<Record<string, string>> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com',
  gitea: 'https://codeberg.org',
};

/** How the built page marks the policy it needs (src/integrations/security-headers.ts applies it). */
export const EDITOR_POLICY_META = 'timeline-editor-policy';

/**
 * The editor page's Content Security Policy, its own: the editor sets inline styles and reads
 * `data:`/`blob:` addresses of its own making, which no reading page may; it loads nothing from
 * another origin, and talks only to the Git host named in site.config.mjs (none when no
 * repository is named).
 */
export function editorPolicy(backend: EditorBackend, repository: string): string {
  const host = repository.trim() === '' ? undefined : (backend.base_url ?? HOST_ORIGINS[backend.name]);
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src 'self' data: blob:${host ? ` ${host}` : ''}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
