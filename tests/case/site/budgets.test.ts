import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild } from '../../helpers/shared-builds';
import { attributes, inlineScriptBytes, readPages } from '../../helpers/site';

// The Stephen Port case's suite: byte budgets measured on this case's pages (the engine's own
// budgets run on the fixture in tests/build/budgets.test.ts).
const KB = 1024;
const gzip = (text: string) => gzipSync(text).length;

/** A page's HTML plus every stylesheet and script it loads, gzipped as a host would send them. */
function pageWeight(dir: string, html: string): number {
  const assets = [...attributes(html, 'href'), ...attributes(html, 'src')].filter((url) => /\.(css|js)$/.test(url));
  return gzip(html) + assets.reduce((sum, url) => sum + gzip(readFileSync(join(dir, url), 'utf8')), 0);
}

describe('byte budgets of the Stephen Port case', () => {
  let dir: string;
  let pages: Map<string, string>;
  beforeAll(() => {
    dir = sharedBuild('case');
    pages = readPages(dir);
  });

  it('keeps every event page, with its CSS and scripts, within 14 KB gzip (one round trip)', () => {
    const over = [...pages]
      .filter(([url]) => url.startsWith('/events/'))
      .map(([url, html]) => [url, pageWeight(dir, html)] as const)
      .filter(([, bytes]) => bytes > 14 * KB);
    expect(over).toEqual([]);
  });

  it('keeps the inline script of every event page within 2 KB', () => {
    const over = [...pages]
      .filter(([url]) => url.startsWith('/events/'))
      .map(([url, html]) => [url, inlineScriptBytes(html)] as const)
      .filter(([, bytes]) => bytes > 2 * KB);
    expect(over).toEqual([]);
  });

  it('keeps every page under 150 KB gzip', () => {
    for (const [url, html] of pages) expect(gzip(html), url).toBeLessThanOrEqual(150 * KB);
  });
});
