import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCase } from '../../scripts/bench/generate.mjs';
import { buildSite, type BuildResult } from '../helpers/build';
import { attributes, readPages } from '../helpers/site';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const KB = 1024;
const gzip = (text: string) => gzipSync(text).length;

/** A page's HTML plus every stylesheet and script it loads, gzipped as a host would send them. */
function pageWeight(dir: string, html: string): number {
  const assets = [...attributes(html, 'href'), ...attributes(html, 'src')].filter((url) => /\.(css|js)$/.test(url));
  return gzip(html) + assets.reduce((sum, url) => sum + gzip(readFileSync(join(dir, url), 'utf8')), 0);
}

describe('byte budgets of the real case', () => {
  let build: BuildResult;
  let pages: Map<string, string>;
  beforeAll(async () => {
    build = await buildSite();
    if (build.code !== 0) throw new Error(build.output);
    pages = readPages(build.outDir);
  });

  it('keeps every event page, with its CSS and scripts, within 14 KB gzip (one round trip)', () => {
    const over = [...pages]
      .filter(([url]) => url.startsWith('/events/'))
      .map(([url, html]) => [url, pageWeight(build.outDir, html)] as const)
      .filter(([, bytes]) => bytes > 14 * KB);
    expect(over).toEqual([]);
  });

  it('ships no search code and no script files on reading pages', () => {
    for (const [url, html] of pages) {
      if (url === '/search/') continue;
      expect(html, url).not.toContain('/pagefind/');
      expect(html, url).not.toMatch(/<script[^>]+src=/);
    }
  });

  it('keeps every page under 150 KB gzip', () => {
    for (const [url, html] of pages) expect(gzip(html), url).toBeLessThanOrEqual(150 * KB);
  });
});

describe('a case of 1,000 events', () => {
  let build: BuildResult;
  let pages: Map<string, string>;
  beforeAll(async () => {
    const content = mkdtempSync(join(tmpdir(), 'timeline-scale-'));
    generateCase({ events: 1000, out: content });
    build = await buildSite({ content });
    if (build.code !== 0) throw new Error(build.output);
    pages = readPages(build.outDir);
  }, 300_000);

  it('splits the home timeline into pages with links between them', () => {
    const timelinePages = [...pages.keys()].filter((url) => url.startsWith('/timeline/'));
    expect(timelinePages.length).toBe(3);
    expect(attributes(pages.get('/') ?? '', 'href')).toContain('/timeline/2/');
    const listed = [...pages]
      .filter(([url]) => url === '/' || url.startsWith('/timeline/'))
      .reduce((sum, [, html]) => sum + (html.match(/class="event-card"/g)?.length ?? 0), 0);
    expect(listed).toBe(1000);
  });

  it('keeps every page under 150 KB gzip', () => {
    const over = [...pages].map(([url, html]) => [url, gzip(html)] as const).filter(([, b]) => b > 150 * KB);
    expect(over).toEqual([]);
  });
});
