import type { ExportedEvent } from './export';

/** A feed item as @astrojs/rss takes it. */
export interface FeedItem {
  readonly title: string;
  readonly link: string;
  /** When the entry was first published on the site; left out when there is no history to say. */
  readonly pubDate?: Date;
  readonly description: string;
}

/**
 * How many events the feed holds. Feed readers fetch it again and again: a case of 100,000
 * events would make it 50 MB. The newest this many are in it; the downloads on /data/ hold all.
 */
export const FEED_LIMIT = 1000;

/**
 * The feed's items, the most recently published first, from the export records: the label is
 * the downloads' own, so the feed never dates an event differently. An item's `pubDate` is when
 * its page was first published (from git), never the event's date: a feed reader shows a new
 * entry about 2014 as new, and no day is invented for an event known only to the month. Entries
 * published together, or with no history (a tarball), keep the newest event first.
 */
export function rssItems(
  events: readonly ExportedEvent[],
  firstPublished: (id: string) => Date | undefined = () => undefined,
  limit = FEED_LIMIT,
): FeedItem[] {
  const newestEventFirst = [...events].reverse().map((e, at) => ({ e, at, published: firstPublished(e.id) }));
  const time = (date: Date | undefined) => date?.getTime() ?? Number.NEGATIVE_INFINITY;
  return newestEventFirst
    .sort((a, b) => (time(a.published) === time(b.published) ? a.at - b.at : time(b.published) - time(a.published)))
    .slice(0, limit)
    .map(({ e, published }) => ({
      title: `${e.dateLabel}: ${e.title}`,
      link: e.url,
      ...(published ? { pubDate: published } : {}),
      description: e.summary,
    }));
}
