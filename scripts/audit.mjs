// Lighthouse scores for the main page types of the built site, in Debian's Chromium.
// Usage: npm run audit (builds dist/ first when it is missing).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT, ensureBuilt, serve } from './lib/browser.mjs';

const DIST = join(ROOT, 'dist');
const PORT = 4380;
const PAGES = {
  home: '/',
  event: '/events/2016-11-23-port-convicted/',
  person: '/people/jack-taylor/',
  search: '/search/?q=Walgate',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

ensureBuilt(DIST);

const server = await serve(DIST, PORT);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  userDataDir: mkdtempSync(join(tmpdir(), 'lighthouse-')),
  chromeFlags: CHROMIUM_ARGS,
});

const rows = [];
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      // A static site on loopback: simulate a mid-range phone on a slow 4G link, Lighthouse's default.
      formFactor: 'mobile',
    });
    const categories = result?.lhr.categories ?? {};
    const scores = CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100));
    const failing = Object.values(result?.lhr.audits ?? {})
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id);
    rows.push({ name, path, scores, failing });
  }
} finally {
  chrome.kill();
  server.kill();
}

console.log(`| page | ${CATEGORIES.join(' | ')} | failing audits |`);
console.log(`| --- | ${CATEGORIES.map(() => '---:').join(' | ')} | --- |`);
for (const { name, path, scores, failing } of rows) {
  console.log(`| ${name} (${path}) | ${scores.join(' | ')} | ${failing.join(', ') || 'none'} |`);
}
