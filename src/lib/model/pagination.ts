/**
 * A long timeline is split into pages of at most `size` events, so no page grows without
 * bound as a case grows; a small case keeps everything on one page.
 */
export const TIMELINE_PAGE_SIZE = 300;

/**
 * The index lists (sources, people, investigations, a tag's events) hold one line per entry, far
 * lighter than a timeline card: 500 lines keep a page near 30 KB gzip at any case size, while
 * every case of a few hundred entries (this one, every fixture) keeps its whole list on one page.
 * A case may choose another size in site.md (`listPageSize`).
 */
export const LIST_PAGE_SIZE = 500;

/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based; page 1 is the list's own address (the home page, for the timeline). */
  readonly number: number;
  readonly entries: readonly T[];
}

/** A page of the home timeline. */
export type TimelinePage<T> = Page<T>;

export function paginate<T>(entries: readonly T[], size = TIMELINE_PAGE_SIZE): Page<T>[] {
  if (size < 1) throw new RangeError('a page holds at least one entry');
  const pages: Page<T>[] = [];
  for (let i = 0; i < entries.length; i += size) {
    pages.push({ number: pages.length + 1, entries: entries.slice(i, i + size) });
  }
  return pages.length > 0 ? pages : [{ number: 1, entries: [] }];
}

/** Which page each entry id is on. */
export function pageOfEach<T extends { readonly id: string }>(pages: readonly TimelinePage<T>[]): Map<string, number> {
  return new Map(pages.flatMap((page) => page.entries.map((entry) => [entry.id, page.number] as const)));
}

/** For each year, the first page where its entries start, for a "jump to year" index. */
export function firstPageOfYear<T>(
  pages: readonly TimelinePage<T>[],
  yearOf: (entry: T) => number,
): Map<number, number> {
  const first = new Map<number, number>();
  for (const page of pages) {
    for (const entry of page.entries) {
      const year = yearOf(entry);
      if (!first.has(year)) first.set(year, page.number);
    }
  }
  return first;
}

/**
 * Splits a grouped list (people by role, sources by kind) into pages of at most `size` entries,
 * counting entries, not groups. A group that runs over a page boundary appears on both pages,
 * with its heading, holding the entries that fall on each; a page shows only its own groups.
 */
export function paginateGroups<T, G extends { readonly entries: readonly T[] }>(
  groups: readonly G[],
  size = LIST_PAGE_SIZE,
): Page<G>[] {
  const items = groups.flatMap((group) => group.entries.map((entry) => ({ group, entry })));
  return paginate(items, size).map(({ number, entries }) => {
    const runs: { group: G; entries: T[] }[] = [];
    for (const { group, entry } of entries) {
      const run = runs.at(-1);
      if (run?.group === group) run.entries.push(entry);
      else runs.push({ group, entries: [entry] });
    }
    return { number, entries: runs.map((run) => ({ ...run.group, entries: run.entries })) };
  });
}

/**
 * The page numbers a pager shows: the first and last pages, and those within `around` of the
 * current one; `undefined` marks a gap (drawn as an ellipsis), so a list of 200 pages still
 * gets a short pager. A gap of a single page shows that page instead.
 */
export function pageNumbers(current: number, last: number, around = 2): (number | undefined)[] {
  const near = (n: number) => n === 1 || n === last || Math.abs(n - current) <= around;
  const shown: (number | undefined)[] = [];
  for (let n = 1; n <= last; n++) {
    if (near(n) || (near(n - 1) && near(n + 1))) shown.push(n);
    else if (shown.at(-1) !== undefined) shown.push(undefined);
  }
  return shown;
}
