import { stringify } from 'yaml';
import { judgeBody } from '../content/html-safety';
import { MAX_SHORT_FIELD } from '../content/limits';
import { PLACEHOLDER } from '../content/placeholders';
import { DEFAULT_IDS } from '../model/vocabulary';
import { endFollows, mapDate, type DateParts, type MappedDate } from './dates';
import type { Draft, DraftEvent, InputProblem } from './draft';
import { Findings, type Finding } from './findings';
import { htmlToMarkdown } from './html';
import { IdAllocator, slugify, wantedEventId } from './ids';
import { mapMedia, type LocalFile, type PictureCopy } from './media';

/** What the editor said at import time, so that it need not be a placeholder. */
export interface ImportOptions {
  /** The language of the text, a BCP 47 tag (`--lang`). */
  readonly lang?: string;
  /** The IANA time zone the input's times are in (`--time-zone`). */
  readonly timeZone?: string;
  /** The site's title (`--title`): a spreadsheet has none, and it replaces a TimelineJS title slide's. */
  readonly title?: string;
  /**
   * The absolute path of a picture the input names, when it is a picture inside the input's
   * folder; why it was refused (outside the folder, not the picture its name says, past a
   * limit); or undefined when there is no such file.
   */
  readonly localFile: LocalFile;
}

/** One file of the case: its path inside the case folder and its front matter and body. */
export interface CaseFile {
  readonly path: string;
  readonly data: Record<string, unknown>;
  readonly body: string;
}

export interface ImportedCase {
  /** The Markdown files of the case, in path order. */
  readonly files: readonly CaseFile[];
  /** Pictures to copy into the case: from the input's folder to `images/`, with the path the input gave. */
  readonly copies: readonly PictureCopy[];
  readonly findings: readonly Finding[];
  readonly counts: ImportCounts;
}

export interface ImportCounts {
  readonly inputEvents: number;
  readonly events: number;
  readonly people: number;
  readonly sources: number;
  readonly tags: number;
  readonly images: number;
}

export type BuildResult =
  { readonly ok: true; readonly value: ImportedCase } | { readonly ok: false; readonly problems: InputProblem[] };

/** The source every event without one cites until an editor names the real one. */
export const PLACEHOLDER_SOURCE = 'source-to-find';

const fill = (text: string) => `${PLACEHOLDER} ${text}`;
const QUOTE = fill('copy a short passage word for word from the source that states this');
const kindsOf = (list: readonly string[], what: string) =>
  fill(`${what}: one of ${list.join(', ')}, or one the case declares in site.md "vocabulary"`);

/** Which date parts hold anything: an end date with every part empty is no end date. */
const hasParts = (parts: DateParts | undefined) =>
  parts !== undefined &&
  [parts.year, parts.month, parts.day, parts.hour, parts.minute].some(
    (part) => (typeof part === 'string' && part.trim() !== '') || typeof part === 'number',
  );

/** Front matter and body as a Markdown file; YAML 1.2 as the engine reads it, quoted where needed. */
export function renderFile({ data, body }: CaseFile): string {
  const front = stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN' });
  return `---\n${front}---\n${body ? `\n${body}\n` : ''}`;
}

/** The case being assembled from a draft: ids, tags, sources and people shared across events. */
class CaseBuilder {
  readonly findings = new Findings();
  readonly problems: InputProblem[] = [];
  readonly events: CaseFile[] = [];
  readonly copies: PictureCopy[] = [];
  readonly #eventIds = new IdAllocator();
  readonly #personIds = new IdAllocator();
  readonly #sourceIds = new IdAllocator();
  readonly tags = new Map<string, string>();
  readonly people = new Map<string, CaseFile>();
  readonly sources = new Map<string, CaseFile>();
  placeholderSource = false;
  linked = false;
  timed = false;

  constructor(readonly options: ImportOptions) {}

  date(parts: DateParts, where: string, event: DraftEvent): MappedDate | 'bce' | undefined {
    const result = mapDate(parts);
    if (result.ok) return result.value;
    if (result.refusal.kind === 'invalid') {
      this.problems.push({ where, message: result.refusal.message });
      return undefined;
    }
    const headline = htmlToMarkdown(event.headline).plain;
    this.findings.add(
      'skipped',
      'Dates before the common era: not imported. BCE dates are not supported: write the nearest supported date (0001) with a displayDate, or leave the event out',
      `${event.origin} "${headline}" (year ${String(parts.year)}): ${result.refusal.message}`,
    );
    return 'bce';
  }

