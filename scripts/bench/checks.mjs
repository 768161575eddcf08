// What the bench checks on a built case: that a sample of event pages links only to pages that
// exist, and how search behaves in Chromium (bytes fetched, time to the first result, a date found).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH, serve } from '../lib/browser.mjs';

/**
 * About `count` event pages spread evenly over the case (the same ones on every run).
 * @param {string} outDir
 * @param {number} [count]
 */
export function eventSample(outDir, count = 50) {
  const ids = readdirSync(join(outDir, 'events')).sort();
  const step = Math.max(1, Math.floor(ids.length / count));
  return ids
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((id) => join(outDir, 'events', id, 'index.html'));
}

/**
 * Every link of the pages to this site (`href="/…"`) that leads to no file in the output.
 * @param {string} outDir
 * @param {readonly string[]} pages
 */
export function brokenLinks(outDir, pages) {
  /** @type {string[]} */
  const broken = [];
  let checked = 0;
  for (const page of pages) {
    for (const [, href = ''] of readFileSync(page, 'utf8').matchAll(/href="(\/[^"#?]*)/g)) {
      checked += 1;
      const path = decodeURIComponent(href);
      if (!existsSync(path.endsWith('/') ? join(outDir, path, 'index.html') : join(outDir, path)))
        broken.push(`${page.slice(outDir.length)} → ${href}`);
    }
  }
  return { checked, broken };
}

/**
 * A full date one of the pages shows (`2003-04-17`), as a reader would type it into search.
 * @param {readonly string[]} pages
 */
export function dateOn(pages) {
  for (const page of pages) {
    const found = /<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(readFileSync(page, 'utf8'))?.[1];
    if (found) return found;
  }
  return undefined;
}

/**
 * Types a term into the search box of an open search page: the milliseconds from the query to
 * the first result (the page's 120 ms typing pause excluded) and where that result links, or
 * undefined when nothing is shown within 10 s.
 * @param {import('@playwright/test').Page} page
 * @param {string} term
 * @returns {Promise<{ ms: number, href: string } | undefined>}
 */
async function timeQuery(page, term) {
  const result = await page.evaluate(async (query) => {
    const input = document.querySelector('[data-search-input]');
    const list = document.querySelector('[data-search-results]');
    if (!(input instanceof HTMLInputElement) || !list) throw new Error('The search page has no search box.');
    const start = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const found = await /** @type {Promise<boolean>} */ (
      new Promise((resolve) => {
        const observer = new MutationObserver(() => list.children.length > 0 && (observer.disconnect(), resolve(true)));
        observer.observe(list, { childList: true });
        setTimeout(() => (observer.disconnect(), resolve(false)), 10_000);
      })
    );
    const ms = performance.now() - start;
    return found ? { ms, href: list.querySelector('a')?.getAttribute('href') ?? '' } : undefined;
  }, term);
  return result && { ms: result.ms - 120, href: result.href };
}

/**
 * Types a surname into the search page of a built case and times the first result, counting the
 * bytes fetched from /pagefind/; then searches a date one of its pages shows.
 * @param {string} outDir
 * @param {string} surname
 * @param {string | undefined} date
 * @param {number} tries
 */
export async function searchTiming(outDir, surname, date, tries) {
  const { chromium } = await import('@playwright/test');
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = await serve(outDir, port);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  /** @type {number[]} */
  const timings = [];
  let bytes = 0;
  let dateFound = false;
  try {
    for (let run = 0; run < tries; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      /** @type {Promise<number>[]} */
      const bodies = [];
      // Each body is read as its response arrives and counted once all are read: a count taken
      // before the last bodies were read came out short (162 KB instead of 270 KB at 10,000).
      page.on('response', (response) => {
        if (response.url().includes('/pagefind/'))
          bodies.push(
            response.body().then(
              (b) => b.length,
              () => 0,
            ),
          );
      });
      await page.goto(`http://127.0.0.1:${port}/search/`);
      // A reader clicks into the box (which fetches Pagefind), then types.
      await page.focus('[data-search-input]');
      await page.waitForLoadState('networkidle');
      const first = await timeQuery(page, surname);
      await page.waitForLoadState('networkidle');
      if (first) timings.push(first.ms);
      const fetched = (await Promise.all(bodies)).reduce((sum, n) => sum + n, 0);
      bytes = Math.max(bytes, fetched);
      // Found when the first result is a page that shows that date.
      const href = run === 0 && date ? (await timeQuery(page, date))?.href : undefined;
      if (href?.startsWith('/')) {
        const file = join(outDir, decodeURIComponent(href.replace(/[?#].*$/, '')), 'index.html');
        dateFound = existsSync(file) && readFileSync(file, 'utf8').includes(`datetime="${date ?? ''}"`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return {
    ms: timings.length > 0 ? (timings.sort((x, y) => x - y)[Math.floor(timings.length / 2)] ?? NaN) : NaN,
    found: timings.length,
    bytes,
    date,
    dateFound,
  };
}
