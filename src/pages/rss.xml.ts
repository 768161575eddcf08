import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCase } from '../data/case';
import { loadExports } from '../data/exports';
import { rssItems } from '../lib/outputs/feed';
import { makeLinks } from '../lib/model/links';

// The timeline as a feed, the most recently published entries first, so readers can follow it in
// a feed reader; each item is dated by when its page was first published (git), not by the event.
export const GET: APIRoute = async ({ site }) => {
  const { site: settings, events } = await loadCase();
  const { event } = await loadExports(site);
  const published = new Map(events.map((e) => [e.id, e.history?.first]));
  return rss({
    title: settings.data.title,
    description: settings.data.description,
    site: new URL(makeLinks(import.meta.env.BASE_URL).home(), site ?? 'http://localhost/').href,
    items: rssItems(event, (id) => published.get(id)),
    customData: `<language>${settings.data.lang}</language>`,
  });
};
