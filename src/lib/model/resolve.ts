import { newestFirst, withAnchors, type AnchoredCorrection, type CorrectedSection } from './corrections';
import { formatPartialDate, formatSpan, sortKey, toDatetime, type PartialDate } from './dates';
import type { EventData, FileDates, InvestigationData, PersonData, SourceData } from './inputs';
import type { makeLinks } from './links';
import { firstPageOfYear, pageOfEach, paginate, type TimelinePage } from './pagination';
import { respectOrderHints } from './order';
import { alsoNamed } from './names';
import { spanSearchForms } from './search-terms';
import { eventDate, eventTime, gapsBefore, sortChronologically } from './timeline';
import { zonedDatetime } from './times';
import { useTranslations, type Translator } from '../../i18n';
import { caseVocabulary, labelOf, type InvestigationStatus, type Vocabulary } from './vocabulary';

/** The words a case is resolved in: its language's dictionary and its own vocabulary. */
export interface Words {
  readonly t: Translator;
  readonly vocabulary: Vocabulary;
}
const englishT = useTranslations('en-GB');
/** British English and the default vocabulary: what a case with no `lang` or `vocabulary` gets. */
export const DEFAULT_WORDS: Words = { t: englishT, vocabulary: caseVocabulary(undefined, englishT) };

type CountedNoun = 'event' | 'person' | 'investigation' | 'source';

/**
 * Every entry of a case resolved once: names, labels, links, dates as readers see them, who
 * cites what, and who an event is about. Pages, components, downloads and feeds read these
 * records; none of them looks an id up again.
 */
export interface Entry<T> {
  readonly id: string;
  readonly data: T;
  readonly body?: string | undefined;
}

type Links = ReturnType<typeof makeLinks>;

/** What every entry page shows about its own history: corrections, and when it was written. */
export interface Accountable {
  /** Newest first, each with the anchor of its line on the page. */
  readonly corrections: readonly AnchoredCorrection[];
  /** First published and last changed, from git; undefined where there is no history. */
  readonly history: FileDates | undefined;
}

/** What the build knows about the case beyond its files: git dates and the editors' copies. */
export interface Provenance {
  readonly history: (section: CorrectedSection, id: string) => FileDates | undefined;
  /** The SHA-256 of a source's editors' copy, when one is kept (never its text). */
  readonly copyDigest: (sourceId: string) => string | undefined;
}

const NO_PROVENANCE: Provenance = { history: () => undefined, copyDigest: () => undefined };

/** A link to another entry, with the words a reader sees. */
export interface Link {
  readonly id: string;
  readonly href: string;
  readonly label: string;
}

export interface CitationRecord {
  readonly source: SourceRecord;
  /** Undefined for a linked citation (a case with `citations: linked`): readers see "linked, not quoted". */
  readonly quote: string | undefined;
  readonly locator: string | undefined;
  readonly disputes: boolean;
  readonly note: string | undefined;
}

export interface EventRecord<E = unknown> extends Accountable {
  readonly id: string;
  /** The content entry, for `render()`. */
  readonly entry: E;
  readonly href: string;
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly kind: string;
  /** The chart colour group of its kind. */
  readonly group: string;
  /** Its kind is marked (drawn larger on the chart; listed apart on its subject's page). */
  readonly marked: boolean;
  readonly kindLabel: string;
  readonly date: PartialDate;
  readonly end: PartialDate | undefined;
  readonly approximate: boolean;
  /** The date as the site shows it everywhere (pages, chart, feed, downloads, citations): its displayDate when it has one. */
  readonly dateLabel: string;
  /** The time of day, `HH:MM`, local to the case's time zone. */
  readonly time: string | undefined;
  /** For `<time datetime>`: the date, or with a time the local date-time and its UTC offset. */
  readonly datetime: string;
  /** The editor's wording of the date ("Summer 1963"), shown instead of the formatted date. */
  readonly displayDate: string | undefined;
  readonly tags: readonly Link[];
  /** A picture of the case (its src is what the content layer made of the file: image metadata in a build). */
  readonly image: EventData['image'];
  /** Remote media, shown as a link only. */
  readonly media: EventData['media'];
  readonly dateNote: string | undefined;
  readonly sortDate: string;
  readonly searchTerms: readonly string[];
  readonly place: string | undefined;
  readonly people: readonly { person: Link; role: string; subject: boolean }[];
  readonly investigations: readonly Link[];
  readonly citations: readonly CitationRecord[];
  readonly caveats: readonly string[];
  /** The event on the home timeline, on the page that lists it. */
  readonly timelineHref: string;
  /** The silence before it on the whole timeline ("14 months later"). */
  readonly gap: string | undefined;
  readonly previous: EventRecord<E> | undefined;
  readonly next: EventRecord<E> | undefined;
}

