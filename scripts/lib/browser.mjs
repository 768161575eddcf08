// What the scripts and browser tests share: Debian's Chromium (Playwright cannot download its
// own browser on these machines), building dist/ when it is missing, and serving it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Builds the site into dist/ unless it is already there. */
export function ensureBuilt(dist = join(ROOT, 'dist')) {
  if (existsSync(join(dist, 'index.html'))) return;
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/**
 * Serves a built site on loopback; resolves once it listens. Call kill() on the result.
 * @param {string} dir
 * @param {number} port
 */
export async function serve(dir, port) {
  const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), '--dir', dir, '--port', String(port)]);
  await new Promise((resolve) => server.stdout.once('data', resolve));
  return server;
}