  add(event: DraftEvent): void {
    const start = this.date(event.start, `${event.origin}: start date`, event);
    const end = hasParts(event.end) && event.end ? this.date(event.end, `${event.origin}: end date`, event) : undefined;
    if (start === undefined || start === 'bce' || end === 'bce') return;
    const headline = event.textFormat === 'html' ? htmlToMarkdown(event.headline) : undefined;
    const title = headline ? headline.plain : event.headline.replace(/\s+/g, ' ').trim();
    const wanted = wantedEventId(start.date, title || 'event', event.uniqueId);
    const id = this.#eventIds.take(wanted, `${start.date}-event`);
    const file = `events/${id}.md`;
    const note = (section: Finding['section'], topic: string) => this.findings.add(section, topic, file);
    if (event.uniqueId) {
      note('decision', 'Ids taken from the input’s unique_id (or id column)');
      if (id !== event.uniqueId)
        note('changed', 'Ids changed to fit the engine’s pattern (lower-case words and hyphens, never twice the same)');
    } else {
      note('decision', 'Ids made from the date and the headline (the input gives none)');
      if (id !== slugify(wanted)) note('changed', 'Ids given a number: another event has the same date and headline');
    }
    if (start.date.length >= 4 && /^0/.test(start.date))
      note('decision', 'Years before 1000 written with four digits in the file (0602); readers see 602');
    if (headline && !headline.simple && headline.plain)
      note('changed', 'Formatting left out of headlines (titles are plain text)');
    for (const dropped of headline?.dropped ?? [])
      this.findings.add('changed', 'HTML the site refuses, taken out of headlines', `${file}: ${dropped}`);
    for (const n of [...start.notes, ...(end?.notes ?? [])]) note('changed', `Dates: ${n}`);
    if (end?.time) note('changed', 'Dates: end time left out: the engine keeps one time, the start’s');
    let endDate = end?.date;
    if (endDate && !endFollows(start.date, endDate)) {
      note('changed', 'Dates: end date left out: it is before the start date');
      endDate = undefined;
    } else if (endDate === start.date) {
      note('changed', 'Dates: end date left out: the same as the start date');
      endDate = undefined;
    }
    if (start.time) this.timed = true;

    const { summary, body } = this.text(event, file);
    const data: Record<string, unknown> = {
      title: title || fill('a plain headline for the event, in the past tense'),
      date: start.date,
      ...(endDate ? { end: endDate } : {}),
      ...(start.time ? { time: start.time } : {}),
      ...(start.displayDate ? { displayDate: start.displayDate } : {}),
      kind: event.kind ?? kindsOf(DEFAULT_IDS.eventKinds, 'what sort of event'),
      summary,
      ...(event.place ? { place: event.place } : {}),
    };
    if (!title) note('changed', 'Headlines missing: a placeholder is written');
    if (title.length > MAX_SHORT_FIELD)
      note('fix', `Headlines longer than ${String(MAX_SHORT_FIELD)} characters: shorten them (the build refuses them)`);
    // The row's citation is made first: the people it names cite the same source.
    const citation = this.citation(event, file);
    const people = event.people.map((name) => ({
      person: this.person(name, citation['source']),
      role: fill('their part in this event'),
    }));
    if (people.length > 0) data['people'] = people;
    const tags = event.tags.map((label) => this.tag(label, file));
    if (tags.length > 0) data['tags'] = tags;
    const media = mapMedia(event.media, id, this.options.localFile);
    for (const n of media.notes) note(n.startsWith('media link text') ? 'decision' : 'changed', `Media: ${n}`);
    if (media.media) {
      data['media'] = media.media;
      note('decision', 'Media given as web addresses become links (media:): the site loads nothing from another site');
    }
    if (media.image && media.copy) {
      data['image'] = media.image;
      this.copies.push(media.copy);
      note('decision', 'Media files found beside the input are copied into images/ (image:)');
    }
    if (event.background) note('changed', 'Slide backgrounds left out: the site has no place for them');
    data['citations'] = [citation];
    this.events.push({ path: file, data, body });
  }

