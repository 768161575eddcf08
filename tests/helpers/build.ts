import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/**
 * The environment without what Vitest adds (NODE_ENV=test, Vite's BASE_URL, MODE…), which
 * would otherwise leak into the child build and change what it produces.
 */
export function inheritedEnv(): NodeJS.ProcessEnv {
  const vite = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vite.has(key) && !key.startsWith('VITEST')));
}

/**
 * Builds the site into a fresh temporary folder, from `content` (default: the real case),
 * with its own cache so several builds can run side by side. Every call is a full build: tests
 * that only read a build share one (tests/helpers/shared-builds.ts).
 */
export function buildSite(
  options: { content?: string; env?: Record<string, string>; outDir?: string; asEditor?: boolean } = {},
): Promise<BuildResult> {
  const work = mkdtempSync(join(tmpdir(), 'timeline-build-'));
  // `asEditor`: built as `npm run build` builds it, into the folder and cache the config gives the case.
  const outDir = options.asEditor ? '' : (options.outDir ?? join(work, 'dist'));
  const env = {
    ...inheritedEnv(),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(options.asEditor ? {} : { TIMELINE_CACHE_DIR: join(work, 'cache') }),
    ...(options.content ? { TIMELINE_CONTENT: options.content } : {}),
    ...options.env,
  };
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...(outDir ? ['--outDir', outDir] : [])],
      {
        cwd: ROOT,
        env,
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output, outDir }));
  });
}

/** A port nothing listens on, so a test's own server never collides with the Playwright servers. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
