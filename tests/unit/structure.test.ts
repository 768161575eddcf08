import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// How the engine is put together: data goes from src/data (resolved once) to pages that fetch and
// compose, to components that take records as props. These checks keep it that way.
const SRC = join(import.meta.dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(join(SRC, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const read = (file: string) => readFileSync(join(SRC, file), 'utf8');

describe('the layers of the engine', () => {
  it('has no component or layout that loads the case or looks an entry up itself', () => {
    const offenders = [...files('components'), ...files('layouts')].filter((file) =>
      /loadCase\(|getCollection\(|getEntry\(/.test(read(file)),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps every page within 120 lines: logic belongs in src/lib', () => {
    const long = files('pages')
      .filter((file) => file.endsWith('.astro'))
      .map((file) => [relative('.', file), read(file).split('\n').length] as const)
      .filter(([, lines]) => lines > 120);
    expect(long).toEqual([]);
  });

  it('reads the clock only in build-date.ts and in scripts that run in the reader’s browser', () => {
    const clock = files('.')
      .filter((file) => /\.(ts|astro|mjs)$/.test(file) && !file.startsWith('scripts/'))
      .filter((file) => file !== 'lib/build-date.ts' && /new Date\(\)|Date\.now\(\)/.test(read(file)));
    expect(clock).toEqual([]);
  });
});
