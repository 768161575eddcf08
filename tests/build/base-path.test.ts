import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build';
import { attributes, brokenLinks, readPages } from '../helpers/site';

describe('a build under a base path', () => {
  it('keeps every link, asset and search file under /timeline/', async () => {
    const build = await buildSite({ env: { BASE_PATH: '/timeline/', SITE_URL: 'https://example.org' } });
    expect(build.code, build.output).toBe(0);
    const pages = readPages(build.outDir);
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
});
