import { earliestDay, formatPartialDate, latestDay, type PartialDate } from '../model/dates';
import { fileOf, type Problem } from '../model/problems';
import { closest } from '../model/suggest';

interface Entry {
  readonly id: string;
  readonly filePath?: string | undefined;
  readonly data: object;
}

interface Reference {
  readonly id: string;
  readonly collection: string;
}

const SINGULAR: Record<string, string> = {
  events: 'event',
  people: 'person',
  investigations: 'investigation',
  sources: 'source',
};

function isReference(value: unknown): value is Reference {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    typeof (value as Reference).id === 'string' &&
    typeof (value as Reference).collection === 'string'
  );
}

/** Every reference() in an entry's data, with the path an editor would write: `people[1].person`. */
export function findReferences(data: unknown, path = ''): { path: string; ref: Reference }[] {
  if (isReference(data)) return [{ path, ref: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => findReferences(item, `${path}[${String(i)}]`));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => findReferences(value, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Collections as loaded: name to entries. */
export type Collections = Readonly<Record<string, readonly Entry[]>>;

/** Each reference must name an entry that exists; the nearest existing id is suggested. */
export function checkReferences(collections: Collections): Problem[] {
  const ids = new Map(Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));
  const problems: Problem[] = [];
  for (const [name, entries] of Object.entries(collections)) {
    for (const entry of entries) {
      for (const { path, ref } of findReferences(entry.data)) {
        const known = ids.get(ref.collection) ?? new Set<string>();
        if (known.has(ref.id)) continue;
        const suggestion = closest(ref.id, known);
        const kind = SINGULAR[ref.collection] ?? ref.collection;
        problems.push({
          file: fileOf(entry, name),
          field: path,
          message: `no ${kind} "${ref.id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
        });
      }
    }
  }
  return problems;
}

interface DatedEvent extends Entry {
  readonly data: {
    readonly date: PartialDate;
    readonly end?: PartialDate | undefined;
    readonly citations: readonly { readonly source: Reference }[];
    readonly people: readonly { readonly person: Reference; readonly subject: boolean }[];
    readonly investigations: readonly Reference[];
    readonly scheduled?: boolean | undefined;
  };
}
interface SourceEntry extends Entry {
  readonly data: { readonly published?: PartialDate | undefined; readonly accessed?: PartialDate | undefined };
}
interface PersonEntry extends Entry {
  readonly data: { readonly born?: PartialDate | undefined; readonly died?: PartialDate | undefined };
}
interface InvestigationEntry extends Entry {
  readonly data: { readonly start?: PartialDate | undefined; readonly end?: PartialDate | undefined };
}

export interface CaseEntries {
  readonly events: readonly DatedEvent[];
  readonly sources: readonly SourceEntry[];
  readonly people: readonly PersonEntry[];
  readonly investigations: readonly InvestigationEntry[];
}

const before = (a: PartialDate, b: PartialDate) => latestDay(a).getTime() < earliestDay(b).getTime();

/**
 * Dates after the build date: a timeline records what happened, so a future date is a typo
 * unless an event says it is scheduled (a hearing already listed). Compared by the earliest day
 * the date could mean, so "2026" is not in the future during 2026.
 */
function futureDates({ events, sources, people, investigations }: CaseEntries, today: Date): Problem[] {
  const problems: Problem[] = [];
  const future = (date: PartialDate | undefined) => date !== undefined && earliestDay(date).getTime() > today.getTime();
  const todayLabel = today.toISOString().slice(0, 10);
  const check = (entry: Entry, collection: string, field: string, date: PartialDate | undefined, advice: string) => {
    if (!future(date) || !date) return;
    problems.push({
      file: fileOf(entry, collection),
      field,
      message: `${formatPartialDate(date)} is after the build date (${todayLabel}): ${advice}`,
    });
  };
  const typo = 'a record cannot be dated in the future; check the year';
  for (const event of events) {
    if (event.data.scheduled) continue;
    const advice = 'check the year, or add "scheduled: true" if the event is announced for that date';
    check(event, 'events', 'date', event.data.date, advice);
    check(event, 'events', 'end', event.data.end, advice);
  }
  for (const source of sources) {
    check(source, 'sources', 'published', source.data.published, 'a source cannot be published in the future');
    check(source, 'sources', 'accessed', source.data.accessed, 'a source cannot have been read in the future');
  }
  for (const person of people) {
    check(person, 'people', 'born', person.data.born, typo);
    check(person, 'people', 'died', person.data.died, typo);
  }
  for (const investigation of investigations) {
    check(investigation, 'investigations', 'start', investigation.data.start, typo);
    check(investigation, 'investigations', 'end', investigation.data.end, typo);
  }
  return problems;
}

/**
 * An investigation is never part of itself, directly or through others (A part of B part of A):
 * its page would list itself as its own parent, and walking up the chain would never end.
 */
export function checkInvestigationCycles(investigations: readonly Entry[]): Problem[] {
  const parentOf = new Map<string, string>();
  for (const entry of investigations) {
    const partOf = (entry.data as { partOf?: unknown }).partOf;
    if (isReference(partOf)) parentOf.set(entry.id, partOf.id);
  }
  const problems: Problem[] = [];
  for (const entry of investigations) {
    const chain = [entry.id];
    for (let id = parentOf.get(entry.id); id !== undefined; id = parentOf.get(id)) {
      if (id === entry.id) {
        const loop = [...chain, id].map((i) => `"${i}"`).join(' → part of ');
        problems.push({
          file: fileOf(entry, 'investigations'),
          field: 'partOf',
          message:
            chain.length === 1
              ? 'an investigation cannot be part of itself'
              : `an investigation cannot be part of itself through others: ${loop}`,
        });
        break;
      }
      if (chain.includes(id)) break;
      chain.push(id);
    }
  }
  return problems;
}

/** Dates that cannot all be true together, or cannot be true on `today` (the build date). */
export function checkChronology(entries: CaseEntries, today?: Date): Problem[] {
  const { events, sources, people, investigations } = entries;
  const problems: Problem[] = today ? futureDates(entries, today) : [];
  for (const person of people) {
    const { born, died } = person.data;
    if (born && died && before(died, born)) {
      problems.push({
        file: fileOf(person, 'people'),
        field: 'died',
        message: `${formatPartialDate(died)} is before their birth (${formatPartialDate(born)})`,
      });
    }
  }
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const personById = new Map(people.map((p) => [p.id, p]));
  const investigationById = new Map(investigations.map((i) => [i.id, i]));
  for (const event of events) {
    const file = fileOf(event, 'events');
    const { date } = event.data;
    const published = event.data.citations.map((c) => sourceById.get(c.source.id)?.data.published);
    if (published.length > 0 && published.every((p) => p !== undefined && before(p, date))) {
      problems.push({
        file,
        field: 'date',
        message: `${formatPartialDate(date)} is after the publication of every source cited for it: a source cannot report what had not happened yet`,
      });
    }
    event.data.people.forEach(({ person, subject }, i) => {
      const died = personById.get(person.id)?.data.died;
      if (!subject && died && before(died, date)) {
        problems.push({
          file,
          field: `people[${String(i)}].person`,
          message: `"${person.id}" died ${formatPartialDate(died)}, before this event, so cannot act in it (mark them "subject: true" if the event is about them)`,
        });
      }
    });
    event.data.investigations.forEach((ref, i) => {
      const investigation = investigationById.get(ref.id);
      if (!investigation) return;
      const { start, end } = investigation.data;
      const outside = (start && before(event.data.end ?? date, start)) || (end && before(end, date));
      if (outside) {
        problems.push({
          file,
          field: `investigations[${String(i)}]`,
          message: `the event (${formatPartialDate(date)}) falls outside "${ref.id}" (${start ? formatPartialDate(start) : '?'} to ${end ? formatPartialDate(end) : 'open'})`,
        });
      }
    });
  }
  return problems;
}
