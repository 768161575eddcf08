import { unique } from './grouping';
import {
  DEFAULT_WORDS,
  type EventRecord,
  type InvestigationRecord,
  type PersonRecord,
  type SourceRecord,
  type TagRecord,
  type Words,
} from './resolve';

/** A select of a filter form: its field name, label, and the options that match something. */
export interface FilterGroup {
  readonly name: string;
  readonly label: string;
  readonly options: readonly { value: string; label: string }[];
  /** How many values there are, when the options are only the most-used of them. */
  readonly of?: number;
}

interface Records {
  readonly events: readonly EventRecord[];
  readonly people: readonly PersonRecord[];
  readonly investigations: readonly InvestigationRecord[];
  readonly sources?: readonly SourceRecord[];
  readonly tags?: readonly TagRecord[];
}

/** Declared tags that some event carries, in site.md's order. */
const tagsInUse = (tags: readonly TagRecord[] = []) => tags.filter((t) => t.events.length > 0);

const same = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/**
 * The most options a search filter of people or investigations lists. A case of 10,000 people
 * would otherwise put all 10,000 names on the search page (950 KB of HTML at 100,000 events), the
 * one page that would grow with the case, and a list of that length is no use to choose from.
 */
export const MOST_SEARCH_OPTIONS = 50;

/**
 * The `limit` records in the most events, in their own order (a tie goes to the earlier one), so
 * a long list keeps the entries a reader is most likely to narrow by.
 */
export function mostUsed<T extends { readonly events: readonly unknown[] }>(
  records: readonly T[],
  limit: number,
): readonly T[] {
  if (records.length <= limit) return records;
  const kept = new Set(
    records
      .map((record, at) => ({ record, at }))
      .sort((a, b) => b.record.events.length - a.record.events.length || a.at - b.at)
      .slice(0, Math.max(0, limit))
      .map(({ record }) => record),
  );
  return records.filter((record) => kept.has(record));
}

/** A filter of names or titles that lists at most `limit` of them, and says how many there are. */
function mostUsedGroup<T extends { readonly events: readonly unknown[] }>(
  name: string,
  label: string,
  records: readonly T[],
  labelOf: (record: T) => string,
  limit: number,
): FilterGroup {
  const shown = mostUsed(records, limit);
  const group = { name, label, options: same(shown.map(labelOf)) };
  return shown.length < records.length ? { ...group, of: records.length } : group;
}

/** The home timeline's filters: people who appear in an event, every investigation, kinds in use. */
export function timelineFilters(
  { events, people, investigations, tags }: Records,
  words: Words = DEFAULT_WORDS,
): FilterGroup[] {
  const { t, vocabulary } = words;
  const involved = new Set(events.flatMap((e) => e.people.map((p) => p.person.id)));
  const used = new Set(events.map((e) => e.kind));
  return [
    {
      name: 'person',
      label: t('filter.person'),
      options: people.filter((p) => involved.has(p.id)).map((p) => ({ value: p.id, label: p.name })),
    },
    {
      name: 'investigation',
      label: t('filter.investigation'),
      options: investigations.map((i) => ({ value: i.id, label: i.title })),
    },
    {
      name: 'kind',
      label: t('filter.kind'),
      options: vocabulary.eventKinds.filter((k) => used.has(k.id)).map((k) => ({ value: k.id, label: k.label })),
    },
    {
      name: 'tag',
      label: t('filter.tag'),
      options: tagsInUse(tags).map((tag) => ({ value: tag.id, label: tag.label })),
    },
  ].filter((group) => group.options.length > 0);
}

/**
 * The filters of one page of the home timeline. A timeline on one page offers the whole case's
 * (as `timelineFilters` says); on a timeline split into pages, each page offers only what its own
 * events hold, since the filters act on that page, and a list of every person and investigation
 * on each page would make every page grow with the case.
 */
export function timelinePageFilters(
  filters: readonly FilterGroup[],
  pages: readonly { readonly entries: readonly EventRecord[] }[],
  number: number,
): readonly FilterGroup[] {
  if (pages.length <= 1) return filters;
  const entries = pages[number - 1]?.entries ?? [];
  const held: Readonly<Record<string, Set<string>>> = {
    person: new Set(entries.flatMap((e) => e.people.map((p) => p.person.id))),
    investigation: new Set(entries.flatMap((e) => e.investigations.map((i) => i.id))),
    kind: new Set(entries.map((e) => e.kind)),
    tag: new Set(entries.flatMap((e) => e.tags.map((tag) => tag.id))),
  };
  return filters
    .map((group) => ({ ...group, options: group.options.filter((o) => held[group.name]?.has(o.value) ?? true) }))
    .filter((group) => group.options.length > 0);
}

/**
 * The search page's filters: values are the labels Pagefind indexed on each page. People and
 * investigations list at most `limit` each, those in the most events; a search for anyone else
 * is by name, or by a link that names them (`?person=`), which the page's script keeps.
 */
export function searchFilters(
  { events, people, investigations, tags }: Records,
  words: Words = DEFAULT_WORDS,
  limit = MOST_SEARCH_OPTIONS,
): FilterGroup[] {
  const { t, vocabulary } = words;
  const types = [
    t('type.event'),
    t('type.person'),
    ...(investigations.length > 0 ? [t('type.investigation')] : []),
    t('type.source'),
  ];
  return [
    { name: 'type', label: t('filter.type'), options: same(types) },
    { name: 'year', label: t('filter.year'), options: same(unique(events.map((e) => String(e.date.year)))) },
    {
      name: 'kind',
      label: t('filter.kind'),
      options: same(
        unique([
          ...events.map((e) => e.kindLabel),
          ...investigations.map((i) => i.kindLabel),
          ...vocabulary.sourceKinds.map((k) => k.label),
        ]),
      ),
    },
    mostUsedGroup('person', t('filter.person'), people, (p) => p.name, limit),
    mostUsedGroup('investigation', t('filter.investigation'), investigations, (i) => i.title, limit),
    { name: 'tag', label: t('filter.tag'), options: same(tagsInUse(tags).map((tag) => tag.label)) },
  ].filter((group) => group.options.length > 0);
}
