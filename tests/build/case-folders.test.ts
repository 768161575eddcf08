import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffoldCase } from '../../scripts/new';
import { buildSite, ROOT, type BuildResult } from '../helpers/build';
import { FIXTURES } from '../helpers/fixtures';

// Issue 29: a newcomer's path, as the docs give it. `npm run new -- case <folder>` then
// `TIMELINE_CONTENT=<folder> npm run build` builds a site as it is, into the case's own folder
// (dist-<folder name>/, with its own cache); building another case after it leaves it intact.
// Two builds, built as `npm run build` builds (no --outDir), because where they land is the test.

const work = mkdtempSync(join(tmpdir(), 'timeline-cases-'));
// Unique names: the output folders are in the project, beside dist/, where other runs may build.
const first = join(work, `new-case-${basename(work).slice(-6).toLowerCase()}`);
const second = join(work, `other-case-${basename(work).slice(-6).toLowerCase()}`);
const outOf = (dir: string) => join(ROOT, `dist-${basename(dir)}`);
const cacheOf = (dir: string) => join(ROOT, 'node_modules', `.astro-${basename(dir)}`);
let builds: BuildResult[] = [];

beforeAll(async () => {
  scaffoldCase(first);
  cpSync(join(FIXTURES, 'minimal'), second, { recursive: true });
  builds = [await buildSite({ content: first, asEditor: true }), await buildSite({ content: second, asEditor: true })];
});

afterAll(() => {
  for (const dir of [first, second]) {
    rmSync(outOf(dir), { recursive: true, force: true });
    rmSync(cacheOf(dir), { recursive: true, force: true });
  }
  rmSync(work, { recursive: true, force: true });
});

describe('a new case', () => {
  it('builds as the scaffolder wrote it', () => {
    expect(builds[0]?.code, builds[0]?.output).toBe(0);
    const home = readFileSync(join(outOf(first), 'index.html'), 'utf8');
    expect(home).toContain('A new timeline');
    // The hidden heading over the timeline comes from the dictionary when site.md has none.
    expect(home).toMatch(/<h2 class="visually-hidden"[^>]*>The timeline<\/h2>/);
    expect(existsSync(join(outOf(first), 'events/2020-01-15-example-event/index.html'))).toBe(true);
    expect(existsSync(join(outOf(first), 'people/example-person/index.html'))).toBe(true);
  });

  it('and another case built after it leave both sites intact, each in its own folder', () => {
    expect(builds[1]?.code, builds[1]?.output).toBe(0);
    expect(readFileSync(join(outOf(second), 'index.html'), 'utf8')).toContain('A test case');
    expect(readFileSync(join(outOf(first), 'index.html'), 'utf8')).toContain('A new timeline');
    expect(existsSync(join(outOf(first), 'events/2020-01-15-example-event/index.html'))).toBe(true);
    expect(existsSync(join(outOf(second), 'events/2020-01-15-example-event/index.html'))).toBe(false);
    expect(existsSync(cacheOf(first)) && existsSync(cacheOf(second))).toBe(true);
  });
});
