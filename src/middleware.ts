import { defineMiddleware } from 'astro:middleware';
import { liveIndex, pageFile } from './lib/live-index';

/**
 * During `astro build`, hands each rendered page to the search index as it is written (see
 * src/lib/live-index.ts). The page itself is returned unchanged; elsewhere this does nothing.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const index = liveIndex();
  if (!index || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  await index.add(pageFile(context.url.pathname, import.meta.env.BASE_URL), html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
