// The README's screenshots, made from the built site in Chromium so they can be regenerated:
// npm run screenshots (builds dist/ first when it is missing). SCREENSHOTS_DIST, SCREENSHOTS_OUT and
// SCREENSHOTS_PORT point it elsewhere, to compare two builds before and after a style change.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT, ensureBuilt, serve } from './lib/browser.mjs';

const DIST = process.env['SCREENSHOTS_DIST'] ?? join(ROOT, 'dist');
const OUT = process.env['SCREENSHOTS_OUT'] ?? join(ROOT, 'docs/screenshots');
const PORT = Number(process.env['SCREENSHOTS_PORT'] ?? 4390);
const PAGES = {
  home: '/',
  event: '/events/2021-12-10-inquest-conclusions/',
  victim: '/people/jack-taylor/',
};

ensureBuilt(DIST);
mkdirSync(OUT, { recursive: true });
const server = await serve(DIST, PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
    const context = await browser.newContext({
      colorScheme,
      viewport: { width: 1000, height: 1300 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(`http://127.0.0.1:${PORT}${path}`);
      const file = join(OUT, `${name}-${colorScheme}.png`);
      await page.screenshot({ path: file });
      console.log(`Wrote ${file}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
