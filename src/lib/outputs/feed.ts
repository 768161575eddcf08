import { earliestDay, parsePartialDate } from '../model/dates';
import type { ExportedEvent } from './export';

/** A feed item as @astrojs/rss takes it. */
export interface FeedItem {
  readonly title: string;
  readonly link: string;
  readonly pubDate: Date;
  readonly description: string;
}

/**
 * How many events the feed holds. Feed readers fetch it again and again: a case of 100,000
 * events would make it 50 MB. The newest this many are in it; the downloads on /data/ hold all.
 */
export const FEED_LIMIT = 1000;

/**
 * The feed's items, newest event first, from the export records: the label and the date are
 * the downloads' own, so the feed never dates an event differently. A partial date is
 * published as its first day; an event with a time of day at that moment in the case's time zone.
 */
export function rssItems(events: readonly ExportedEvent[], limit = FEED_LIMIT): FeedItem[] {
  return events
    .slice(-limit)
    .reverse()
    .map((e) => ({
      title: `${e.dateLabel}: ${e.title}`,
      link: e.url,
      pubDate: e.time === null ? earliestDay(parsePartialDate(e.date)) : new Date(e.datetime),
      description: e.summary,
    }));
}
