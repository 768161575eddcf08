import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build';
import { FIXTURES } from '../helpers/fixtures';
import { attributes, brokenLinks, readPages } from '../helpers/site';

// One build serves two engine checks: a case with no investigations (tests/fixtures/no-investigations)
// builds, and a site under a base path keeps every link under it.
describe('a case with no investigations, built under a base path', () => {
  let build: BuildResult;
  let pages: Map<string, string>;
  beforeAll(async () => {
    build = await buildSite({
      content: join(FIXTURES, 'no-investigations'),
      env: { BASE_PATH: '/timeline/', SITE_URL: 'https://example.org' },
    });
    expect(build.code, build.output).toBe(0);
    pages = readPages(build.outDir);
  });

  it('keeps every link, asset and search file under /timeline/', () => {
    expect(brokenLinks(build.outDir, pages, '/timeline/')).toEqual([]);
    for (const [url, html] of pages) {
      for (const link of [...attributes(html, 'href'), ...attributes(html, 'src'), ...attributes(html, 'action')]) {
        if (/^(https?:|#|mailto:)/.test(link)) continue;
        expect(link, url).toMatch(/^\/timeline\//);
      }
      expect(html, url).toContain('data-base="/timeline/"');
    }
    expect(pages.get('/')).toContain('<link rel="canonical" href="https://example.org/timeline/"');
  });

  it('has its pages without an investigation anywhere, and no empty investigation filter', () => {
    expect([...pages.keys()].filter((url) => /^\/investigations\/.+/.test(url))).toEqual([]);
    expect(pages.get('/investigations/')).toBeDefined();
    expect(pages.get('/events/2015-01-10-first-event/')).not.toContain('Investigations</h2>');
    expect(pages.get('/')).not.toContain('<select name="investigation"');
    expect(pages.get('/search/')).not.toContain('<select name="investigation"');
    expect(pages.get('/sources/')).toContain('cited by 1 event and 1 person');
  });
});
