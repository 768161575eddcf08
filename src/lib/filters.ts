import { pending15b } from '../i18n/pending-15b';
import { unique } from './grouping';
import type { EventRecord, InvestigationRecord, PersonRecord, SourceRecord, TagRecord } from './resolve';
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
  readonly tags?: readonly TagRecord[];
}

/** Declared tags that some event carries, in site.md's order. */
const tagsInUse = (tags: readonly TagRecord[] = []) => tags.filter((t) => t.events.length > 0);

const same = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** The home timeline's filters: people who appear in an event, every investigation, kinds in use. */
export function timelineFilters({ events, people, investigations, tags }: Records): FilterGroup[] {
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
    { name: 'tag', label: pending15b.en.tag, options: tagsInUse(tags).map((t) => ({ value: t.id, label: t.label })) },
  ].filter((group) => group.options.length > 0);
}

/** The search page's filters: values are the labels Pagefind indexed on each page. */
export function searchFilters({ events, people, investigations, tags }: Records): FilterGroup[] {
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
    { name: 'tag', label: pending15b.en.tag, options: same(tagsInUse(tags).map((t) => t.label)) },
  ].filter((group) => group.options.length > 0);
}
