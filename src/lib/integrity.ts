import { earliestDay, formatPartialDate, latestDay, type PartialDate } from './dates';
import { closest } from './suggest';

/** One thing wrong with the content, said so an editor can find and fix it. */
export interface Problem {
  readonly file: string;
  readonly field: string;
  readonly message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

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

export function fileOf(entry: Entry, collection: string): string {
  return entry.filePath ?? `${collection}/${entry.id}.md`;
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
  };
}
interface SourceEntry extends Entry {
  readonly data: { readonly published?: PartialDate | undefined };
}
interface PersonEntry extends Entry {
  readonly data: { readonly died?: PartialDate | undefined };
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

/** Dates that cannot all be true together. */
export function checkChronology({ events, sources, people, investigations }: CaseEntries): Problem[] {
  const problems: Problem[] = [];
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
