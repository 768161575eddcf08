import { defineMiddleware } from 'astro:middleware';
import { loadCase } from './data/case';

/**
 * Every page gets the reader's words as `Astro.locals.t` (the Starlight pattern): the dictionary
 * of site.md's `lang`, built once per build with the case. Components say words through it
 * and never look an entry up. (What the build does with each rendered page besides writing it
 * is in src/integrations/rendered-pages/rendered-pages.ts.)
 */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.t = (await loadCase()).t;
  return next();
});
