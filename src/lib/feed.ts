import { earliestDay, parsePartialDate } from './dates';
import type { ExportedEvent } from './export';

/** A feed item as @astrojs/rss takes it. */
export interface FeedItem {
  readonly title: string;
  readonly link: string;
  readonly pubDate: Date;
  readonly description: string;
}

/**
 * The feed's items, newest event first, from the export records: the label and the date are
 * the downloads' own, so the feed never dates an event differently. A partial date is
 * published as its first day; an event with a time of day at that moment in the case's time zone.
 */
export function rssItems(events: readonly ExportedEvent[]): FeedItem[] {
  return [...events].reverse().map((e) => ({
    title: `${e.dateLabel}: ${e.title}`,
    link: e.url,
    pubDate: e.time === null ? earliestDay(parsePartialDate(e.date)) : new Date(e.datetime),
    description: e.summary,
  }));
}
