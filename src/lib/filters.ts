import { unique } from './grouping';
import type { EventRecord, InvestigationRecord, PersonRecord, SourceRecord } from './resolve';
import { EVENT_KINDS, EVENT_KIND_LABELS, SOURCE_KIND_LABELS } from './vocabulary';

/** A select of a filter form: its field name, label, and the options that match something. */
export interface FilterGroup {
  readonly name: string;
  readonly label: string;
  readonly options: readonly { value: string; label: string }[];
}

interface Records {
  readonly events: readonly EventRecord[];
  readonly people: readonly PersonRecord[];
  readonly investigations: readonly InvestigationRecord[];
  readonly sources?: readonly SourceRecord[];
}

const same = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** The home timeline's filters: people who appear in an event, every investigation, kinds in use. */
export function timelineFilters({ events, people, investigations }: Records): FilterGroup[] {
  const involved = new Set(events.flatMap((e) => e.people.map((p) => p.person.id)));
  const used = new Set(events.map((e) => e.kind));
  return [
    {
      name: 'person',
      label: 'Person',
      options: people.filter((p) => involved.has(p.id)).map((p) => ({ value: p.id, label: p.name })),
    },
    {
      name: 'investigation',
      label: 'Investigation',
      options: investigations.map((i) => ({ value: i.id, label: i.title })),
    },
    {
      name: 'kind',
      label: 'Kind',
      options: EVENT_KINDS.filter((k) => used.has(k)).map((k) => ({ value: k, label: EVENT_KIND_LABELS[k] })),
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
  };
  return filters
    .map((group) => ({ ...group, options: group.options.filter((o) => held[group.name]?.has(o.value) ?? true) }))
    .filter((group) => group.options.length > 0);
}

/** The search page's filters: values are the labels Pagefind indexed on each page. */
export function searchFilters({ events, people, investigations }: Records): FilterGroup[] {
  return [
    { name: 'type', label: 'Kind of page', options: same(['Event', 'Person', 'Investigation', 'Source']) },
    { name: 'year', label: 'Year', options: same(unique(events.map((e) => String(e.date.year)))) },
    {
      name: 'kind',
      label: 'Kind',
      options: same(
        unique([
          ...events.map((e) => e.kindLabel),
          ...investigations.map((i) => i.kindLabel),
          ...Object.values(SOURCE_KIND_LABELS),
        ]),
      ),
    },
    { name: 'person', label: 'Person', options: same(people.map((p) => p.name)) },
    { name: 'investigation', label: 'Investigation', options: same(investigations.map((i) => i.title)) },
  ].filter((group) => group.options.length > 0);
}
