import { z } from 'astro/zod';
import { DATE_PATTERN } from '../model/dates';
import { doc } from './export-docs';
import { INVESTIGATION_STATUSES } from '../model/vocabulary';

/**
 * The open-data downloads' shapes: the content with every reference resolved, one documented
 * schema per collection. The JSON Schemas on /data/ are generated from these, so the files and
 * their documentation cannot drift apart. Their descriptions are the dictionary's (`doc()`), said
 * in the case's language (export-docs.ts). The records are mapped in `export-records.ts`, the CSV
 * tables in `csv.ts`.
 */
const isoDate = z.string().regex(DATE_PATTERN).describe(doc('date'));
const nullableText = (description: string) => z.string().nullable().describe(description);

/** Public corrections, oldest first as the editor wrote them (see src/lib/model/corrections.ts). */
const corrections = z
  .array(
    z.object({
      date: isoDate.describe(doc('correction.date')),
      text: z.string().describe(doc('correction.text')),
    }),
  )
  .describe(doc('corrections'));

const citation = z
  .object({
    source: z.string().describe(doc('citation.source')),
    sourceTitle: z.string().describe(doc('citation.sourceTitle')),
    publisher: z.string().describe(doc('citation.publisher')),
    url: nullableText(doc('citation.url')),
    archived: nullableText(doc('citation.archived')),
    accessed: isoDate.nullable().describe(doc('accessed')),
    level: z.enum(['quoted', 'linked']).describe(doc('citation.level')),
    quote: z.string().nullable().describe(doc('citation.quote')),
    locator: nullableText(doc('citation.locator')),
    disputes: z.boolean().describe(doc('citation.disputes')),
    note: nullableText(doc('citation.note')),
  })
  .describe(doc('citation'));

export const exportSchemas = {
  event: z
    .object({
      id: z.string().describe(doc('event.id')),
      url: z.string().describe(doc('event.url')),
      title: z.string().describe(doc('event.title')),
      date: isoDate,
      end: isoDate.nullable().describe(doc('event.end')),
      precision: z.enum(['year', 'month', 'day']).describe(doc('event.precision')),
      approximate: z.boolean().describe(doc('event.approximate')),
      dateLabel: z.string().describe(doc('event.dateLabel')),
      time: z.string().nullable().describe(doc('event.time')),
      datetime: z.string().describe(doc('event.datetime')),
      displayDate: nullableText(doc('event.displayDate')),
      tags: z.array(z.object({ id: z.string(), label: z.string() })).describe(doc('event.tags')),
      dateNote: nullableText(doc('event.dateNote')),
      kind: z.string().describe(doc('event.kind')),
      summary: z.string().describe(doc('event.summary')),
      body: z.string().describe(doc('event.body')),
      place: nullableText(doc('event.place')),
      people: z
        .array(z.object({ id: z.string(), name: z.string(), role: z.string(), subject: z.boolean() }))
        .describe(doc('event.people')),
      investigations: z.array(z.object({ id: z.string(), title: z.string() })).describe(doc('event.investigations')),
      citations: z.array(citation).describe(doc('event.citations')),
      caveats: z.array(z.string()).describe(doc('caveats')),
      corrections,
    })
    .describe(doc('event')),
  person: z
    .object({
      id: z.string().describe(doc('id')),
      url: z.string().describe(doc('person.url')),
      name: z.string().describe(doc('person.name')),
      otherNames: z.array(z.string()).describe(doc('person.otherNames')),
      roles: z.array(z.string()).describe(doc('person.roles')),
      organisation: nullableText(doc('person.organisation')),
      position: nullableText(doc('person.position')),
      born: isoDate.nullable().describe(doc('person.born')),
      died: isoDate.nullable().describe(doc('person.died')),
      summary: z.string().describe(doc('person.summary')),
      relations: z
        .array(z.object({ id: z.string(), name: z.string(), relation: z.string() }))
        .describe(doc('person.relations')),
      citations: z.array(citation).describe(doc('person.citations')),
      caveats: z.array(z.string()).describe(doc('caveats')),
      corrections,
    })
    .describe(doc('person')),
  investigation: z
    .object({
      id: z.string().describe(doc('id')),
      url: z.string().describe(doc('investigation.url')),
      title: z.string().describe(doc('investigation.title')),
      kind: z.string().describe(doc('investigation.kind')),
      conductedBy: z.string().describe(doc('investigation.conductedBy')),
      start: isoDate.nullable().describe(doc('investigation.start')),
      end: isoDate.nullable().describe(doc('investigation.end')),
      status: z.enum(INVESTIGATION_STATUSES).describe(doc('investigation.status')),
      outcome: z.string().describe(doc('investigation.outcome')),
      partOf: z.string().nullable().describe(doc('investigation.partOf')),
      events: z.array(z.string()).describe(doc('investigation.events')),
      citations: z.array(citation).describe(doc('investigation.citations')),
      caveats: z.array(z.string()).describe(doc('caveats')),
      corrections,
    })
    .describe(doc('investigation')),
  source: z
    .object({
      id: z.string().describe(doc('id')),
      url: z.string().describe(doc('source.url')),
      title: z.string().describe(doc('source.title')),
      publisher: z.string().describe(doc('source.publisher')),
      author: nullableText(doc('source.author')),
      kind: z.string().describe(doc('source.kind')),
      address: nullableText(doc('source.address')),
      via: nullableText(doc('source.via')),
      published: isoDate.nullable().describe(doc('source.published')),
      publishedApproximate: z.boolean().describe(doc('source.publishedApproximate')),
      publishedNote: nullableText(doc('source.publishedNote')),
      archived: nullableText(doc('source.archived')),
      accessed: isoDate.nullable().describe(doc('accessed')),
      citedBy: z
        .array(
          z.object({
            kind: z.enum(['event', 'person', 'investigation']).describe(doc('citedBy.kind')),
            id: z.string().describe(doc('citedBy.id')),
            url: z.string().describe(doc('citedBy.url')),
            finding: nullableText(doc('citedBy.finding')),
          }),
        )
        .describe(doc('source.citedBy')),
      caveats: z.array(z.string()).describe(doc('source.caveats')),
      corrections,
    })
    .describe(doc('source')),
};

export type ExportedEvent = z.output<typeof exportSchemas.event>;
export type ExportedPerson = z.output<typeof exportSchemas.person>;
export type ExportedInvestigation = z.output<typeof exportSchemas.investigation>;
export type ExportedSource = z.output<typeof exportSchemas.source>;
