import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { secondsSince } from '../lib/elapsed';

/** Characters kept inside words, so `2014-06-19` and `19/06/2014` are indexed and searched whole. */
export const SEARCH_WORD_CHARACTERS = '-/';

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
}

/**
 * Indexes the built site with Pagefind's Node API as the last step of `astro build`, so
 * `dist/` is always searchable, and any Pagefind error fails the build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'timeline:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const created = await pagefind.createIndex({ includeCharacters: SEARCH_WORD_CHARACTERS });
        if (!created.index) fail('start', created.errors);
        try {
          const added = await created.index.addDirectory({ path: site });
          if (added.errors.length > 0) fail('index the site', added.errors);
          if (added.page_count === 0) fail('index the site', ['no page has data-pagefind-body content']);
          const written = await created.index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) fail('write the index', written.errors);
          logger.info(`Indexed ${String(added.page_count)} pages for search in ${secondsSince(started)} s.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
