import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCase } from '../data/case';
import { loadExports } from '../data/exports';
import { rssItems } from '../lib/outputs/feed';
import { makeLinks } from '../lib/model/links';

// The timeline as a feed, newest event first, so readers can follow it in a feed reader.
export const GET: APIRoute = async ({ site }) => {
  const { site: settings } = await loadCase();
  const { event } = await loadExports(site);
  return rss({
    title: settings.data.title,
    description: settings.data.description,
    site: new URL(makeLinks(import.meta.env.BASE_URL).home(), site ?? 'http://localhost/').href,
    items: rssItems(event),
    customData: `<language>${settings.data.lang}</language>`,
  });
};
