import { accessSync, constants } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

type Added = Awaited<ReturnType<Index['addDirectory']>>;

/** A page file whose path is its own glob: no character a glob gives a meaning to. */
const PLAIN_PATH = /^[\w.-]+(?:\/[\w.-]+)*$/;

/**
 * Hands pages to Pagefind as files, in the order they are handed over. Each page's searchable
 * part is written under a temporary folder at its own path, and Pagefind is told to index that
 * one file (`addDirectory` with the file's path as the glob, which Pagefind walks to directly)
 * rather than given the page's text (`addHTMLFile`), for two costs that grow with the case:
 * - text goes down Pagefind's pipe as base64 JSON, encoded on the thread that renders pages;
 * - Pagefind compares each page added as text with the address of every page before it, so at
 *   100,000 events every page costs it milliseconds more, on the build's other core.
 *
 * A file at a time keeps the index's page order the order pages are handed over (a folder of
 * many would be read in the file system's order). A page whose path a glob would misread is
 * handed over as text. Each file is deleted once indexed; the folder when the build is done.
 */
function spooledIndex(index: Promise<Index>, spool: Promise<string>, errors: string[]) {
  const inFlight = new Set<Promise<unknown>>();
  let handed = 0;
  let indexed = 0;
  let sent: Promise<unknown> = Promise.resolve();
  return {
    handed: () => handed,
    indexed: () => indexed,
    settled: () => Promise.all(inFlight),
    add: async (sourcePath: string, content: string) => {
      handed += 1;
      const plain = PLAIN_PATH.test(sourcePath);
      const root = await spool;
      const file = join(root, sourcePath);
      const written = plain
        ? mkdir(dirname(file), { recursive: true }).then(() => writeFile(file, content))
        : undefined;
      // Each page is named to Pagefind only after the one before it, so pages keep their order.
      let response: Promise<Added> | undefined;
      const sending = Promise.all([index, written, sent]).then(([built]) => {
        response = plain
          ? built.addDirectory({ path: root, glob: sourcePath })
          : built.addHTMLFile({ sourcePath, content }).then((added) => ({ ...added, page_count: 1 }));
      });
      sent = sending.catch(() => undefined);
      const done = sending
        .then(() => response)
        .then((added) => {
          if (!added) return;
          errors.push(...added.errors.map((e) => `${sourcePath}: ${e}`));
          // A glob that found nothing is no error to Pagefind, and would drop the page unnoticed.
          if (added.page_count !== 1)
            errors.push(`${sourcePath}: Pagefind read ${String(added.page_count)} pages, not 1`);
          indexed += added.page_count;
        })
        .catch((error: unknown) => errors.push(`${sourcePath}: ${String(error)}`))
        .finally(() => (plain ? rm(file, { force: true }) : undefined));
      inFlight.add(done);
      void done.finally(() => inFlight.delete(done));
      if (inFlight.size > MAX_IN_FLIGHT) await Promise.race(inFlight);
    },
  };
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
  let spool: Promise<string> | undefined;
  let live: ReturnType<typeof spooledIndex> | undefined;
  const errors: string[] = [];
  return {
    name: 'timeline:pagefind',
    hooks: {
      'astro:build:start': () => {
        index = createIndex();
        spool = mkdtemp(join(spoolRoot(), 'timeline-search-'));
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
          if (spool) await rm(await spool, { recursive: true, force: true });
        }
      },
    },
  };
}
