import { z } from 'astro/zod';
import { DateFormatError, isOrdered, parsePartialDate, type PartialDate } from './dates';
import { isLanguageTag } from './language-tag';
import { addressProblem } from './address';
import { unsupportedLanguage } from '../../i18n';
import { isTimeZone, timeProblem } from './times';
import { DEFAULT_IDS, INVESTIGATION_STATUSES } from './vocabulary';

type CollectionName = 'events' | 'people' | 'investigations' | 'sources';

/** Astro's reference() from astro:content, passed in so the schemas can be tested outside Astro. */
export type ReferenceFn = (collection: CollectionName) => z.ZodType<{ id: string; collection: string }, unknown>;

export /**
 * A date as precise as the sources allow. Front matter is read as YAML 1.2 (content/front-matter.ts),
 * which keeps `2014-06-19` as text and reads `2014` as a number: both are read back as the text the
 * editor wrote. No Date ever reaches it, so none is accepted.
 */
const partialDate = z
  .union([z.string(), z.number().int()])
  .transform((value, ctx): PartialDate => {
    try {
      return parsePartialDate(String(value));
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof DateFormatError ? error.message : String(error) });
      return z.NEVER;
    }
  })
  .describe('A date written YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the sources are.');

export const text = (description: string) => z.string().trim().min(1, 'must not be empty').describe(description);

/**
 * Ids become addresses: lower-case words joined by hyphens, nothing a URL would mangle. Entry ids
 * (file names), the case vocabulary's ids and tag ids all follow it.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const term = (description: string) =>
  z
    .string()
    .regex(ID_PATTERN, 'is not an id: write lowercase words joined by hyphens, such as news-report')
    .describe(description);

const vocabularyTerm = (what: string) =>
  z.strictObject({
    id: term(`The id ${what} give.`),
    label: text('What readers see.'),
  });
const vocabularyList = (what: string, description: string) =>
  z
    .array(vocabularyTerm(what))
    .min(1, 'must list at least one term (leave the list out for the default)')
    .describe(description);

/** site.md `vocabulary:`: the case's own words; a list left out takes the engine's default. */
const vocabularySchema = z
  .strictObject({
    groups: vocabularyList("events' kinds", 'The colour groups of the time chart, in legend order.').optional(),
    eventKinds: z
      .array(
        vocabularyTerm("events' `kind`").extend({
          group: term('The chart colour group: one of vocabulary.groups[].id.'),
          marks: z
            .boolean()
            .optional()
            .describe(
              'True for the one kind a person page lists under its own heading when the person is its subject (a death, in a case about deaths); drawn larger on the chart.',
            ),
        }),
      )
      .min(1, 'must list at least one term (leave the list out for the default)')
      .describe('The kinds of event, in the order the timeline filter lists them.')
      .optional(),
    roles: z
      .array(
        vocabularyTerm("people's `roles`").extend({
          notice: z
            .boolean()
            .optional()
            .describe("True for a role whose people's pages carry the case's content notice (victims, by default)."),
        }),
      )
      .min(1, 'must list at least one term (leave the list out for the default)')
      .describe('The roles people have in the case.')
      .optional(),
    sourceKinds: vocabularyList("sources' `kind`", 'The kinds of source.').optional(),
    investigationKinds: vocabularyList("investigations' `kind`", 'The kinds of investigation.').optional(),
  })
  .describe("The case's own vocabulary; any list left out takes the engine's default.");

/**
 * A public web address: http or https only, so a content file cannot smuggle in a javascript:
 * link; without a user name or password, characters a URL may not hold, or a look-alike host
 * (src/lib/model/address.ts), since it is published in pages, feeds and downloads as written.
 */
