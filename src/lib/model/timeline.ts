import type { Translator } from '../../i18n';
import { compareDates, gapLabel, type PartialDate } from './dates';
import { compareTimes } from './times';

/** The little every dated entry shares, whatever collection it comes from. */
export interface Dated {
  readonly id: string;
  readonly data: { readonly date: PartialDate };
}

/** The date an event sits at on the timeline. */
export const eventDate = (entry: Dated): PartialDate => entry.data.date;

/** The time of day an event sits at within its day, if it has one. */
export const eventTime = (entry: { readonly data: { readonly time?: string | undefined } }): string | undefined =>
  entry.data.time;

/**
 * Chronological order by `dateOf`; undated entries go last; on the same date, by `timeOf`
 * (untimed first, see compareTimes), then a stable order by id, so a rebuild never reshuffles
 * the timeline.
 */
export function sortChronologically<T extends { readonly id: string }>(
  entries: readonly T[],
  dateOf: (entry: T) => PartialDate | undefined,
  timeOf: (entry: T) => string | undefined = () => undefined,
): T[] {
  return [...entries].sort((a, b) => {
    const da = dateOf(a);
    const db = dateOf(b);
    const byDate = da && db ? compareDates(da, db) : Number(da === undefined) - Number(db === undefined);
    return byDate || compareTimes(timeOf(a), timeOf(b)) || a.id.localeCompare(b.id);
  });
}

export interface YearGroup<T> {
  readonly year: number;
  readonly entries: readonly T[];
}

/** Consecutive runs of sorted entries that share a year, for "2014", "2015"… headings. */
export function groupByYear<T extends Dated>(sorted: readonly T[]): YearGroup<T>[] {
  const groups: { year: number; entries: T[] }[] = [];
  for (const entry of sorted) {
    const last = groups.at(-1);
    if (last?.year === entry.data.date.year) last.entries.push(entry);
    else groups.push({ year: entry.data.date.year, entries: [entry] });
  }
  return groups;
}

/**
 * For each sorted entry, the silence before it ("14 months later") when it is long enough to
 * notice. Long quiet stretches are part of the story of an investigation.
 */
export function gapsBefore<T extends Dated>(sorted: readonly T[], minMonths = 6, t?: Translator): Map<string, string> {
  const gaps = new Map<string, string>();
  sorted.forEach((entry, index) => {
    const previous = sorted[index - 1];
    if (!previous) return;
    const label = gapLabel(previous.data.date, entry.data.date, minMonths, t);
    if (label) gaps.set(entry.id, label);
  });
  return gaps;
}

/**
 * A lookup of the entries either side of an id in a sorted list, indexed once: every event
 * page asks, so a scan per page would make a large build quadratic.
 */
export function neighbours<T extends { readonly id: string }>(
  sorted: readonly T[],
): (id: string) => { previous: T | undefined; next: T | undefined } {
  const position = new Map(sorted.map((entry, index) => [entry.id, index]));
  return (id) => {
    const index = position.get(id);
    if (index === undefined) return { previous: undefined, next: undefined };
    return { previous: sorted[index - 1], next: sorted[index + 1] };
  };
}
