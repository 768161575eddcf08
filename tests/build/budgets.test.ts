import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCase } from '../../scripts/bench/generate.mjs';
import { buildSite, type BuildResult } from '../helpers/build';
import { sharedBuild } from '../helpers/shared-builds';
import { attributes, inlineScriptBytes, readPages } from '../helpers/site';

const KB = 1024;
const gzip = (text: string) => gzipSync(text).length;

describe('byte budgets of reading pages (engine fixture)', () => {
  let pages: Map<string, string>;
  beforeAll(() => {
    pages = readPages(sharedBuild('engine'));
  });

  // Reading pages (the timeline and every entry) are read, not operated: their script only enhances
  // (theme, filters, copy, j/k, access date). The search page is a tool and is not held to this budget.
  // The timeline's pages get half a KB more: the time chart's arrow keys (one tab stop for the chart) beside
  // the filters' and j/k's script.
  it('keeps the inline script of every entry page within 2 KB and of the timeline within 2.5 KB (reading needs none)', () => {
    const reading = [...pages].filter(([url]) =>
      /^\/((events|people|investigations|sources)\/.+|timeline\/.+)?$/.test(url),
    );
    expect(reading.map(([url]) => url)).toContain('/');
    const over = reading
      .map(([url, html]) => [url, inlineScriptBytes(html)] as const)
      .filter(([url, bytes]) => bytes > (/^\/(timeline\/.+)?$/.test(url) ? 2.5 : 2) * KB);
    expect(over).toEqual([]);
  });

  it('ships no search code and no script files on reading pages', () => {
    for (const [url, html] of pages) {
      if (url === '/search/') continue;
      expect(html, url).not.toContain('/pagefind/');
      expect(html, url).not.toMatch(/<script[^>]+src=/);
    }
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

  it('lists on the search page only the 50 people in the most events, and says there are 100', () => {
    const search = pages.get('/search/') ?? '';
    const select = /<select name="person"[^>]*>([\s\S]*?)<\/select>/.exec(search);
    expect(select?.[0]).toContain('aria-describedby="person-most-used"');
    // "Any", then the 50 people.
    expect(select?.[1]?.match(/<option /g)?.length).toBe(51);
    expect(search).toMatch(
      /<small id="person-most-used"[^>]*>The 50 in the most events, of 100: search by name for any other<\/small>/,
    );
    // 20 investigations: all listed, with nothing said of a total.
    expect(search).not.toContain('investigation-most-used');
  });

  it('keeps every page under 150 KB gzip', () => {
    const over = [...pages].map(([url, html]) => [url, gzip(html)] as const).filter(([, b]) => b > 150 * KB);
    expect(over).toEqual([]);
  });
});
