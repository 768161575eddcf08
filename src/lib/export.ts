import { z } from 'astro/zod';
import { neutraliseCsvCell } from './csv-cell';
import { formatSpan, toDatetime, type PartialDate } from './dates';
import type { caseSchemas } from './schemas';
import { EVENT_KINDS, INVESTIGATION_KINDS, INVESTIGATION_STATUSES, PERSON_ROLES, SOURCE_KINDS } from './vocabulary';

/**
 * The open-data downloads: the content with every reference resolved, in one documented
 * shape per collection. The JSON Schemas on /data/ are generated from these, so the files and
 * their documentation cannot drift apart.
 */
type Schemas = ReturnType<typeof caseSchemas>;
export type EventData = z.output<Schemas['events']>;
export type PersonData = z.output<Schemas['people']>;
export type InvestigationData = z.output<Schemas['investigations']>;
export type SourceData = z.output<Schemas['sources']>;

interface Entry<T> {
  readonly id: string;
  readonly data: T;
  readonly body?: string | undefined;
}

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .describe('A date as precise as the sources: YYYY, YYYY-MM or YYYY-MM-DD.');
const nullableText = (description: string) => z.string().nullable().describe(description);

const citation = z
  .object({
    source: z.string().describe('The source’s id.'),
    sourceTitle: z.string().describe('The source’s title.'),
    publisher: z.string().describe('Who published the source.'),
    url: nullableText('The source’s address, when known.'),
    quote: z.string().describe('The passage quoted word for word.'),
    locator: nullableText('Where in the source, or who is quoted.'),
    disputes: z.boolean().describe('True when the source is cited because it disagrees or is in error.'),
    note: nullableText('A note on this citation.'),
  })
  .describe('A source and the passage from it that supports the entry.');

export const exportSchemas = {
  event: z
    .object({
      id: z.string().describe('The permanent id (the content file name).'),
      url: z.string().describe('The event’s page.'),
      title: z.string().describe('The headline.'),
      date: isoDate,
      end: isoDate.nullable().describe('The end of a range, if any.'),
      precision: z.enum(['year', 'month', 'day']).describe('How precise the start date is.'),
      approximate: z.boolean().describe('True when the date is only roughly known.'),
      dateLabel: z.string().describe('The date as the site shows it.'),
      dateNote: nullableText('Why the date is uncertain, or how sources disagree.'),
      kind: z.enum(EVENT_KINDS).describe('The kind of event.'),
      summary: z.string().describe('One or two sentences.'),
      body: z.string().describe('The full text, in Markdown.'),
      place: nullableText('Where it happened.'),
      people: z
        .array(z.object({ id: z.string(), name: z.string(), role: z.string(), subject: z.boolean() }))
        .describe('People involved, with their role.'),
      investigations: z
        .array(z.object({ id: z.string(), title: z.string() }))
        .describe('Investigations it belongs to.'),
      citations: z.array(citation).describe('Its sources, each with a verbatim quote.'),
      caveats: z.array(z.string()).describe('Caveats about the sources.'),
    })
    .describe('One event of the timeline.'),
  person: z
    .object({
      id: z.string().describe('The permanent id.'),
      url: z.string().describe('The person’s page.'),
      name: z.string().describe('Full name.'),
      otherNames: z.array(z.string()).describe('Other names and spellings.'),
      roles: z.array(z.enum(PERSON_ROLES)).describe('Roles in the case.'),
      organisation: nullableText('Organisation, where relevant.'),
      position: nullableText('Position or title.'),
      born: isoDate.nullable().describe('Date of birth, where sourced.'),
      died: isoDate.nullable().describe('Date of death, where sourced.'),
      summary: z.string().describe('Who they are in the case.'),
      relations: z.array(z.object({ id: z.string(), name: z.string(), relation: z.string() })).describe('Relations.'),
      citations: z.array(citation).describe('Sources for the profile.'),
      caveats: z.array(z.string()).describe('Caveats about the sources.'),
    })
    .describe('One person named in the case.'),
  investigation: z
    .object({
      id: z.string().describe('The permanent id.'),
      url: z.string().describe('The investigation’s page.'),
      title: z.string().describe('Its name.'),
      kind: z.enum(INVESTIGATION_KINDS).describe('What sort of investigation.'),
      conductedBy: z.string().describe('Who ran it.'),
      start: isoDate.nullable().describe('When it began, where known.'),
      end: isoDate.nullable().describe('When it ended; null while open or unknown.'),
      status: z.enum(INVESTIGATION_STATUSES).describe('Where it stands.'),
      outcome: z.string().describe('What it concluded, or that no outcome is reported.'),
      partOf: z.string().nullable().describe('The id of the investigation this is a stage of.'),
      events: z.array(z.string()).describe('Ids of its events, in order.'),
      citations: z.array(citation).describe('Sources for the summary.'),
      caveats: z.array(z.string()).describe('Caveats about the sources.'),
    })
    .describe('One investigation, trial, inquest, inspection or claim.'),
  source: z
    .object({
      id: z.string().describe('The permanent id.'),
      url: z.string().describe('The source’s page on this site.'),
      title: z.string().describe('Title or headline.'),
      publisher: z.string().describe('Who published it.'),
      author: nullableText('Author, where named.'),
      kind: z.enum(SOURCE_KINDS).describe('What sort of source.'),
      address: nullableText('Where the source (or the copy read) is published.'),
      via: nullableText('For a copy: where the copy is published.'),
      published: isoDate.nullable().describe('Publication date, as precisely as known.'),
      publishedApproximate: z.boolean().describe('True when the publication date is likely but unconfirmed.'),
      publishedNote: nullableText('What is uncertain about the publication date.'),
      archived: nullableText('An archived copy.'),
      citedBy: z.array(z.string()).describe('Ids of the events that cite it.'),
      caveats: z.array(z.string()).describe('Caveats about the source.'),
    })
    .describe('One source the timeline cites.'),
};

