import { z } from 'astro/zod';
import { DATE_PATTERN } from './dates';
import type { caseSchemas } from './schemas';
import { INVESTIGATION_STATUSES } from './vocabulary';

/**
 * The open-data downloads' shapes: the content with every reference resolved, one documented
 * schema per collection. The JSON Schemas on /data/ are generated from these, so the files and
 * their documentation cannot drift apart. The records are mapped in `export-records.ts`, the
 * CSV tables in `csv.ts`.
 */
type Schemas = ReturnType<typeof caseSchemas>;
export type EventData = z.output<Schemas['events']>;
export type PersonData = z.output<Schemas['people']>;
export type InvestigationData = z.output<Schemas['investigations']>;
export type SourceData = z.output<Schemas['sources']>;

const isoDate = z
  .string()
  .regex(DATE_PATTERN)
  .describe('A date as precise as the sources: YYYY, YYYY-MM or YYYY-MM-DD.');
const nullableText = (description: string) => z.string().nullable().describe(description);

/** Public corrections, oldest first as the editor wrote them (see src/lib/corrections.ts). */
const corrections = z
  .array(
    z.object({
      date: isoDate.describe('The day the correction was made: YYYY-MM-DD.'),
      text: z.string().describe('What was wrong, and what the entry says now.'),
    }),
  )
  .describe('Corrections made after publication, each with its date.');

const citation = z
  .object({
    source: z.string().describe('The source’s id.'),
    sourceTitle: z.string().describe('The source’s title.'),
    publisher: z.string().describe('Who published the source.'),
    url: nullableText('The source’s address, when known.'),
    archived: nullableText('The address of an archived snapshot of the source, when one is recorded.'),
    accessed: isoDate.nullable().describe('When the editors read the source.'),
    level: z
      .enum(['quoted', 'linked'])
      .describe('quoted: the citation carries a verbatim passage; linked: a link to the source, not quoted.'),
    quote: z.string().nullable().describe('The passage quoted word for word; null for a linked citation.'),
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
      dateLabel: z.string().describe('The date as the site shows it (its displayDate when it has one).'),
      time: z
        .string()
        .nullable()
        .describe('The time of day, HH:MM (24-hour), local to the case’s time zone; null when not known.'),
      datetime: z
        .string()
        .describe('The date, or with a time the local date-time and its UTC offset (1969-07-20T20:17-05:00).'),
      displayDate: nullableText('How the site writes the date instead of formatting it ("Summer 1963").'),
      tags: z.array(z.object({ id: z.string(), label: z.string() })).describe('Its tags, as site.md declares them.'),
      dateNote: nullableText('Why the date is uncertain, or how sources disagree.'),
      kind: z.string().describe('The kind of event: an id of the case’s vocabulary.'),
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
      corrections,
    })
    .describe('One event of the timeline.'),
  person: z
    .object({
      id: z.string().describe('The permanent id.'),
      url: z.string().describe('The person’s page.'),
      name: z.string().describe('Full name.'),
      otherNames: z.array(z.string()).describe('Other names and spellings.'),
      roles: z.array(z.string()).describe('Roles in the case: ids of the case’s vocabulary.'),
      organisation: nullableText('Organisation, where relevant.'),
      position: nullableText('Position or title.'),
      born: isoDate.nullable().describe('Date of birth, where sourced.'),
      died: isoDate.nullable().describe('Date of death, where sourced.'),
      summary: z.string().describe('Who they are in the case.'),
      relations: z.array(z.object({ id: z.string(), name: z.string(), relation: z.string() })).describe('Relations.'),
      citations: z.array(citation).describe('Sources for the profile.'),
      caveats: z.array(z.string()).describe('Caveats about the sources.'),
      corrections,
    })
    .describe('One person named in the case.'),
  investigation: z
    .object({
      id: z.string().describe('The permanent id.'),
      url: z.string().describe('The investigation’s page.'),
      title: z.string().describe('Its name.'),
      kind: z.string().describe('What sort of investigation: an id of the case’s vocabulary.'),
      conductedBy: z.string().describe('Who ran it.'),
      start: isoDate.nullable().describe('When it began, where known.'),
      end: isoDate.nullable().describe('When it ended; null while open or unknown.'),
      status: z.enum(INVESTIGATION_STATUSES).describe('Where it stands.'),
      outcome: z.string().describe('What it concluded, or that no outcome is reported.'),
      partOf: z.string().nullable().describe('The id of the investigation this is a stage of.'),
      events: z.array(z.string()).describe('Ids of its events, in order.'),
      citations: z.array(citation).describe('Sources for the summary.'),
      caveats: z.array(z.string()).describe('Caveats about the sources.'),
      corrections,
    })
    .describe('One investigation, trial, inquest, inspection or claim.'),
  source: z
    .object({
      id: z.string().describe('The permanent id.'),
      url: z.string().describe('The source’s page on this site.'),
      title: z.string().describe('Title or headline.'),
      publisher: z.string().describe('Who published it.'),
      author: nullableText('Author, where named.'),
      kind: z.string().describe('What sort of source: an id of the case’s vocabulary.'),
      address: nullableText('Where the source (or the copy read) is published.'),
      via: nullableText('For a copy: where the copy is published.'),
      published: isoDate.nullable().describe('Publication date, as precisely as known.'),
      publishedApproximate: z.boolean().describe('True when the publication date is likely but unconfirmed.'),
      publishedNote: nullableText('What is uncertain about the publication date.'),
      archived: nullableText('An archived copy.'),
      accessed: isoDate.nullable().describe('When the editors read the source.'),
      citedBy: z
        .array(
          z.object({
            kind: z.enum(['event', 'person', 'investigation']).describe('What sort of entry cites it.'),
            id: z.string().describe('The citing entry’s id.'),
            url: z.string().describe('The citing entry’s page.'),
            finding: nullableText('For a person’s finding: the investigation that found it.'),
          }),
        )
        .describe('Every entry that cites it: events, people (their profile or a finding) and investigations.'),
      caveats: z.array(z.string()).describe('Caveats about the source.'),
      corrections,
    })
    .describe('One source the timeline cites.'),
};

export type ExportedEvent = z.output<typeof exportSchemas.event>;
export type ExportedPerson = z.output<typeof exportSchemas.person>;
export type ExportedInvestigation = z.output<typeof exportSchemas.investigation>;
export type ExportedSource = z.output<typeof exportSchemas.source>;
