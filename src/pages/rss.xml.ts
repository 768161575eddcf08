import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCase } from '../data/case';
import { earliestDay, formatSpan } from '../lib/dates';
import { makeLinks } from '../lib/links';

// The timeline as a feed, newest event first, so readers can follow it in a feed reader.
export const GET: APIRoute = async ({ site }) => {
  const { site: settings, events } = await loadCase();
  const links = makeLinks(import.meta.env.BASE_URL);
  return rss({
    title: settings.data.title,
    description: settings.data.description,
    site: new URL(links.home(), site ?? 'http://localhost/').href,
    items: [...events].reverse().map((event) => ({
      title: `${formatSpan({ start: event.data.date, end: event.data.end, approximate: event.data.approximate })}: ${event.data.title}`,
      link: links.entry('events', event.id),
      pubDate: earliestDay(event.data.date),
      description: event.data.summary,
    })),
    customData: `<language>${settings.data.lang}</language>`,
  });
};
