import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCase, type Event } from '../../../data/case';
import { EMBED_EVENT_SIZE, embedPath, oembed } from '../../../lib/embed';
import { makeLinks } from '../../../lib/model/links';

// One static oEmbed answer per event, found through the <link rel="alternate"> on its page.
export const getStaticPaths = (async () => {
  const { events } = await loadCase();
  return events.map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: Event }> = async ({ props, site }) => {
  const { site: settings } = await loadCase();
  const base = import.meta.env.BASE_URL;
  const absolute = (path: string) => new URL(path, site ?? 'http://localhost/').href;
  const answer = oembed({
    title: props.event.title,
    siteTitle: settings.data.title,
    siteUrl: absolute(makeLinks(base).home()),
    embedUrl: absolute(embedPath(base, `events/${encodeURIComponent(props.event.id)}/`)),
    size: EMBED_EVENT_SIZE,
  });
  return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json+oembed' } });
};
