import { z } from 'astro/zod';
import { exportSchemas } from '../lib/outputs/export';
import { describeField, localiseSchema, type Json } from '../lib/outputs/export-docs';
import { exportEvent, exportInvestigation, exportPerson, exportSource } from '../lib/outputs/export-records';
import { makeLinks } from '../lib/model/links';
import { jsonParts, textStream } from '../lib/outputs/text-stream';
import { loadCase } from './case';

export type ExportName = keyof typeof exportSchemas;
export const EXPORT_FILES: Record<ExportName, string> = {
  event: 'events',
  person: 'people',
  investigation: 'investigations',
  source: 'sources',
};

let cached: ReturnType<typeof buildExports> | undefined;

/** Every collection as it is published on /data/, mapped once from the resolved records. */
export function loadExports(site: URL | undefined): ReturnType<typeof buildExports> {
  cached ??= buildExports(site);
  return cached;
}

async function buildExports(site: URL | undefined) {
  const data = await loadCase();
  const absolute = (href: string) => new URL(href, site ?? 'http://localhost/').href;
  const event = data.events.map((e) => exportEvent(e, absolute));
  return {
    absolute,
    event,
    /** Each event page looks up its own export: a map, not a scan per page. */
    eventById: new Map(event.map((e) => [e.id, e])),
    person: data.people.map((p) => exportPerson(p, absolute)),
    investigation: data.investigations.map((i) => exportInvestigation(i, absolute)),
    source: data.sources.map((s) => exportSource(s, absolute)),
    sourceKinds: new Map(data.sources.map((s) => [s.id, s.kind])),
  };
}

/** A JSON response with a trailing newline, as a file on disk would have, streamed a record at a time. */
export function json(value: unknown): Response {
  return new Response(textStream(jsonParts(value)), { headers: { 'content-type': 'application/json' } });
}

/**
 * The JSON Schema of a download, generated from its zod schema and said in the case's language,
 * with the case's own vocabulary ids as the values its kinds and roles may take.
 */
export async function jsonSchema(name: ExportName, site: URL | undefined): Promise<object> {
  const links = makeLinks(import.meta.env.BASE_URL);
  const { t, documentedVocabulary: vocabulary } = await loadCase();
  const file = `${EXPORT_FILES[name]}.json`;
  const schema = z.toJSONSchema(z.array(exportSchemas[name]).describe(t('data.doc.all', { file })));
  return {
    $id: new URL(links.page(`data/schema/${EXPORT_FILES[name]}.schema.json`), site ?? 'http://localhost/').href,
    ...(localiseSchema(schema as Json, t, vocabulary) as object),
  };
}

/** The Open data page's downloads: what each file holds and each field, in the case's language. */
export async function documentedExports() {
  const { t, documentedVocabulary } = await loadCase();
  return (Object.keys(EXPORT_FILES) as ExportName[]).map((key) => ({
    key,
    file: EXPORT_FILES[key],
    holds: t(`data.file.${key}`),
    // Each collection's shape has its own field types: only their descriptions are read here.
    fields: Object.entries(exportSchemas[key].shape as Record<string, z.ZodType>).map(([name, field]) => ({
      name,
      description: describeField(field.description, t, documentedVocabulary),
    })),
  }));
}
