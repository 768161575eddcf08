import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build';
import { SHARED_BUILDS, type SharedBuild } from '../helpers/shared-builds';

/**
 * Builds each shared case once for the whole run (see tests/helpers/shared-builds.ts).
 * `npm test` builds the real case first and passes its folder in TIMELINE_CASE_DIST, and asks
 * for the fixture builds to be kept in TIMELINE_TEST_BUILDS so the browser tests serve them too.
 */
export default async function setup(project: TestProject): Promise<void> {
  const keep = process.env['TIMELINE_TEST_BUILDS'];
  const reuseCase = process.env['TIMELINE_CASE_DIST'];
  const builds = {} as Record<SharedBuild, string>;
  for (const name of Object.keys(SHARED_BUILDS) as SharedBuild[]) {
    if (name === 'case' && reuseCase && existsSync(join(reuseCase, 'index.html'))) {
      builds[name] = resolve(reuseCase);
      continue;
    }
    const { content, env } = SHARED_BUILDS[name];
    const outDir = keep ? resolve(keep, name) : undefined;
    if (outDir) {
      rmSync(outDir, { recursive: true, force: true });
      mkdirSync(outDir, { recursive: true });
    }
    const result = await buildSite({ ...(content ? { content } : {}), env, ...(outDir ? { outDir } : {}) });
    if (result.code !== 0) throw new Error(`The shared build "${name}" failed:\n${result.output}`);
    builds[name] = result.outDir;
  }
  project.provide('builds', builds);
}
