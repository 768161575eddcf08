// Before/after screenshots of a layout change: the home page, an event page and the search page
// at a phone's and a desktop's size, and an event page printed to A4 (its PDF's pages as PNGs
// when Poppler's pdftoppm is installed, else a print-media screenshot). Usage:
//   node scripts/layout-screenshots.mjs <out folder>   (SCREENSHOTS_DIST, SCREENSHOTS_PORT as in screenshots.mjs)
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT, ensureBuilt, serve } from './lib/browser.mjs';

const DIST = process.env['SCREENSHOTS_DIST'] ?? join(ROOT, 'dist');
const OUT = process.argv[2] ?? join(ROOT, 'docs/screenshots/after');
const PORT = Number(process.env['SCREENSHOTS_PORT'] ?? 4391);
const EVENT = '/events/2021-12-10-inquest-conclusions/';
const PAGES = { home: '/', event: EVENT, search: '/search/?q=Walgate' };
const SIZES = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } };

ensureBuilt(DIST);
mkdirSync(OUT, { recursive: true });
const server = await serve(DIST, PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const [size, viewport] of Object.entries(SIZES)) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(`http://127.0.0.1:${PORT}${path}`);
      if (name === 'search') await page.locator('[data-search-results] li').first().waitFor();
      const file = join(OUT, `${name}-${size}.png`);
      await page.screenshot({ path: file });
      console.log(`Wrote ${file}`);
    }
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}${EVENT}`);
  const pdf = join(OUT, 'event-print.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  const poppler = spawnSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, 'event-print')]);
  if (poppler.error) {
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(OUT, 'event-print.png'), fullPage: true });
  }
  console.log(`Printed ${pdf}`);
  await context.close();
} finally {
  await browser.close();
  server.kill();
}
