import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/browser.mjs';

// TIMELINE_PORT_BASE moves the four servers together, so two checkouts can run their browser tests at once.
const PORT_BASE = Number(process.env['TIMELINE_PORT_BASE'] ?? 4322);
const CASE_PORT = PORT_BASE;
const ENGINE_PORT = PORT_BASE + 1;
const FRENCH_PORT = PORT_BASE + 2;
const CHRONICLE_PORT = PORT_BASE + 3;

const serve = (dir: string, port: number) => `node scripts/serve.mjs --dir ${dir} --port ${String(port)}`;

/**
 * A fixture case served on its own port: the build Vitest's global setup kept (npm test sets
 * TIMELINE_TEST_BUILDS), else a fresh build before serving.
 */
function fixtureServer(fixture: string, port: number, epoch: string) {
  const kept = process.env['TIMELINE_TEST_BUILDS'] && resolve(process.env['TIMELINE_TEST_BUILDS'], fixture);
  const reuse = Boolean(kept && existsSync(join(kept, 'index.html')));
  const dist = reuse && kept ? kept : join(tmpdir(), `timeline-e2e-${fixture}-${String(process.pid)}`);
  return {
    command: reuse
      ? serve(dist, port)
      : `node node_modules/astro/bin/astro.mjs build --outDir ${dist} && ${serve(dist, port)}`,
    env: {
      TIMELINE_CONTENT: `tests/fixtures/${fixture}`,
      TIMELINE_CACHE_DIR: `${dist}-cache`,
      SITE_URL: 'https://example.org',
      SOURCE_DATE_EPOCH: epoch,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    url: `http://127.0.0.1:${String(port)}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  };
}

// Playwright cannot download its own browser on these machines: Debian's Chromium is used.
export default defineConfig({
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    // The engine on its fixture case (tests/fixtures/engine).
    {
      name: 'engine',
      testDir: 'tests/e2e',
      testIgnore: ['french/**', 'chronicle/**'],
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${String(ENGINE_PORT)}` },
    },
    // The engine on its French fixture case (tests/fixtures/french).
    {
      name: 'french',
      testDir: 'tests/e2e/french',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${String(FRENCH_PORT)}` },
    },
    // The engine on a non-police case with times, a picture, tags and linked citations.
    {
      name: 'chronicle',
      testDir: 'tests/e2e/chronicle',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${String(CHRONICLE_PORT)}` },
    },
    // The Stephen Port case's pages, from `npm run build` (dist/).
    {
      name: 'case',
      testDir: 'tests/case/e2e',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${String(CASE_PORT)}` },
    },
  ],
  webServer: [
    {
      // Serves the built dist/ as a static host would (astro preview allows only one server at a time).
      command: serve('dist', CASE_PORT),
      url: `http://127.0.0.1:${String(CASE_PORT)}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    fixtureServer('engine', ENGINE_PORT, '1700000000'),
    fixtureServer('french', FRENCH_PORT, '1732000000'),
    fixtureServer('chronicle', CHRONICLE_PORT, '1700000000'),
  ],
});