export const webAddress = z
  .url({
    protocol: /^https?$/,
    error: 'expected a web address starting with http:// or https://',
  })
  .superRefine((value, context) => {
    const problem = addressProblem(value);
    // A custom issue: the message is all the report says, so a password is never echoed back.
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** Every collection's schema, built around the given reference(). */
export function caseSchemas(reference: ReferenceFn) {
  const citation = z
    .strictObject({
      source: reference('sources').describe('The id of the source (its file name in content/sources/, without .md).'),
      quote: text(
        'A short passage copied word for word from the source that supports this entry (required unless site.md says citations: linked).',
      ).optional(),
      locator: text(
        'Where in the source the quote is, or who is quoted (for example "quoting the coroner").',
      ).optional(),
      disputes: z
        .boolean()
        .default(false)
        .describe('True when this source is cited because it disagrees or is in error; the page shows it as such.'),
      note: text('What the reader should know about this citation (for example a misprint).').optional(),
    })
    .refine((c) => !c.disputes || c.note !== undefined, {
      message: 'a citation that disputes the entry needs a note saying how',
      path: ['note'],
    });

  const citations = z
    .array(citation)
    .min(1, 'at least one citation is needed: every fact on the site shows its source')
    .describe('The sources that state this, each with a verbatim quote (or, in a linked case, a link alone).');

  const caveats = z
    .array(text('One caveat.'))
    .default([])
    .describe('Where sources disagree, are weak, or a fact is uncertain: shown on the page.');

  /**
   * A public record of what the page once said wrongly, as in a newsroom's corrections policy.
   * Only a full day: readers who cited the old wording need to know exactly when it changed.
   */
  const corrections = z
    .array(
      z.strictObject({
        date: partialDate
          .refine((d) => d.precision === 'day', { message: 'a correction is dated to the day: write YYYY-MM-DD' })
          .describe('The day the correction was made: YYYY-MM-DD.'),
        text: text('What the page said that was wrong, and what it says now, in one or two plain sentences.'),
      }),
    )
    .default([])
    .describe('Corrections made to this entry after it was published, each with its date: shown on the page.');

  function endNotBeforeStart(value: {
    date?: PartialDate | undefined;
    start?: PartialDate | undefined;
    end?: PartialDate | undefined;
  }) {
    const start = value.date ?? value.start;
    return !start || !value.end || isOrdered(start, value.end);
  }
  const endMessage = { message: 'the end date is before the start date', path: ['end'] };

  // When open matters were last checked: an open status is only ever true as of a date, and that
  // date is only as precise as the record of the search (a month, or a day).
  const checkedOn = (description: string) =>
    partialDate
      .refine((d) => d.precision !== 'year', {
        message: 'a check is dated to the month or the day: write YYYY-MM or YYYY-MM-DD',
      })
      .optional()
      .describe(description);

  // One id or a list, read as a list: most hints name a single event.
  const eventOrder = (description: string) =>
    z
      .union([reference('events'), z.array(reference('events'))])
      .transform((value) => (Array.isArray(value) ? value : [value]))
      .default([])
      .describe(description);

  const events = z
    .strictObject({
      title: text('A plain headline for the event, in the past tense.'),
      date: partialDate.describe('When it happened (or began): YYYY, YYYY-MM or YYYY-MM-DD.'),
      time: z
        .string()
        .superRefine((value, ctx) => {
          const problem = timeProblem(value);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        })
        .optional()
        .describe('The time of day, "HH:MM" (24-hour), local to site.md timeZone; only with a YYYY-MM-DD date.'),
      displayDate: text(
        'Text readers see instead of the formatted date ("Summer 1963"); the date still orders the event.',
      ).optional(),
      tags: z.array(z.string()).default([]).describe('Tags of this event: ids declared in site.md tags.'),
      image: z
        .strictObject({
          src: text("The picture's path inside the case folder, under images/ (for example images/launch.png)."),
          alt: text('What the picture shows, for readers who cannot see it.'),
          caption: text('A caption shown under the picture.').optional(),
          credit: text('Who made the picture, and its licence.').optional(),
        })
        .optional()
        .describe("A picture kept in the case folder's images/, shown on the event."),
      media: z
        .strictObject({
          url: webAddress.describe('The address of the video, recording or picture elsewhere.'),
          title: text('The link text readers see.'),
          credit: text('Who made or published it.').optional(),
        })
        .optional()
        .describe('Remote media: shown as a link only, never loaded by the site.'),
      end: partialDate.optional().describe('When it ended, for events that lasted (a trial, an inquest).'),
      approximate: z
        .boolean()
        .default(false)
        .describe('True when the sources give the date only roughly: shown as "c.".'),
      dateNote: text('Why the date is uncertain, or how the sources disagree on it.').optional(),
      scheduled: z
        .boolean()
        .default(false)
        .describe(
          'True for an event announced for a date after the build (a listed hearing): only then may its date be in the future.',
        ),
      kind: term(
        `What sort of event: an id of site.md vocabulary.eventKinds (by default ${DEFAULT_IDS.eventKinds.join(', ')}).`,
      ),
      summary: text('One or two sentences shown on the timeline. Say no more than the sources do.'),
      place: text('Where it happened, as the sources name it.').optional(),
      people: z
        .array(
          z.strictObject({
            person: reference('people').describe('The id of a person (file name in content/people/).'),
            role: text('Their part in this event, e.g. "victim", "spoke for the families".'),
            subject: z
              .boolean()
              .default(false)
              .describe(
                'True when the event is about this person rather than something they did (e.g. after their death).',
              ),
          }),
        )
        .default([])
        .describe('The people involved, each with their role in this event.'),
      investigations: z
        .array(reference('investigations'))
        .default([])
        .describe('The ids of the investigations, trials or inquests this event belongs to.'),
      after: eventOrder(
        'The id (or a list of ids) of events this one came after, when the dates alone cannot say so (same day, or a month- or year-only date): the timeline places it after them.',
      ),
      before: eventOrder(
        'The id (or a list of ids) of events this one came before, when the dates alone cannot say so.',
      ),
      citations,
      caveats,
      corrections,
    })
    .refine(endNotBeforeStart, endMessage)
    .refine((e) => e.time === undefined || e.date.precision === 'day', {
      message: 'a time of day needs a day-precise date: write the date as YYYY-MM-DD, or leave the time out',
      path: ['time'],
    });

  const people = z.strictObject({
    name: text('Full name as the sources give it.'),
    otherNames: z.array(text('Another name.')).default([]).describe('Other names or spellings readers may search for.'),
    roles: z
      .array(term('A role: an id of site.md vocabulary.roles.'))
      .min(1)
      .describe(
        `Their roles in the case: ids of site.md vocabulary.roles (by default ${DEFAULT_IDS.roles.join(', ')}).`,
      ),
    organisation: text('The organisation they acted for, where relevant.').optional(),
    position: text('Their position or title, as the sources give it.').optional(),
    born: partialDate.optional().describe('Date of birth, only where a source states it.'),
    died: partialDate.optional().describe('Date of death, only where a source states it.'),
    age: z
      .strictObject({
        years: z.number().int().min(0).max(130).describe('Age in years, as a source states it.'),
        at: partialDate.describe('The date the age refers to.'),
      })
      .optional()
      .describe('Age where a source states it, with the date it refers to.'),
    relations: z
      .array(
        z.strictObject({
          person: reference('people').describe('The id of the related person.'),
          relation: text('How they are related, read as "<this person> is <relation> <other>", e.g. "sister of".'),
        }),
      )
      .default([])
      .describe('Family and other relations to people on the site.'),
    summary: text('Who they are in this case, as the sources describe them.'),
    findings: z
      .array(
        z.strictObject({
          investigation: reference('investigations').describe('The inquest or investigation that found it.'),
          finding: text('What it found for this person, in the words of the sources.'),
          citations,
        }),
      )
      .default([])
      .describe('What inquests or investigations found about this person specifically.'),
    citations,
    caveats,
    corrections,
  });

  const investigations = z
    .strictObject({
      title: text('The investigation, trial, inquest, inspection or claim, as readers would name it.'),
      kind: term(
        `What sort: an id of site.md vocabulary.investigationKinds (by default ${DEFAULT_IDS.investigationKinds.join(', ')}).`,
      ),
      conductedBy: text('The body that ran it (a police force, a court, a watchdog).'),
      leads: z
        .array(z.strictObject({ person: reference('people'), role: text('Their role in it.') }))
        .default([])
        .describe('Named people who led or decided it.'),
      start: partialDate.optional().describe('When it began, where a source says so.'),
      end: partialDate.optional().describe('When it ended; leave out while it is still running.'),
      datesNote: text('What is uncertain about the start or end.').optional(),
      status: z.enum(INVESTIGATION_STATUSES).describe(`Where it stands: ${INVESTIGATION_STATUSES.join(', ')}.`),
      statusCheckedOn: checkedOn(
        'When its status was last checked against published reports (YYYY-MM-DD, or YYYY-MM if only the month is recorded), when it differs from site.md statusCheckedOn: an open investigation reads "No outcome reported as of" this date.',
      ),
      outcome: text('What it concluded, or that no outcome is reported yet.'),
      partOf: reference('investigations').optional().describe('The larger investigation this is a stage of.'),
      summary: text('One or two sentences for lists.'),
      citations,
      caveats,
      corrections,
    })
    .refine(endNotBeforeStart, endMessage)
    .refine((v) => v.start !== undefined || v.datesNote !== undefined, {
      message: 'with no start date, a datesNote must say why',
      path: ['datesNote'],
    })
    .refine((v) => v.status === 'open' || v.end !== undefined || v.datesNote !== undefined, {
      message: 'a finished investigation with no end date needs a datesNote saying why',
      path: ['datesNote'],
    });

  const sources = z
    .strictObject({
      title: text('The headline or title, as published.'),
      publisher: text('The outlet or body that published it.'),
      author: text('The author, where the source names one.').optional(),
      kind: term(
        `What sort of source: an id of site.md vocabulary.sourceKinds (by default ${DEFAULT_IDS.sourceKinds.join(', ')}).`,
      ),
      url: webAddress.optional().describe('The address of the source (or of the copy that was read).'),
      via: text('For a copy: where the copy that was read is published.').optional(),
      published: partialDate.optional().describe('When it was published, as precisely as known.'),
      publishedApproximate: z
        .boolean()
        .default(false)
        .describe('True when the publication date is likely but not confirmed.'),
      publishedNote: text('What is uncertain about the publication date.').optional(),
      archived: webAddress.optional().describe('The address of an archived copy.'),
      accessed: partialDate.optional().describe('When the source was read for this site.'),
      caveats,
      corrections,
    })
    .refine((s) => s.url !== undefined || s.caveats.length > 0, {
      message: 'a source with no url needs a caveat saying why the address is missing',
      path: ['url'],
    })
    .refine((s) => (s.published !== undefined && !s.publishedApproximate) || s.publishedNote !== undefined, {
      message: 'an unknown or approximate publication date needs a publishedNote',
      path: ['publishedNote'],
    })
    .refine((s) => s.kind !== 'copy' || s.via !== undefined, {
      message: 'a copy of another outlet’s report needs "via": where the copy is published',
      path: ['via'],
    });

  const site = z.strictObject({
    title: text('The site title, shown in the header and the browser tab.'),
    description: text('One sentence describing the site, for search engines and link previews.'),
    lang: text('The language of the content, as a BCP 47 tag (e.g. en-GB).')
      .refine(isLanguageTag, { message: 'is not a language tag: write a BCP 47 tag such as en, en-GB or ar' })
      .superRefine((lang, ctx) => {
        const unsupported = isLanguageTag(lang) ? unsupportedLanguage(lang) : undefined;
        if (unsupported) ctx.addIssue({ code: 'custom', message: unsupported });
      })
      .default('en'),
    vocabulary: vocabularySchema.optional(),
    timelineHeading: text(
      'The heading over the timeline on the home page, read by screen readers (it is visually hidden). Left out: the dictionary’s word for the timeline.',
    ).optional(),
    timeZone: text(
      "The IANA time zone of the events' times of day (e.g. Europe/London); required once an event has a time.",
    )
      .superRefine((zone, ctx) => {
        if (!isTimeZone(zone)) {
          ctx.addIssue({
            code: 'custom',
            message: `"${zone}" is not a time zone: write an IANA name such as Europe/London, America/Chicago or UTC`,
          });
        }
      })
      .optional(),
    citations: z
      .enum(['quoted', 'linked'])
      .default('quoted')
      .describe('quoted: every citation carries a verbatim quote; linked: a citation may be a source and no quote.'),
    tags: z
      .array(
        z.strictObject({
          id: text("The tag's id, a lowercase slug used in events and addresses.").regex(
            ID_PATTERN,
            'is not a tag id: use lower-case letters, digits and single hyphens',
          ),
          label: text('What readers see.'),
        }),
      )
      .default([])
      .refine((tags) => new Set(tags.map((t) => t.id)).size === tags.length, {
        message: 'declares the same tag id twice',
      })
      .describe('The tags events may use.'),
    contentNotice: text(
      'A short notice shown at the top of the home page and of victim pages; leave it out where none is needed.',
    ).optional(),
    openQuestions: z.array(text('One open question.')).default([]).describe('What the sources do not yet answer.'),
    statusCheckedOn: checkedOn(
      'When the open matters (open investigations) were last checked against published reports (YYYY-MM-DD, or YYYY-MM if only the month is recorded): they read "No outcome reported as of" this date. An investigation may give its own statusCheckedOn.',
    ),
    publicBodies: z
      .array(text('An organisation name, exactly as people’s "organisation" gives it.'))
      .default([])
      .describe('Organisations that are public bodies (police forces, watchdogs), for the FollowTheMoney export.'),
    previews: z
      .boolean()
      .optional()
      .describe(
        'Draw a link-preview image for every page (true) or for none (false). Left out: drawn for cases of up to 5,000 events.',
      ),
    editor: z
      .boolean()
      .default(true)
      .describe('Serve the browser editor at /admin/ (true, the default); false leaves it out of the built site.'),
    listPageSize: z
      .number()
      .int('is not a whole number')
      .min(1, 'must be at least 1')
      .optional()
      .describe(
        'How many entries each page of the sources, people, investigations and tag lists holds before the list goes on at /sources/2/. Left out: 500.',
      ),
    // The home page is written here: its corrections are listed like any entry's.
    corrections,
  });

  const pages = z.strictObject({
    title: text('The page title.'),
    description: text('One sentence for search engines and link previews.'),
    corrections,
  });
  return { events, people, investigations, sources, site, pages };
}