export interface PersonRecord<P = unknown, E = unknown> extends Accountable {
  readonly id: string;
  readonly entry: P;
  readonly href: string;
  readonly name: string;
  /** Every other name, for the search index and the downloads. */
  readonly otherNames: readonly string[];
  /** The other names a page shows: bare parts of the full name ("Lovelace") are left to search. */
  readonly alsoNamed: readonly string[];
  readonly roles: readonly string[];
  readonly roleLabels: readonly string[];
  readonly organisation: string | undefined;
  readonly position: string | undefined;
  readonly born: PartialDate | undefined;
  readonly died: PartialDate | undefined;
  readonly age: { years: number; at: PartialDate } | undefined;
  readonly summary: string;
  /** One of their roles asks for the case's content notice on their page. */
  readonly noticed: boolean;
  /** Labelled by the relation itself ("Sister of"), whatever kind of relation it is. */
  readonly relations: readonly { label: string; relation: string; person: Link }[];
  readonly findings: readonly { investigation: Link; finding: string; citations: readonly CitationRecord[] }[];
  readonly citations: readonly CitationRecord[];
  readonly caveats: readonly string[];
  /** Every event they appear in, in timeline order. */
  readonly events: readonly EventRecord<E>[];
  /** Events about them (`subject: true`). */
  readonly subjectOf: readonly EventRecord<E>[];
  /** Events they took part in without being their subject. */
  readonly takesPartIn: readonly EventRecord<E>[];
  /**
   * Events of a marked kind they are the subject of (in the default vocabulary, deaths: never a
   * death they only witnessed or caused), with the heading they are listed under.
   */
  readonly marked: { readonly heading: string; readonly events: readonly EventRecord<E>[] } | undefined;
  /** Investigations of the events they appear in. */
  readonly investigations: readonly InvestigationRecord<unknown, E>[];
}

export interface InvestigationRecord<I = unknown, E = unknown> extends Accountable {
  readonly id: string;
  readonly entry: I;
  readonly href: string;
  readonly title: string;
  readonly kind: string;
  readonly kindLabel: string;
  readonly conductedBy: string;
  readonly start: PartialDate | undefined;
  readonly end: PartialDate | undefined;
  readonly datesNote: string | undefined;
  /** Its span as the search results show it ("June – December 2015"), when its start is known. */
  readonly datesLabel: string | undefined;
  readonly sortDate: string | undefined;
  readonly searchTerms: readonly string[];
  readonly status: InvestigationStatus;
  /** Its status in words; an open one "as of" the day it was last checked, never an undated present. */
  readonly statusLabel: string;
  /** The day an open status was last checked (its own statusCheckedOn, else site.md's). */
  readonly checkedOn: PartialDate | undefined;
  /** For an open one with no end: "no end reported as of <day>", in place of an end date. */
  readonly openEndLabel: string | undefined;
  readonly open: boolean;
  /** Where a chart ends its bar: its end, else (when finished) its last event; open ones run on. */
  readonly chartEnd: PartialDate | undefined;
  readonly outcome: string;
  readonly summary: string;
  readonly partOf: Link | undefined;
  readonly leads: readonly { person: Link; role: string }[];
  readonly stages: readonly InvestigationRecord<I, E>[];
  readonly events: readonly EventRecord<E>[];
  readonly citations: readonly CitationRecord[];
  readonly caveats: readonly string[];
}

