import { defineMiddleware } from 'astro:middleware';
import { loadCase } from './data/case';
import { liveIndex, livePolicies, pageFile, searchablePart } from './lib/live-index';

/**
 * Every page gets the reader's words as `Astro.locals.t` (the Starlight pattern): the dictionary
 * of site.md's `lang`, built once per build with the case. Components say words through it
 * and never look an entry up.
 *
 * During `astro build`, the searchable part of each rendered page is also handed to the search
 * index, and its Content Security Policy to the `_headers` writer, as it is written (see
 * src/lib/live-index.ts). The page itself is returned unchanged.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.t = (await loadCase()).t;
  const response = await next();
  const index = liveIndex();
  const policies = livePolicies();
  if ((!index && !policies) || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  policies?.add(html);
  const searchable = index ? searchablePart(html) : undefined;
  if (searchable !== undefined) await index?.add(pageFile(context.url.pathname, import.meta.env.BASE_URL), searchable);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
