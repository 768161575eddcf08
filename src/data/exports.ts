import { z } from 'astro/zod';
import {
  exportEvent,
  exportInvestigation,
  exportPerson,
  exportSchemas,
  exportSource,
  type Lookups,
} from '../lib/export';
import { makeLinks } from '../lib/links';
import { loadCase, type Case } from './case';

export type ExportName = keyof typeof exportSchemas;
export const EXPORT_FILES: Record<ExportName, string> = {
  event: 'events',
  person: 'people',
  investigation: 'investigations',
  source: 'sources',
};

function lookups(data: Case, site: URL | undefined): Lookups {
  const links = makeLinks(import.meta.env.BASE_URL);
  return {
    person: data.person,
    investigation: data.investigation,
    source: data.source,
    absolute: (path) => new URL(links.page(path), site ?? 'http://localhost/').href,
  };
}

let cached: ReturnType<typeof buildExports> | undefined;

/** Every collection as it is published on /data/, with references resolved (built once). */
export function loadExports(site: URL | undefined): ReturnType<typeof buildExports> {
  cached ??= buildExports(site);
  return cached;
}

async function buildExports(site: URL | undefined) {
  const data = await loadCase();
  const look = lookups(data, site);
  const event = data.events.map((e) => exportEvent(e, look));
  return {
    lookups: look,
    event,
    /** Each event page looks up its own export: a map, not a scan per page. */
    eventById: new Map(event.map((e) => [e.id, e])),
    person: data.people.map((p) => exportPerson(p, look)),
    investigation: data.investigations.map((i) => exportInvestigation(i, data.eventsInInvestigation(i.id), look)),
    source: data.sources.map((s) => exportSource(s, data.eventsCiting(s.id), look)),
    sourceKinds: new Map(data.sources.map((s) => [s.id, s.data.kind])),
  };
}

/** A JSON response with a trailing newline, as a file on disk would have. */
export function json(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
}

/** The JSON Schema of a download, generated from its zod schema. */
export function jsonSchema(name: ExportName, site: URL | undefined): object {
  const links = makeLinks(import.meta.env.BASE_URL);
  return {
    $id: new URL(links.page(`data/schema/${EXPORT_FILES[name]}.schema.json`), site ?? 'http://localhost/').href,
    ...z.toJSONSchema(z.array(exportSchemas[name]).describe(`All ${EXPORT_FILES[name]}, in site order.`)),
  };
}
