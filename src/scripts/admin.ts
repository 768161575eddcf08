// The browser editor (/admin/): Sveltia CMS from its npm package, bundled into the site's own
// files so nothing loads from another origin, started with the configuration the page carries
// (made at build time from the schemas: src/lib/outputs/editor-config.ts). Only /admin/ loads it.
import CMS, { type CmsConfig } from '@sveltia/cms';
import { z } from 'astro/zod';
import { entryData, readEntryFile, writeEntryFile } from '../lib/model/entry-file';
import { EDITED, editorFormat, type Edited, type JsonSchema } from '../lib/model/entry-schemas';
import { caseSchemas, type ReferenceFn } from '../lib/model/schemas';
import { editorLocale, problemsOf } from '../lib/model/entry-check';

interface Payload {
  readonly config: CmsConfig;
  readonly schemas: Record<Edited, JsonSchema>;
  readonly lang: string;
  readonly refused: string;
}

const element = document.getElementById('timeline-editor');
const payload = JSON.parse(element?.textContent ?? '{}') as Payload;

// The files are written the way the case's own files are (src/lib/model/entry-file.ts).
for (const name of EDITED) {
  const schema = payload.schemas[name];
  CMS.registerCustomFormat(editorFormat(name), 'md', {
    fromFile: (text) => {
      const { data, body } = readEntryFile(text, schema);
      return body ? { ...data, body } : data;
    },
    toFile: (value: Record<string, unknown>) => {
      const { body, ...data } = value;
      return writeEntryFile({ data, body: typeof body === 'string' ? body : '' }, schema);
    },
  });
}

// The one-file rules of the build, run on the entry before it is saved: the same schemas.
const reference: ReferenceFn = (collection) => z.string().transform((id) => ({ id, collection }));
const schemas = caseSchemas(reference);
const collectionOf = (collection: string, path: string): Edited | undefined =>
  (EDITED as readonly string[]).includes(collection)
    ? (collection as Edited)
    : path.endsWith('/site.md') || path === 'site.md'
      ? 'site'
      : undefined;

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = collectionOf(String(entry.get('collection')), String(entry.get('path')));
    if (!collection) return undefined;
    const { body: _body, ...data } = (entry.get('data') as { toJS: () => Record<string, unknown> }).toJS();
    // Checked as the file will hold it: empty optional fields left out, as the writer leaves them.
    const problems = problemsOf(schemas[collection].safeParse(entryData(data, payload.schemas[collection])));
    if (problems.length === 0) return undefined;
    // Sveltia shows the cause's message of an error named saving_failed in its save dialog.
    throw new Error('saving_failed', {
      cause: new Error(payload.refused.replace('{problems}', problems.join('; '))),
    });
  },
});

// The interface in the case's language, unless the editor chose another in its settings.
const PREFS = 'sveltia-cms.prefs';
try {
  const prefs = JSON.parse(localStorage.getItem(PREFS) ?? '{}') as Record<string, unknown>;
  if (!prefs['locale']) localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: editorLocale(payload.lang) }));
} catch {
  // Storage refused (a private window): the interface follows the browser's language.
}

// ?backend=test-repo tries the editor on files kept in this browser only (nothing is published):
// the browser test drives it so.
const config =
  new URLSearchParams(location.search).get('backend') === 'test-repo'
    ? { ...payload.config, backend: { name: 'test-repo' as const }, publish_mode: 'simple' as const }
    : payload.config;
void CMS.init({ config });
