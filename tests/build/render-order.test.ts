import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build';
import { SHARED_BUILDS, sharedBuild } from '../helpers/shared-builds';

// Astro renders several pages at once, and they finish in an order that changes from build to
// build; the search index numbers pages in the order it receives them. The engine fixture is
// built again one page at a time (TIMELINE_BUILD_CONCURRENCY=1) and compared with the shared
// build, made at the default concurrency: the same site, to the byte, whatever the order.

/** Every file under `dir` (relative path) with the hash of its bytes. */
function fingerprint(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files.set(name, createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return files;
}

let concurrent: Map<string, string>;
let oneAtATime: Map<string, string>;

beforeAll(async () => {
  const built = await buildSite({
    content: SHARED_BUILDS.engine.content,
    env: { ...SHARED_BUILDS.engine.env, TIMELINE_BUILD_CONCURRENCY: '1' },
  });
  if (built.code !== 0) throw new Error(`The one-at-a-time build failed:\n${built.output.slice(-2000)}`);
  oneAtATime = fingerprint(built.outDir);
  concurrent = fingerprint(sharedBuild('engine'));
}, 180_000);

describe('a build that renders several pages at once (engine fixture)', () => {
  it('writes the same search index as one that renders a page at a time', () => {
    const index = (files: Map<string, string>) => [...files].filter(([name]) => name.startsWith('pagefind/'));
    expect(index(concurrent).length).toBeGreaterThan(10);
    expect(index(concurrent)).toEqual(index(oneAtATime));
  });

  it('writes the same files, byte for byte, as one that renders a page at a time', () => {
    expect([...concurrent.keys()]).toEqual([...oneAtATime.keys()]);
    const differing = [...concurrent].filter(([name, hash]) => oneAtATime.get(name) !== hash).map(([name]) => name);
    expect(differing).toEqual([]);
  });
});
