import { UTCDate } from '@date-fns/utc';
import { earliestDay, formatPartialDate, sortKey, type PartialDate } from './dates';
import { fileOf, type Problem } from './problems';

/**
 * Public corrections, as in a newsroom's corrections policy: what a page said wrongly, what it
 * says now, and the day it changed, so readers who cited the old wording can see what moved.
 */

export interface Correction {
  readonly date: PartialDate;
  readonly text: string;
}

/** The sections of the site whose entries can be corrected. */
export type CorrectedSection = 'events' | 'people' | 'investigations' | 'sources';

/** A correction with the id of its own line on the entry's page, so a feed item can link to it. */
export interface AnchoredCorrection extends Correction {
  readonly anchor: string;
}

/**
 * Each correction's anchor: `correction-2024-01-02`, then `-2`, `-3` for more on the same day,
 * counted in the order written, so adding a correction never changes an older one's address.
 */
export function withAnchors(corrections: readonly Correction[]): AnchoredCorrection[] {
  const seen = new Map<string, number>();
  return corrections.map((c) => {
    const day = sortKey(c.date);
    const n = (seen.get(day) ?? 0) + 1;
    seen.set(day, n);
    return { ...c, anchor: `correction-${day}${n > 1 ? `-${String(n)}` : ''}` };
  });
}

/** Where a corrected page lives: an entry's section, the home page (site.md) or a page of pages/. */
export type ListedSection = CorrectedSection | 'site' | 'pages';

/** One correction on the site-wide list, with the entry it belongs to. */
export interface ListedCorrection extends AnchoredCorrection {
  readonly section: ListedSection;
  readonly id: string;
  /** The corrected page's address (without the correction's anchor). */
  readonly href: string;
  /** The entry's title (or a person's name) as its page shows it. */
  readonly title: string;
}

/** Newest first; corrections of one day keep the order the editor wrote them in. */
export function newestFirst<T extends Correction>(corrections: readonly T[]): T[] {
  return [...corrections].sort((a, b) => sortKey(b.date).localeCompare(sortKey(a.date)));
}

/** The most recent correction, for "Corrected on <date>" beside the title. */
export function latestCorrection<T extends Correction>(corrections: readonly T[]): T | undefined {
  return newestFirst(corrections)[0];
}

/** Every correction of every entry, newest first, for /corrections/ and its feed. */
export function allCorrections(
  entries: readonly {
    section: ListedSection;
    id: string;
    href: string;
    title: string;
    corrections: readonly Correction[];
  }[],
): ListedCorrection[] {
  const listed = entries.flatMap(({ section, id, href, title, corrections }) =>
    withAnchors(corrections).map((c) => ({ section, id, href, title, ...c })),
  );
  // Same day: by title, so the list does not depend on the order folders were read in.
  return newestFirst(listed.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id)));
}

/** The anchor of the "Corrections" section on an entry page, which "Corrected on" links to. */
export const CORRECTIONS_ANCHOR = 'corrections';

interface CorrectableEntry {
  readonly id: string;
  readonly filePath?: string | undefined;
  readonly data: object;
}

function correctionsOf(entry: CorrectableEntry): readonly Correction[] {
  const value = (entry.data as { corrections?: unknown }).corrections;
  return Array.isArray(value) ? (value as Correction[]) : [];
}

const startOfUtcDay = (date: Date) => new UTCDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A correction cannot be dated after the build (a slip of the year, or a date kept for later)
 * nor before the entry was first published (taken from git; skipped where there is no history).
 */
export function checkCorrections(
  collections: Readonly<Record<string, readonly CorrectableEntry[]>>,
  options: { today: Date; firstPublished: (collection: string, id: string) => Date | undefined },
): Problem[] {
  const today = startOfUtcDay(options.today);
  const problems: Problem[] = [];
  for (const [collection, entries] of Object.entries(collections)) {
    for (const entry of entries) {
      const first = options.firstPublished(collection, entry.id);
      correctionsOf(entry).forEach((correction, i) => {
        const day = earliestDay(correction.date);
        const field = `corrections[${String(i)}].date`;
        const file = fileOf(entry, collection);
        if (day > today) {
          problems.push({
            file,
            field,
            message: `${formatPartialDate(correction.date)} is in the future (the build is dated ${isoDay(today)}): date a correction the day it is made`,
          });
        } else if (first && day < startOfUtcDay(first)) {
          problems.push({
            file,
            field,
            message: `${formatPartialDate(correction.date)} is before the entry was first published (${isoDay(first)}, its first commit): a correction cannot precede what it corrects`,
          });
        }
      });
    }
  }
  return problems;
}
