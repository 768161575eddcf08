import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { secondsSince } from '../elapsed';
import { setLiveIndex } from '../rendered-pages/live-index';
import { spooledIndex } from './spooled-index';

/** Characters kept inside words, so `2014-06-19` and `19/06/2014` are indexed and searched whole. */
export const SEARCH_WORD_CHARACTERS = '-/';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
}

async function createIndex(): Promise<Index> {
  const created = await pagefind.createIndex({ includeCharacters: SEARCH_WORD_CHARACTERS });
  if (!created.index) fail('start', created.errors);
  return created.index;
}

const MEMORY_FOLDER = '/dev/shm';

/**
 * Where the pages wait for Pagefind: a folder in memory where the system has one (Linux's
 * `/dev/shm`), since every page written there is read once and deleted, and the disk is already
 * busy with the site itself; the system's temporary folder elsewhere.
 */
function spoolRoot(): string {
  try {
    accessSync(MEMORY_FOLDER, constants.W_OK);
    return MEMORY_FOLDER;
  } catch {
    return tmpdir();
  }
}

/**
 * Indexes the built site with Pagefind's Node API, so `dist/` is always searchable and any
 * Pagefind error fails the build. Pagefind runs in its own process: each page is handed to it
 * as Astro renders it (src/integrations/rendered-pages/rendered-pages.ts), as a file (src/integrations/pagefind/spooled-index.ts),
 * so indexing runs beside rendering rather than after it, and the index is written when the
 * build is done. Should no page have come through, the finished site is indexed from its files
 * instead.
 */
export function pagefindIndex(): AstroIntegration {
  let index: Promise<Index> | undefined;
  let live: ReturnType<typeof spooledIndex> | undefined;
  let spool: string | undefined;
  // A build that fails while rendering never reaches astro:build:done: the folder (in memory, with
  // an empty folder left for each page indexed) goes when the process ends.
  const dropSpool = () => {
    if (spool) rmSync(spool, { recursive: true, force: true });
  };
  const errors: string[] = [];
  return {
    name: 'timeline:pagefind',
    hooks: {
      'astro:build:start': () => {
        index = createIndex();
        // The bench measures indexing the finished site instead (issue 25): then no page is handed
        // over while rendering, and astro:build:done indexes dist/ from its files.
        if (process.env['TIMELINE_SEARCH_INDEX'] === 'after-build') return;
        // Made before any page is handed over, so every page is written straight into it.
        spool = mkdtempSync(join(spoolRoot(), 'timeline-search-'));
        process.once('exit', dropSpool);
        live = spooledIndex(index, spool, errors);
        setLiveIndex({ add: live.add });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setLiveIndex(undefined);
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const built = await (index ?? createIndex());
          await live?.settled();
          if (errors.length > 0) fail('index the site', errors);
          let pages = live?.indexed() ?? 0;
          if (!live || live.handed() === 0) {
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
          if (spool) await rm(spool, { recursive: true, force: true });
          // Gone already: a process that builds again does not gather one listener per build.
          process.off('exit', dropSpool);
        }
      },
    },
  };
}
