// The README's screenshots, made from the built site in Chromium so they can be regenerated:
// npm run screenshots (builds dist/ first when it is missing).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'docs/screenshots');
const PORT = 4390;
const PAGES = {
  home: '/',
  event: '/events/2021-12-10-inquest-conclusions/',
  victim: '/people/jack-taylor/',
};

if (!existsSync(join(DIST, 'index.html'))) {
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
mkdirSync(OUT, { recursive: true });
const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), '--dir', DIST, '--port', String(PORT)]);
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  for (const colorScheme of ['light', 'dark']) {
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
