import { getCollection, type CollectionEntry } from 'astro:content';
import { firstPageOfYear, pageOfEach, paginate, type TimelinePage } from '../lib/pagination';
import { eventDate, gapsBefore, neighbours, sortChronologically } from '../lib/timeline';

export type Event = CollectionEntry<'events'>;
export type Person = CollectionEntry<'people'>;
export type Investigation = CollectionEntry<'investigations'>;
export type Source = CollectionEntry<'sources'>;
export type Site = CollectionEntry<'site'>;

/** The whole case, loaded, checked and indexed once for every page of a build. */
export interface Case {
  readonly site: Site;
  /** In timeline order. */
  readonly events: readonly Event[];
  readonly people: readonly Person[];
  readonly investigations: readonly Investigation[];
  readonly sources: readonly Source[];
  readonly person: (id: string) => Person;
  readonly investigation: (id: string) => Investigation;
  readonly source: (id: string) => Source;
  readonly eventsWithPerson: (id: string) => readonly Event[];
  readonly eventsInInvestigation: (id: string) => readonly Event[];
  readonly eventsCiting: (id: string) => readonly Event[];
  /** The events before and after an event on the timeline. */
  readonly neighboursOf: (id: string) => { previous: Event | undefined; next: Event | undefined };
  /** The home timeline, split into pages when the case is long. */
  readonly timelinePages: readonly TimelinePage<Event>[];
  /** The timeline page an event is listed on. */
  readonly timelinePageOf: (id: string) => number;
  /** The first timeline page of each year. */
  readonly yearPages: ReadonlyMap<number, number>;
  /** The silence before each event on the whole timeline ("14 months later"). */
  readonly gaps: ReadonlyMap<string, string>;
}

function byId<T extends { id: string }>(entries: readonly T[], kind: string): (id: string) => T {
  const map = new Map(entries.map((e) => [e.id, e]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`No ${kind} "${id}"`);
    return found;
  };
}

function index<K>(events: readonly Event[], keys: (event: Event) => Iterable<K>): (key: K) => readonly Event[] {
  const map = new Map<K, Event[]>();
  for (const event of events) {
    for (const key of new Set(keys(event))) {
      const list = map.get(key) ?? [];
      list.push(event);
      map.set(key, list);
    }
  }
  return (key) => map.get(key) ?? [];
}

async function load(): Promise<Case> {
  const [siteEntries, rawEvents, people, investigations, sources] = await Promise.all([
    getCollection('site'),
    getCollection('events'),
    getCollection('people'),
    getCollection('investigations'),
    getCollection('sources'),
  ]);
  const site = siteEntries[0];
  if (!site) throw new Error('The content folder has no site.md: the site needs its title and introduction.');

  // The content was checked as a whole (src/integrations/content-check.ts) before it was loaded.
  const events = sortChronologically(rawEvents, eventDate);
  const timelinePages = paginate(events);
  const pageOf = pageOfEach(timelinePages);
  const byName = <T extends Person>(a: T, b: T) => a.data.name.localeCompare(b.data.name);
  return {
    site,
    events,
    people: [...people].sort(byName),
    investigations: sortChronologically(investigations, (i) => i.data.start ?? i.data.end),
    sources: [...sources].sort((a, b) => a.data.publisher.localeCompare(b.data.publisher) || a.id.localeCompare(b.id)),
    person: byId(people, 'person'),
    investigation: byId(investigations, 'investigation'),
    source: byId(sources, 'source'),
    eventsWithPerson: index(events, (e) => e.data.people.map((p) => p.person.id)),
    eventsInInvestigation: index(events, (e) => e.data.investigations.map((i) => i.id)),
    eventsCiting: index(events, (e) => e.data.citations.map((c) => c.source.id)),
    neighboursOf: neighbours(events),
    timelinePages,
    timelinePageOf: (id) => pageOf.get(id) ?? 1,
    yearPages: firstPageOfYear(timelinePages, (e) => e.data.date.year),
    gaps: gapsBefore(events),
  };
}

let cached: Promise<Case> | undefined;

/** Every page calls this; the collections are read and checked once per build. */
export function loadCase(): Promise<Case> {
  cached ??= load();
  return cached;
}