  /** Summary and body from the text, without inventing either. */
  text(event: DraftEvent, file: string): { summary: string; body: string } {
    const note = (section: Finding['section'], topic: string) => this.findings.add(section, topic, file);
    let body = event.text.trim();
    let plain = body.replace(/\s+/g, ' ');
    let simple = !/[*_[\]`#<>]|\n\s*\n/.test(body);
    if (event.textFormat === 'html' || /<[a-z!/]/i.test(body)) {
      const converted = htmlToMarkdown(body);
      for (const dropped of converted.dropped)
        this.findings.add('changed', 'HTML the site refuses, taken out of the text', `${file}: ${dropped}`);
      ({ markdown: body, plain, simple } = converted);
    }
    for (const finding of judgeBody(body))
      this.findings.add('fix', 'The build will refuse this text', `${file}: ${finding.message}`);
    if (event.summary) return { summary: event.summary.replace(/\s+/g, ' '), body };
    if (!plain) {
      note('changed', 'Events with no text: the summary is a placeholder');
      return { summary: fill('one or two sentences for the timeline, no more than the sources say'), body: '' };
    }
    if (simple && plain.length <= 1000) {
      note('decision', 'Short plain text becomes the summary (shown on the timeline)');
      return { summary: plain, body: '' };
    }
    note('decision', 'Longer or formatted text becomes the body; the summary is a placeholder');
    return { summary: fill('one or two sentences for the timeline (the imported text is the body below)'), body };
  }

  tag(label: string, file: string): string {
    const id = slugify(label) || 'tag';
    const known = this.tags.get(id);
    if (known === undefined) this.tags.set(id, label);
    else if (known !== label)
      this.findings.add('changed', `Tags: "${label}" merged into "${known}" (same id, ${id})`, file);
    this.findings.add('decision', 'Groups (or the tags column) become tags, declared in site.md', file);
    // A tag written as an id ("police-failures") is shown to readers as it is written.
    if (label === id)
      this.findings.add(
        'fix',
        'Tags labelled by their id: give each the words readers see, in site.md tags',
        `${file}: ${id}`,
      );
    return id;
  }

  /**
   * The person a row names, made once. Their citation is the source of the row that first names
   * them (its quote still to copy, as it must say who they are), else the placeholder source.
   */
  person(name: string, rowSource: string | undefined): string {
    const existing = [...this.people.entries()].find(([, f]) => f.data['name'] === name);
    if (existing) return existing[0];
    const id = this.#personIds.take(name, 'person');
    const source = rowSource ?? PLACEHOLDER_SOURCE;
    if (source === PLACEHOLDER_SOURCE) this.placeholderSource = true;
    this.people.set(id, {
      path: `people/${id}.md`,
      data: {
        name,
        roles: [kindsOf(DEFAULT_IDS.roles, 'their role in the case')],
        summary: fill('who they are in this case, as the sources describe them'),
        citations: [{ source, quote: QUOTE }],
      },
      body: '',
    });
    return id;
  }

  citation(event: DraftEvent, file: string): Record<string, string> {
    const source = event.source;
    const sourceId = source && (source.url || source.title) ? this.source(event) : undefined;
    const locator = source?.locator ? { locator: source.locator } : {};
    if (sourceId && source?.quote) return { source: sourceId, quote: source.quote, ...locator };
    if (sourceId) {
      this.linked = true;
      this.findings.add('decision', 'Sources with no quote are cited as linked (site.md says citations: linked)', file);
      return { source: sourceId, ...locator };
    }
    this.placeholderSource = true;
    this.findings.add(
      'skipped',
      'Events with no source: they cite the placeholder source until an editor names the real one',
      file,
    );
    return { source: PLACEHOLDER_SOURCE, quote: source?.quote ?? QUOTE, ...locator };
  }

  source(event: DraftEvent): string {
    const input = event.source ?? {};
    const key = input.url ?? `title:${input.title ?? ''}`;
    const existing = this.sources.get(key);
    if (existing) return existing.path.replace(/^sources\/|\.md$/g, '');
    let host = '';
    try {
      host = input.url ? new URL(input.url).host : '';
    } catch {
      this.problems.push({
        where: `${event.origin}: source address`,
        message: `"${input.url ?? ''}" is not a web address`,
      });
    }
    const path = input.url && host ? new URL(input.url).pathname : '';
    const id = this.#sourceIds.take(input.title ?? `${host}${path}`, 'source');
    this.sources.set(key, {
      path: `sources/${id}.md`,
      data: {
        title: input.title ?? fill('the title of the source, as published'),
        publisher: input.publisher ?? fill('who published it'),
        kind: kindsOf(DEFAULT_IDS.sourceKinds, 'what sort of source'),
        url:
          input.url ??
          fill('its web address (https://…), or remove this line and add a caveat saying why there is none'),
        published:
          input.published ??
          fill(
            'when it was published (YYYY-MM-DD), or replace this line with publishedNote saying why that is unknown',
          ),
      },
      body: '',
    });
    return id;
  }
}

function siteFile(draft: Draft, builder: CaseBuilder, options: ImportOptions): CaseFile {
  const title = draft.title ? htmlToMarkdown(draft.title.headline) : undefined;
  const intro = draft.title ? htmlToMarkdown(draft.title.text) : undefined;
  for (const dropped of [...(title?.dropped ?? []), ...(intro?.dropped ?? [])])
    builder.findings.add('changed', 'HTML the site refuses, taken out of the title slide', `site.md: ${dropped}`);
  if (draft.title?.media)
    builder.findings.add('changed', 'The title slide’s media left out: the home page has no place for it', 'site.md');
  const description = intro?.plain && intro.plain.length <= 300 ? intro.plain : undefined;
  const data: Record<string, unknown> = {
    title:
      options.title ??
      (title?.plain || fill('the site title, shown in the header and the browser tab: or run the import with --title')),
    description: description ?? fill('one sentence describing the site, for search engines and link previews'),
    lang:
      options.lang ?? fill('the language of the text, as a BCP 47 tag (en, en-GB, fr): or run the import with --lang'),
    ...(builder.timed
      ? {
          timeZone:
            options.timeZone ??
            fill('the IANA time zone of the times (Europe/London): or run the import with --time-zone'),
        }
      : {}),
    ...(builder.linked ? { citations: 'linked' } : {}),
  };
  if (builder.tags.size > 0) data['tags'] = [...builder.tags].map(([id, label]) => ({ id, label }));
  return { path: 'site.md', data, body: intro?.markdown ?? '' };
}

function placeholderSourceFile(): CaseFile {
  return {
    path: `sources/${PLACEHOLDER_SOURCE}.md`,
    data: {
      title: fill(
        `the title of a source that states the events citing "${PLACEHOLDER_SOURCE}": add one file per source in sources/, cite it from each event, then delete this file`,
      ),
      publisher: fill('who published it'),
      kind: kindsOf(DEFAULT_IDS.sourceKinds, 'what sort of source'),
      url: fill('its web address (https://…)'),
      published: fill('when it was published (YYYY-MM-DD)'),
    },
    body: '',
  };
}

/**
 * Turns a draft read from any input format into the files of a case folder and the findings of
 * the migration report. Deterministic: the same draft always gives the same files, in the same
 * order. Where the input lacks what the engine needs, a `FILL IN:` placeholder is written, which
 * the build refuses until an editor fills it: nothing is invented.
 */
export function buildCase(draft: Draft, options: ImportOptions): BuildResult {
  const builder = new CaseBuilder(options);
  for (const event of draft.events) builder.add(event);
  if (builder.problems.length > 0) return { ok: false, problems: builder.problems };
  for (const era of draft.eras) {
    const span = [era.start, era.end]
      .map((parts) => {
        if (!parts) return '…';
        const mapped = mapDate(parts);
        return mapped.ok ? mapped.value.date : `year ${String(parts.year)}`;
      })
      .join(' to ');
    builder.findings.add(
      'skipped',
      'Eras not carried over: the engine has no eras. Name the period in each event’s tags, or in the about text',
      `${era.origin} "${htmlToMarkdown(era.headline).plain}" (${span})`,
    );
  }
  for (const { field, origins } of draft.unread)
    builder.findings.add('changed', `Fields of the input the importer does not read: ${field}`, origins.join(', '));
  const files = [
    siteFile(draft, builder, options),
    ...builder.events,
    ...builder.people.values(),
    ...builder.sources.values(),
    ...(builder.placeholderSource ? [placeholderSourceFile()] : []),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    ok: true,
    value: {
      files,
      copies: builder.copies,
      findings: builder.findings.list(),
      counts: {
        inputEvents: draft.events.length,
        events: builder.events.length,
        people: builder.people.size,
        sources: builder.sources.size,
        tags: builder.tags.size,
        images: builder.copies.length,
      },
    },
  };
}