/** An entry that cites a source: an event, a person's profile or finding, an investigation. */
export interface CitingEntry {
  readonly kind: 'event' | 'person' | 'investigation';
  readonly id: string;
  readonly href: string;
  readonly label: string;
  /** For a person's finding: the investigation that found it. */
  readonly finding: string | undefined;
}

export interface SourceRecord<S = unknown, E = unknown> extends Accountable {
  readonly id: string;
  readonly entry: S;
  readonly href: string;
  readonly title: string;
  readonly publisher: string;
  readonly author: string | undefined;
  readonly kind: string;
  readonly kindLabel: string;
  readonly url: string | undefined;
  readonly via: string | undefined;
  readonly published: PartialDate | undefined;
  readonly publishedApproximate: boolean;
  readonly publishedNote: string | undefined;
  readonly publishedLabel: string | undefined;
  readonly sortDate: string | undefined;
  readonly archived: string | undefined;
  readonly accessed: PartialDate | undefined;
  /** The SHA-256 of the editors' copy: its quotes were checked against it by the build. */
  readonly copySha256: string | undefined;
  readonly caveats: readonly string[];
  /** Every entry that cites it, events first in timeline order, then people, then investigations. */
  readonly citedBy: readonly CitingEntry[];
  readonly citingEvents: readonly EventRecord<E>[];
  /** "cited by 2 events and 1 person". */
  readonly citedByLabel: string;
}

export interface ResolvedCase<E, P, I, S> {
  /** In timeline order. */
  readonly events: readonly EventRecord<E>[];
  /** By name. */
  readonly people: readonly PersonRecord<P, E>[];
  /** In the order they began. */
  readonly investigations: readonly InvestigationRecord<I, E>[];
  /** By publisher, then id. */
  readonly sources: readonly SourceRecord<S, E>[];
  /** The home timeline, split into pages when the case is long. */
  readonly timelinePages: readonly TimelinePage<EventRecord<E>>[];
  /** The first timeline page of each year. */
  readonly yearPages: ReadonlyMap<number, number>;
  /** The tags site.md declares, in its order, each with its events in timeline order. */
  readonly tags: readonly TagRecord<E>[];
}

/** A declared tag and the events that carry it. */
export interface TagRecord<E = unknown> extends Link {
  readonly events: readonly EventRecord<E>[];
}

/** The one place an event's date label is made: its displayDate, else its span and time of day. */
export function eventDateLabel(
  data: Pick<EventData, 'date' | 'end' | 'approximate'> & Partial<Pick<EventData, 'time' | 'displayDate'>>,
  t: Translator = englishT,
): string {
  if (data.displayDate !== undefined) return data.displayDate;
  const span = formatSpan({ start: data.date, end: data.end, approximate: data.approximate }, t);
  return data.time === undefined ? span : `${span}, ${data.time}`;
}

/** What site.md says that changes how entries read: the time zone of times, the declared tags. */
export interface CaseSite {
  readonly timeZone?: string | undefined;
  /** The day open matters were last checked. */
  readonly statusCheckedOn?: PartialDate | undefined;
  readonly tags?: readonly { readonly id: string; readonly label: string }[] | undefined;
}

/** "1 event", "2 events", "1 person", "3 people" (in the case's language). */
export function countOf(count: number, noun: CountedNoun, t: Translator = englishT): string {
  return t(`count.${noun}`, { count });
}

/** "cited by 2 events and 1 person", counting each citing entry once. */
export function citedByLabel(citedBy: readonly Pick<CitingEntry, 'kind' | 'id'>[], t: Translator = englishT): string {
  const nouns = ['event', 'person', 'investigation'] as const;
  const counts = nouns
    .map((noun) => [noun, new Set(citedBy.filter((c) => c.kind === noun).map((c) => c.id)).size] as const)
    .filter(([, count]) => count > 0)
    .map(([noun, count]) => countOf(count, noun, t));
  return counts.length === 0 ? t('citedBy.none') : t('citedBy.prefix', { list: t.list(counts) });
}

/** "sister of" becomes "Sister of", the label a relation is shown under. */
export function relationLabel(relation: string): string {
  return relation.charAt(0).toUpperCase() + relation.slice(1);
}

