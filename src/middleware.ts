import { defineMiddleware } from 'astro:middleware';
import { loadCase } from './data/case';
import { devProblems, withProblemBanner } from './lib/content/dev-report';

/**
 * Every page gets the reader's words as `Astro.locals.t` (the Starlight pattern): the dictionary
 * of site.md's `lang`, built once per build with the case. Components say words through it
 * and never look an entry up. (What the build does with each rendered page besides writing it
 * is in src/integrations/rendered-pages/rendered-pages.ts.)
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const { t } = await loadCase();
  context.locals.t = t;
  const response = await next();
  // Under `npm run dev`, a save the content check refused is shown on every page, not only in
  // the terminal: the page is still the content as it was, so the editor must be told.
  if (!import.meta.env.DEV) return response;
  const problems = devProblems();
  if (problems.length === 0 || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = withProblemBanner(await response.text(), t('dev.problems', { count: problems.length }), problems);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
});
