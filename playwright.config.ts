import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/browser.mjs';

const CASE_PORT = 4322;
const ENGINE_PORT = 4323;
const CHRONICLE_PORT = 4324;

// The engine fixture's build: the one Vitest's global setup kept (npm test sets
// TIMELINE_TEST_BUILDS), else a fresh build before serving.
const kept = process.env['TIMELINE_TEST_BUILDS'] && resolve(process.env['TIMELINE_TEST_BUILDS'], 'engine');
const reuse = Boolean(kept && existsSync(join(kept, 'index.html')));
const engineDist = reuse && kept ? kept : join(tmpdir(), `timeline-e2e-engine-${String(process.pid)}`);
// The chronicle fixture's build (tests/fixtures/chronicle), kept or built the same way.
const keptChronicle = process.env['TIMELINE_TEST_BUILDS'] && resolve(process.env['TIMELINE_TEST_BUILDS'], 'chronicle');
const reuseChronicle = Boolean(keptChronicle && existsSync(join(keptChronicle, 'index.html')));
const chronicleDist =
  reuseChronicle && keptChronicle ? keptChronicle : join(tmpdir(), `timeline-e2e-chronicle-${String(process.pid)}`);
const serve = (dir: string, port: number) => `node scripts/serve.mjs --dir ${dir} --port ${String(port)}`;

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
      testIgnore: 'chronicle/**',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${String(ENGINE_PORT)}` },
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
    {
      command: reuse
        ? serve(engineDist, ENGINE_PORT)
        : `node node_modules/astro/bin/astro.mjs build --outDir ${engineDist} && ${serve(engineDist, ENGINE_PORT)}`,
      env: {
        TIMELINE_CONTENT: 'tests/fixtures/engine',
        TIMELINE_CACHE_DIR: `${engineDist}-cache`,
        SITE_URL: 'https://example.org',
        SOURCE_DATE_EPOCH: '1700000000',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      url: `http://127.0.0.1:${String(ENGINE_PORT)}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: reuseChronicle
        ? serve(chronicleDist, CHRONICLE_PORT)
        : `node node_modules/astro/bin/astro.mjs build --outDir ${chronicleDist} && ${serve(chronicleDist, CHRONICLE_PORT)}`,
      env: {
        TIMELINE_CONTENT: 'tests/fixtures/chronicle',
        TIMELINE_CACHE_DIR: `${chronicleDist}-cache`,
        SITE_URL: 'https://example.org',
        SOURCE_DATE_EPOCH: '1700000000',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      url: `http://127.0.0.1:${String(CHRONICLE_PORT)}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
