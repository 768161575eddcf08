import { toDatetime, type PartialDate } from '../model/dates';
import type { ExportedEvent, ExportedInvestigation, ExportedPerson, ExportedSource } from './export';
import type { CitationRecord, EventRecord, InvestigationRecord, PersonRecord, SourceRecord } from '../model/resolve';

/**
 * The resolved records as the downloads publish them (shapes in `export.ts`). Nothing is looked
 * up or re-derived here: names, dates and labels come from the records.
 */

/** An absolute address for a record's site-relative href. */
export type Absolute = (href: string) => string;

const day = (date: PartialDate | undefined) => (date ? toDatetime(date) : null);

/** Oldest first; corrections of one day in the order the editor wrote them (the sort is stable). */
const corrections = (record: { corrections: readonly { date: PartialDate; text: string }[] }) =>
  record.corrections
    .map((c) => ({ date: toDatetime(c.date), text: c.text }))
    .sort((x, y) => x.date.localeCompare(y.date));

function exportCitations(citations: readonly CitationRecord[]): ExportedEvent['citations'] {
  return citations.map((c) => ({
    source: c.source.id,
    sourceTitle: c.source.title,
    publisher: c.source.publisher,
    url: c.source.url ?? null,
    archived: c.source.archived ?? null,
    accessed: day(c.source.accessed),
    level: c.quote === undefined ? 'linked' : 'quoted',
    quote: c.quote ?? null,
    locator: c.locator ?? null,
    disputes: c.disputes,
    note: c.note ?? null,
  }));
}

export function exportEvent(event: EventRecord, absolute: Absolute): ExportedEvent {
  return {
    id: event.id,
    url: absolute(event.href),
    title: event.title,
    date: toDatetime(event.date),
    end: day(event.end),
    precision: event.date.precision,
    approximate: event.approximate,
    dateLabel: event.dateLabel,
    time: event.time ?? null,
    datetime: event.datetime,
    displayDate: event.displayDate ?? null,
    tags: event.tags.map((t) => ({ id: t.id, label: t.label })),
    dateNote: event.dateNote ?? null,
    kind: event.kind,
    summary: event.summary,
    body: event.body,
    place: event.place ?? null,
    people: event.people.map((p) => ({ id: p.person.id, name: p.person.label, role: p.role, subject: p.subject })),
    investigations: event.investigations.map((i) => ({ id: i.id, title: i.label })),
    citations: exportCitations(event.citations),
    caveats: [...event.caveats],
    corrections: corrections(event),
  };
}

export function exportPerson(person: PersonRecord, absolute: Absolute): ExportedPerson {
  return {
    id: person.id,
    url: absolute(person.href),
    name: person.name,
    otherNames: [...person.otherNames],
    roles: [...person.roles],
    organisation: person.organisation ?? null,
    position: person.position ?? null,
    born: day(person.born),
    died: day(person.died),
    summary: person.summary,
    relations: person.relations.map((r) => ({ id: r.person.id, name: r.person.label, relation: r.relation })),
    citations: exportCitations(person.citations),
    caveats: [...person.caveats],
    corrections: corrections(person),
  };
}

export function exportInvestigation(investigation: InvestigationRecord, absolute: Absolute): ExportedInvestigation {
  return {
    id: investigation.id,
    url: absolute(investigation.href),
    title: investigation.title,
    kind: investigation.kind,
    conductedBy: investigation.conductedBy,
    start: day(investigation.start),
    end: day(investigation.end),
    status: investigation.status,
    outcome: investigation.outcome,
    partOf: investigation.partOf?.id ?? null,
    events: investigation.events.map((e) => e.id),
    citations: exportCitations(investigation.citations),
    caveats: [...investigation.caveats],
    corrections: corrections(investigation),
  };
}

export function exportSource(source: SourceRecord, absolute: Absolute): ExportedSource {
  return {
    id: source.id,
    url: absolute(source.href),
    title: source.title,
    publisher: source.publisher,
    author: source.author ?? null,
    kind: source.kind,
    address: source.url ?? null,
    via: source.via ?? null,
    published: day(source.published),
    publishedApproximate: source.publishedApproximate,
    publishedNote: source.publishedNote ?? null,
    archived: source.archived ?? null,
    accessed: day(source.accessed),
    citedBy: source.citedBy.map((c) => ({
      kind: c.kind,
      id: c.id,
      url: absolute(c.href),
      finding: c.finding ?? null,
    })),
    caveats: [...source.caveats],
    corrections: corrections(source),
  };
}
