import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** What a page handed to the indexer came to: its problems, and how many pages it read. */
export interface Indexed {
  readonly errors: readonly string[];
  readonly page_count: number;
}

/** The part of Pagefind's Node API index the spool uses. */
export interface PageIndexer {
  addDirectory(directory: { path: string; glob?: string }): Promise<Indexed>;
  addHTMLFile(file: { sourcePath: string; content: string }): Promise<{ readonly errors: readonly string[] }>;
}

/** A page file whose path is its own glob: no character a glob gives a meaning to. */
const PLAIN_PATH = /^[\w.-]+(?:\/[\w.-]+)*$/;

/**
 * Pages sent to the indexer and not yet indexed. Past this, `add` waits for the indexer, so a
 * slow indexer never makes the build hold thousands of pages in memory.
 */
export const MAX_IN_FLIGHT = 64;

/**
 * Hands pages to Pagefind as files, in the order they are handed over. Each page's searchable
 * part is written under `spool` at its own path, and Pagefind is told to index that one file
 * (`addDirectory` with the file's path as the glob, which Pagefind walks to directly) rather
 * than given the page's text (`addHTMLFile`), for two costs that grow with the case:
 * - text goes down Pagefind's pipe as base64 JSON, encoded on the thread that renders pages;
 * - Pagefind compares each page added as text with the address of every page before it, so at
 *   100,000 events every page costs it milliseconds more, on the build's other core.
 *
 * A file at a time keeps the index's page order the order pages are handed over (a folder of
 * many would be read in the file system's order). A page whose path a glob would misread is
 * handed over as text. Each file is deleted once indexed. Problems are gathered in `errors`,
 * each naming its page; a page that fails never stops the ones after it.
 */
export function spooledIndex(
  index: Promise<PageIndexer>,
  spool: string,
  errors: string[],
  maxInFlight = MAX_IN_FLIGHT,
) {
  const inFlight = new Set<Promise<unknown>>();
  let handed = 0;
  let indexed = 0;
  let sent: Promise<unknown> = Promise.resolve();
  return {
    /** Pages handed over so far. */
    handed: () => handed,
    /** Pages the indexer has read so far. */
    indexed: () => indexed,
    /** Resolves once every page handed over is indexed (or has failed). */
    settled: () => Promise.all(inFlight),
    /** Hands over a page; resolves at once, or once the indexer has caught up a little. */
    add: async (sourcePath: string, content: string): Promise<void> => {
      handed += 1;
      const plain = PLAIN_PATH.test(sourcePath);
      const file = join(spool, sourcePath);
      const written = plain
        ? mkdir(dirname(file), { recursive: true }).then(() => writeFile(file, content))
        : undefined;
      // Each page is named to the indexer only after the one before it, so pages keep their order.
      // The answer is wrapped so that `sent` settles when the page is named, not when it is indexed.
      const sending = Promise.all([index, written, sent]).then(([indexer]) => ({
        answer: plain
          ? indexer.addDirectory({ path: spool, glob: sourcePath })
          : indexer.addHTMLFile({ sourcePath, content }).then((added) => ({ ...added, page_count: 1 })),
      }));
      sent = sending.catch(() => undefined);
      const done = sending
        .then(({ answer }) => answer)
        .then((added) => {
          errors.push(...added.errors.map((e) => `${sourcePath}: ${e}`));
          // A glob that found nothing is no error to Pagefind, and would drop the page unnoticed.
          if (added.page_count !== 1) {
            errors.push(`${sourcePath}: Pagefind read ${String(added.page_count)} pages, not 1`);
          }
          indexed += added.page_count;
        })
        .catch((error: unknown) => errors.push(`${sourcePath}: ${String(error)}`))
        .then(() => (plain ? rm(file, { force: true }) : undefined))
        // A file that cannot be deleted now goes with the spool folder when the build is done.
        .catch(() => undefined);
      inFlight.add(done);
      void done.finally(() => inFlight.delete(done));
      if (inFlight.size > maxInFlight) await Promise.race(inFlight);
    },
  };
}
