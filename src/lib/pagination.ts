/**
 * A long timeline is split into pages of at most `size` events, so no page grows without
 * bound as a case grows; a small case keeps everything on one page.
 */
export const TIMELINE_PAGE_SIZE = 300;

export interface TimelinePage<T> {
  /** 1-based; page 1 is the home page. */
  readonly number: number;
  readonly entries: readonly T[];
}

export function paginate<T>(entries: readonly T[], size = TIMELINE_PAGE_SIZE): TimelinePage<T>[] {
  if (size < 1) throw new RangeError('a page holds at least one entry');
  const pages: TimelinePage<T>[] = [];
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
