import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { pagefindIndex } from '../../src/integrations/pagefind/pagefind';

type Hooks = AstroIntegration['hooks'];
type DoneOptions = Parameters<NonNullable<Hooks['astro:build:done']>>[0];
type StartOptions = Parameters<NonNullable<Hooks['astro:build:start']>>[0];

describe('pagefindIndex', () => {
  it('indexes a finished site and leaves no exit listener behind once its spool is removed', async () => {
    const site = mkdtempSync(join(tmpdir(), 'timeline-pagefind-site-'));
    writeFileSync(
      join(site, 'index.html'),
      '<!doctype html><html lang="en"><head><title>A page</title></head><body><main data-pagefind-body><h1>A page</h1><p>Some words to find.</p></main></body></html>',
    );
    const { hooks } = pagefindIndex();
    const listeners = process.listenerCount('exit');
    await hooks['astro:build:start']?.({} as StartOptions);
    // While it builds, a failed build would still remove the spool when the process ends.
    expect(process.listenerCount('exit')).toBe(listeners + 1);
    const logged: string[] = [];
    const logger = { info: (line: string) => logged.push(line) } as unknown as DoneOptions['logger'];
    await hooks['astro:build:done']?.({ dir: pathToFileURL(`${site}/`), logger } as DoneOptions);
    expect(logged).toContainEqual(expect.stringMatching(/^Indexed 1 pages for search/));
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(process.listenerCount('exit')).toBe(listeners);
  });
});