export type ExportedEvent = z.output<typeof exportSchemas.event>;

export interface Lookups {
  readonly person: (id: string) => Entry<PersonData>;
  readonly investigation: (id: string) => Entry<InvestigationData>;
  readonly source: (id: string) => Entry<SourceData>;
  /** An absolute address for a site path. */
  readonly absolute: (path: string) => string;
}

const day = (date: PartialDate | undefined) => (date ? toDatetime(date) : null);

function exportCitations(citations: EventData['citations'], lookups: Lookups) {
  return citations.map((c) => {
    const source = lookups.source(c.source.id).data;
    return {
      source: c.source.id,
      sourceTitle: source.title,
      publisher: source.publisher,
      url: source.url ?? null,
      quote: c.quote,
      locator: c.locator ?? null,
      disputes: c.disputes,
      note: c.note ?? null,
    };
  });
}

export function exportEvent(event: Entry<EventData>, lookups: Lookups): ExportedEvent {
  const { data } = event;
  return {
    id: event.id,
    url: lookups.absolute(`events/${event.id}/`),
    title: data.title,
    date: toDatetime(data.date),
    end: day(data.end),
    precision: data.date.precision,
    approximate: data.approximate,
    dateLabel: formatSpan({ start: data.date, end: data.end, approximate: data.approximate }),
    dateNote: data.dateNote ?? null,
    kind: data.kind,
    summary: data.summary,
    body: (event.body ?? '').trim(),
    place: data.place ?? null,
    people: data.people.map((p) => ({
      id: p.person.id,
      name: lookups.person(p.person.id).data.name,
      role: p.role,
      subject: p.subject,
    })),
    investigations: data.investigations.map((i) => ({ id: i.id, title: lookups.investigation(i.id).data.title })),
    citations: exportCitations(data.citations, lookups),
    caveats: data.caveats,
  };
}

export function exportPerson(person: Entry<PersonData>, lookups: Lookups): z.output<typeof exportSchemas.person> {
  const { data } = person;
  return {
    id: person.id,
    url: lookups.absolute(`people/${person.id}/`),
    name: data.name,
    otherNames: data.otherNames,
    roles: data.roles,
    organisation: data.organisation ?? null,
    position: data.position ?? null,
    born: day(data.born),
    died: day(data.died),
    summary: data.summary,
    relations: data.relations.map((r) => ({
      id: r.person.id,
      name: lookups.person(r.person.id).data.name,
      relation: r.relation,
    })),
    citations: exportCitations(data.citations, lookups),
    caveats: data.caveats,
  };
}

export function exportInvestigation(
  investigation: Entry<InvestigationData>,
  events: readonly { id: string }[],
  lookups: Lookups,
): z.output<typeof exportSchemas.investigation> {
  const { data } = investigation;
  return {
    id: investigation.id,
    url: lookups.absolute(`investigations/${investigation.id}/`),
    title: data.title,
    kind: data.kind,
    conductedBy: data.conductedBy,
    start: day(data.start),
    end: day(data.end),
    status: data.status,
    outcome: data.outcome,
    partOf: data.partOf?.id ?? null,
    events: events.map((e) => e.id),
    citations: exportCitations(data.citations, lookups),
    caveats: data.caveats,
  };
}

export function exportSource(
  source: Entry<SourceData>,
  citedBy: readonly { id: string }[],
  lookups: Lookups,
): z.output<typeof exportSchemas.source> {
  const { data } = source;
  return {
    id: source.id,
    url: lookups.absolute(`sources/${source.id}/`),
    title: data.title,
    publisher: data.publisher,
    author: data.author ?? null,
    kind: data.kind,
    address: data.url ?? null,
    via: data.via ?? null,
    published: day(data.published),
    publishedApproximate: data.publishedApproximate,
    publishedNote: data.publishedNote ?? null,
    archived: data.archived ?? null,
    citedBy: citedBy.map((e) => e.id),
    caveats: data.caveats,
  };
}

/** RFC 4180 CSV: every field quoted when it holds a comma, quote or line break. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  const cell = (value: string | number | boolean | null) => {
    // Text that a spreadsheet would run as a formula is neutralised; numbers are left alone.
    const text = value === null ? '' : typeof value === 'string' ? neutraliseCsvCell(value) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function eventsCsv(events: readonly ExportedEvent[]): string {
  return toCsv(
    [
      'id',
      'date',
      'end',
      'precision',
      'approximate',
      'date_label',
      'kind',
      'title',
      'summary',
      'place',
      'people',
      'investigations',
      'citations',
      'url',
    ],
    events.map((e) => [
      e.id,
      e.date,
      e.end,
      e.precision,
      e.approximate,
      e.dateLabel,
      e.kind,
      e.title,
      e.summary,
      e.place,
      e.people.map((p) => p.name).join('; '),
      e.investigations.map((i) => i.title).join('; '),
      e.citations.length,
      e.url,
    ]),
  );
}

export function citationsCsv(events: readonly ExportedEvent[]): string {
  return toCsv(
    [
      'event_id',
      'event_date',
      'event_title',
      'source_id',
      'source_title',
      'publisher',
      'source_url',
      'quote',
      'locator',
      'disputes',
      'note',
    ],
    events.flatMap((e) =>
      e.citations.map((c) => [
        e.id,
        e.date,
        e.title,
        c.source,
        c.sourceTitle,
        c.publisher,
        c.url,
        c.quote,
        c.locator,
        c.disputes,
        c.note,
      ]),
    ),
  );
}
