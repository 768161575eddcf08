import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCase } from '../data/case';
import { earliestDay, formatPartialDate } from '../lib/model/dates';
import { makeLinks } from '../lib/model/links';

// Every correction as a feed, newest first, so readers who cited a page learn when it changed.
export const GET: APIRoute = async ({ site }) => {
  const { site: settings, corrections, t } = await loadCase();
  const links = makeLinks(import.meta.env.BASE_URL);
  return rss({
    title: t('corrections.feedTitle', { site: settings.data.title }),
    description: t('corrections.feedDescription', { site: settings.data.title }),
    site: new URL(links.home(), site ?? 'http://localhost/').href,
    items: corrections.map((c) => ({
      title: t('corrections.feedItem', { date: formatPartialDate(c.date, t), title: c.title }),
      // The link to the correction's own line is also the item's id: unique, and stable as corrections are added.
      // Absolute, because @astrojs/rss would add a trailing slash after the #fragment of a relative link.
      link: new URL(`${c.href}#${c.anchor}`, site ?? 'http://localhost/').href,
      pubDate: earliestDay(c.date),
      description: c.text,
    })),
    customData: `<language>${settings.data.lang}</language>`,
  });
};
