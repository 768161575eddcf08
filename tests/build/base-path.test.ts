import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build';
import { FIXTURES } from '../helpers/fixtures';
import { attributes, brokenLinks, readPages } from '../helpers/site';

// One build serves two engine checks: a case with no investigations, no about page and no content
// notice (tests/fixtures/no-investigations) leaves those parts out, and a site under a base path
// keeps every link under it.
describe('a case with no investigations, about page or content notice, built under a base path', () => {
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

  it('has no investigation anywhere: no page, no link, no filter, no chart legend', () => {
    expect([...pages.keys()].filter((url) => url.startsWith('/investigations/'))).toEqual([]);
    for (const [url, html] of pages) {
      expect(
        attributes(html, 'href').filter((href) => href.includes('/investigations/')),
        url,
      ).toEqual([]);
      expect(html, url).not.toContain('<select name="investigation"');
      // The open-data page documents every export field, the (empty) investigations field too.
      if (url !== '/data/') expect(html, url).not.toContain('Investigations');
    }
    expect(pages.get('/events/2015-01-10-first-event/')).not.toContain('Investigations</h2>');
    expect(text(pages.get('/search/'))).toContain('or browse people and sources.');
  });

  it('draws no preview image when site.md turns previews off', () => {
    expect(existsSync(join(build.outDir, 'previews'))).toBe(false);
    for (const [url, html] of pages) {
      expect(html, url).not.toContain('og:image');
      if (!url.startsWith('/embed/')) expect(html, url).toContain('<meta name="twitter:card" content="summary">');
    }
  });

  it('says nothing about the missing parts in its build log', () => {
    expect(build.output).not.toMatch(/\[WARN\]/);
    expect(build.output).not.toMatch(/investigations.*(does not exist|empty)/i);
  });

  it('has no about page and no link to one, and no content notice when site.md sets none', () => {
    expect([...pages.keys()].filter((url) => url.startsWith('/about/'))).toEqual([]);
    for (const [url, html] of pages) {
      expect(
        attributes(html, 'href').filter((href) => href.includes('/about/')),
        url,
      ).toEqual([]);
      expect(html, url).not.toContain('Content notice');
      expect(html, url).not.toContain('class="content-notice"');
    }
    expect(text(pages.get('/'))).toContain('the source that states it. Open data · RSS feed · Corrections');
  });

  it('lists a source nothing cites apart from the cited ones', () => {
    const sources = text(pages.get('/sources/'));
    expect(sources).toContain('Sources that nothing on the site cites yet are listed apart, at the end.');
    const cited = sources.indexOf('The Gazette report · The Gazette');
    const apart = sources.indexOf('Sources nothing cites yet');
    const uncited = sources.indexOf('The Almanac entry · The Almanac · 1 March 2015 · not cited yet');
    expect(cited).toBeGreaterThan(-1);
    expect(apart).toBeGreaterThan(cited);
    expect(uncited).toBeGreaterThan(apart);
    expect(sources).toContain('cited by 1 event and 1 person');
  });
});

/** What a reader reads: the page's text, its tags and scripts gone, its spaces collapsed. */
function text(html: string | undefined): string {
  return (html ?? '')
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');
}
