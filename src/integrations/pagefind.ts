import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { secondsSince } from '../lib/elapsed';
import { setLiveIndex } from '../lib/live-index';

/** Characters kept inside words, so `2014-06-19` and `19/06/2014` are indexed and searched whole. */
export const SEARCH_WORD_CHARACTERS = '-/';

/**
 * Pages sent to Pagefind and not yet indexed. Past this, rendering waits for the indexer, so a
 * slow indexer never makes the build hold thousands of pages in memory.
 */
const MAX_IN_FLIGHT = 64;

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
}

async function createIndex(): Promise<Index> {
  const created = await pagefind.createIndex({ includeCharacters: SEARCH_WORD_CHARACTERS });
  if (!created.index) fail('start', created.errors);
  return created.index;
}

/**
 * Indexes the built site with Pagefind's Node API, so `dist/` is always searchable and any
 * Pagefind error fails the build. Pagefind runs in its own process: each page is handed to it
 * as Astro renders it (src/integrations/rendered-pages.ts), so indexing runs beside rendering
 * rather than after it, and the index is written when the build is done. Should no page have
 * come through, the finished site is indexed from its files instead.
 */
export function pagefindIndex(): AstroIntegration {
  let index: Promise<Index> | undefined;
  const inFlight = new Set<Promise<unknown>>();
  const errors: string[] = [];
  let handed = 0;
  return {
    name: 'timeline:pagefind',
    hooks: {
      'astro:build:start': () => {
        index = createIndex();
        setLiveIndex({
          add: async (sourcePath, content) => {
            handed += 1;
            const added = (await (index as Promise<Index>))
              .addHTMLFile({ sourcePath, content })
              .then((result) => errors.push(...result.errors.map((e) => `${sourcePath}: ${e}`)));
            inFlight.add(added);
            void added.finally(() => inFlight.delete(added));
            if (inFlight.size > MAX_IN_FLIGHT) await Promise.race(inFlight);
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setLiveIndex(undefined);
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const built = await (index ?? createIndex());
          await Promise.all(inFlight);
          if (errors.length > 0) fail('index the site', errors);
          let pages = handed;
          if (handed === 0) {
            const added = await built.addDirectory({ path: site });
            if (added.errors.length > 0) fail('index the site', added.errors);
            pages = added.page_count;
          }
          if (pages === 0) fail('index the site', ['no page has data-pagefind-body content']);
          const written = await built.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) fail('write the index', written.errors);
          logger.info(`Indexed ${String(pages)} pages for search in ${secondsSince(started)} s.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