function lookup<T extends { id: string }>(records: readonly T[], kind: string): (id: string) => T {
  const map = new Map(records.map((r) => [r.id, r]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`No ${kind} "${id}"`);
    return found;
  };
}

/** Values by key, each once, in the order first met: linear, as a case can hold 100,000 events. */
function grouped<K, V>(pairs: Iterable<readonly [K, V]>): Map<K, V[]> {
  const sets = new Map<K, Set<V>>();
  for (const [key, value] of pairs) {
    const set = sets.get(key) ?? new Set<V>();
    set.add(value);
    sets.set(key, set);
  }
  return new Map([...sets].map(([key, set]) => [key, [...set]]));
}

interface Input<E, P, I, S> {
  readonly events: readonly E[];
  readonly people: readonly P[];
  readonly investigations: readonly I[];
  readonly sources: readonly S[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Resolves a validated case once. References are known to exist (the whole-case checks ran
 * first); a missing one still throws rather than render a page that lies.
 */
export function resolveCase<
  E extends Entry<EventData>,
  P extends Entry<PersonData>,
  I extends Entry<InvestigationData>,
  S extends Entry<SourceData>,
>(
  input: Input<E, P, I, S>,
  links: Links,
  provenance: Provenance = NO_PROVENANCE,
  words: Words = DEFAULT_WORDS,
  site: CaseSite = {},
): ResolvedCase<E, P, I, S> {
  const { t, vocabulary } = words;
  const kindOf = new Map(vocabulary.eventKinds.map((k) => [k.id, k]));
  const noticeRoles = new Set(vocabulary.roles.filter((r) => r.notice).map((r) => r.id));
  const markedKind = vocabulary.eventKinds.find((k) => k.marks);
  // Events of the marked kind (deaths, by default) a person is the subject of, under the kind's label.
  const markedOf = (subjectOf: readonly EventRecord<E>[]) => {
    const events = subjectOf.filter((e) => e.marked);
    return markedKind && events.length > 0 ? { heading: markedKind.label, events } : undefined;
  };
  type Ev = Mutable<EventRecord<E>>;
  const accountable = (section: CorrectedSection, id: string, data: { corrections: EventData['corrections'] }) => ({
    corrections: newestFirst(withAnchors(data.corrections)),
    history: provenance.history(section, id),
  });
  const sourceList = [...input.sources].sort(
    (a, b) => a.data.publisher.localeCompare(b.data.publisher) || a.id.localeCompare(b.id),
  );
  const sources: Mutable<SourceRecord<S, E>>[] = sourceList.map((entry) => ({
    id: entry.id,
    entry,
    href: links.entry('sources', entry.id),
    title: entry.data.title,
    publisher: entry.data.publisher,
    author: entry.data.author,
    kind: entry.data.kind,
    kindLabel: labelOf(vocabulary.sourceKinds, entry.data.kind),
    url: entry.data.url,
    via: entry.data.via,
    published: entry.data.published,
    publishedApproximate: entry.data.publishedApproximate,
    publishedNote: entry.data.publishedNote,
    publishedLabel:
      entry.data.published &&
      formatSpan({ start: entry.data.published, approximate: entry.data.publishedApproximate }, t),
    sortDate: entry.data.published && sortKey(entry.data.published),
    archived: entry.data.archived,
    accessed: entry.data.accessed,
    copySha256: provenance.copyDigest(entry.id),
    caveats: entry.data.caveats,
    ...accountable('sources', entry.id, entry.data),
    citedBy: [],
    citingEvents: [],
    citedByLabel: '',
  }));
  const source = lookup(sources, 'source');
  const citations = (list: EventData['citations']): CitationRecord[] =>
    list.map((c) => ({
      source: source(c.source.id),
      quote: c.quote,
      locator: c.locator,
      disputes: c.disputes,
      note: c.note,
    }));

  const personLink = lookup(
    input.people.map((p) => ({ id: p.id, href: links.entry('people', p.id), label: p.data.name })),
    'person',
  );
  const investigationLink = lookup(
    input.investigations.map((i) => ({ id: i.id, href: links.entry('investigations', i.id), label: i.data.title })),
    'investigation',
  );

  const tagLink = lookup(
    (site.tags ?? []).map((tag) => ({ id: tag.id, href: links.entry('tags', tag.id), label: tag.label })),
    'tag',
  );
  // Date order, then what the order hints say came first within a day or an uncertain period.
  const sorted = respectOrderHints(sortChronologically(input.events, eventDate, eventTime));
  const gaps = gapsBefore(sorted, 6, t);
  const events: Ev[] = sorted.map((entry) => {
    const { id, data } = entry;
    return {
      id,
      entry,
      href: links.entry('events', id),
      title: data.title,
      summary: data.summary,
      body: (entry.body ?? '').trim(),
      kind: data.kind,
      kindLabel: kindOf.get(data.kind)?.label ?? data.kind,
      group: kindOf.get(data.kind)?.group ?? '',
      marked: kindOf.get(data.kind)?.marks === true,
      date: data.date,
      end: data.end,
      approximate: data.approximate,
      dateLabel: eventDateLabel(data, t),
      time: data.time,
      datetime:
        data.time === undefined || site.timeZone === undefined
          ? toDatetime(data.date)
          : zonedDatetime(data.date, data.time, site.timeZone),
      displayDate: data.displayDate,
      tags: data.tags.map(tagLink),
      image: data.image,
      media: data.media,
      dateNote: data.dateNote,
      sortDate: sortKey(data.date),
      searchTerms: spanSearchForms(data.date, data.end, t.lang),
      place: data.place,
      people: data.people.map((p) => ({ person: personLink(p.person.id), role: p.role, subject: p.subject })),
      investigations: data.investigations.map((i) => investigationLink(i.id)),
      citations: citations(data.citations),
      caveats: data.caveats,
      ...accountable('events', id, data),
      timelineHref: '',
      gap: gaps.get(id),
      previous: undefined,
      next: undefined,
    };
  });
  const timelinePages = paginate<EventRecord<E>>(events);
  const pageOf = pageOfEach(timelinePages);
  events.forEach((event, index) => {
    event.previous = events[index - 1];
    event.next = events[index + 1];
    event.timelineHref = links.onTimeline(event.id, pageOf.get(event.id) ?? 1);
  });

  const eventsOfInvestigation = grouped(events.flatMap((e) => e.investigations.map((i) => [i.id, e] as const)));
  const investigationList = sortChronologically(input.investigations, (i) => i.data.start ?? i.data.end);
  const investigations: Mutable<InvestigationRecord<I, E>>[] = investigationList.map((entry) => {
    const { id, data } = entry;
    const own = eventsOfInvestigation.get(id) ?? [];
    const open = data.status === 'open';
    const checkedOn = open ? (data.statusCheckedOn ?? site.statusCheckedOn) : undefined;
    const asOf = checkedOn && formatPartialDate(checkedOn, t);
    return {
      id,
      entry,
      href: links.entry('investigations', id),
      title: data.title,
      kind: data.kind,
      kindLabel: labelOf(vocabulary.investigationKinds, data.kind),
      conductedBy: data.conductedBy,
      start: data.start,
      end: data.end,
      datesNote: data.datesNote,
      datesLabel: data.start && formatSpan({ start: data.start, end: data.end }, t),
      sortDate: data.start && sortKey(data.start),
      searchTerms: data.start ? spanSearchForms(data.start, data.end, t.lang) : [],
      status: data.status,
      statusLabel: asOf ? t('status.openAsOf', { date: asOf }) : t(`status.${data.status}`),
      checkedOn,
      openEndLabel:
        open && !data.end
          ? asOf
            ? t('investigation.noEndAsOf', { date: asOf })
            : t('investigation.noEnd')
          : undefined,
      open,
      chartEnd: data.end ?? (open ? undefined : own.at(-1)?.date),
      outcome: data.outcome,
      summary: data.summary,
      partOf: data.partOf && investigationLink(data.partOf.id),
      leads: data.leads.map((l) => ({ person: personLink(l.person.id), role: l.role })),
      stages: [],
      events: own,
      citations: citations(data.citations),
      caveats: data.caveats,
      ...accountable('investigations', id, data),
    };
  });
  const investigation = lookup(investigations, 'investigation');
  const stagesOf = grouped(investigations.flatMap((s) => (s.partOf ? [[s.partOf.id, s] as const] : [])));
  for (const i of investigations) i.stages = stagesOf.get(i.id) ?? [];

  const eventsOfPerson = grouped(events.flatMap((e) => e.people.map((p) => [p.person.id, e] as const)));
  const people: PersonRecord<P, E>[] = [...input.people]
    .sort((a, b) => a.data.name.localeCompare(b.data.name))
    .map((entry) => {
      const { id, data } = entry;
      const own = eventsOfPerson.get(id) ?? [];
      const isSubject = (e: EventRecord<E>) => e.people.some((p) => p.person.id === id && p.subject);
      const subjectOf = own.filter(isSubject);
      const investigationIds = [...new Set(own.flatMap((e) => e.investigations.map((i) => i.id)))];
      return {
        id,
        entry,
        href: links.entry('people', id),
        name: data.name,
        otherNames: data.otherNames,
        alsoNamed: alsoNamed(data.otherNames, data.name),
        roles: data.roles,
        roleLabels: data.roles.map((r) => labelOf(vocabulary.roles, r)),
        organisation: data.organisation,
        position: data.position,
        born: data.born,
        died: data.died,
        age: data.age,
        summary: data.summary,
        noticed: data.roles.some((r) => noticeRoles.has(r)),
        relations: data.relations.map((r) => ({
          label: relationLabel(r.relation),
          relation: r.relation,
          person: personLink(r.person.id),
        })),
        findings: data.findings.map((f) => ({
          investigation: investigationLink(f.investigation.id),
          finding: f.finding,
          citations: citations(f.citations),
        })),
        citations: citations(data.citations),
        caveats: data.caveats,
        ...accountable('people', id, data),
        events: own,
        subjectOf,
        takesPartIn: own.filter((e) => !isSubject(e)),
        marked: markedOf(subjectOf),
        investigations: sortChronologically(investigationIds.map(investigation), (i) => i.start ?? i.end),
      };
    });

  // Who cites each source: every entry with citations, not only events. Each citing entry is
  // listed once, found by a key rather than a scan, so a much-cited source costs no more per citation.
  const citedBy = new Map<string, Map<string, CitingEntry>>();
  const citingEvents = new Map<string, Set<EventRecord<E>>>();
  const cite = (sourceId: string, by: CitingEntry) => {
    const entries = citedBy.get(sourceId) ?? new Map<string, CitingEntry>();
    citedBy.set(sourceId, entries);
    const key = JSON.stringify([by.kind, by.id, by.finding ?? null]);
    if (!entries.has(key)) entries.set(key, by);
  };
  for (const e of events) {
    for (const c of e.citations) {
      cite(c.source.id, { kind: 'event', id: e.id, href: e.href, label: e.title, finding: undefined });
      const set = citingEvents.get(c.source.id) ?? new Set<EventRecord<E>>();
      citingEvents.set(c.source.id, set.add(e));
    }
  }
  for (const s of sources) s.citingEvents = [...(citingEvents.get(s.id) ?? [])];
  for (const p of people) {
    const by = { kind: 'person', id: p.id, href: p.href, label: p.name } as const;
    for (const c of p.citations) cite(c.source.id, { ...by, finding: undefined });
    for (const f of p.findings)
      for (const c of f.citations) cite(c.source.id, { ...by, finding: f.investigation.label });
  }
  for (const i of investigations) {
    for (const c of i.citations) {
      cite(c.source.id, { kind: 'investigation', id: i.id, href: i.href, label: i.title, finding: undefined });
    }
  }
  for (const s of sources) {
    s.citedBy = [...(citedBy.get(s.id)?.values() ?? [])];
    s.citedByLabel = citedByLabel(s.citedBy, t);
  }

  return {
    events,
    people,
    investigations,
    sources,
    timelinePages,
    yearPages: firstPageOfYear(timelinePages, (e) => e.date.year),
    tags: (site.tags ?? []).map((declared) => ({
      ...tagLink(declared.id),
      events: events.filter((e) => e.tags.some((tag) => tag.id === declared.id)),
    })),
  };
}
