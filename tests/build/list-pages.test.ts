import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build';
import { FIXTURES } from '../helpers/fixtures';
import { attributes, brokenLinks, readPages } from '../helpers/site';

/**
 * The engine fixture with a list page size of 2 (site.md `listPageSize`), a tag on every event and
 * two more investigations, so that every index list runs over more than one page without a large
 * fixture: 4 sources, 5 people, 3 investigations, 3 events under the tag.
 */
function pagedCase(): string {
  const dir = mkdtempSync(join(tmpdir(), 'timeline-lists-'));
  cpSync(join(FIXTURES, 'engine'), dir, { recursive: true });
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  edit('site.md', (text) =>
    text.replace(/^---\n/, "---\nlistPageSize: 2\ntags:\n  - id: every\n    label: 'Every event'\n"),
  );
  // One official record and three news reports: the news reports run over the first page boundary.
  edit('sources/finding-only.md', (text) => text.replace('kind: official-record', 'kind: news-report'));
  for (const name of readdirSync(join(dir, 'events'))) {
    edit(`events/${name}`, (text) => text.replace(/^---\n/, '---\ntags: [every]\n'));
  }
  const inquest = readFileSync(join(dir, 'investigations/the-inquest.md'), 'utf8');
  for (const which of ['second', 'third']) {
    writeFileSync(
      join(dir, `investigations/a-${which}-inquest.md`),
      inquest.replace("title: 'The inquest'", `title: 'A ${which} inquest'`),
    );
  }
  return dir;
}

const LISTS = ['/sources/', '/people/', '/investigations/', '/tags/every/'];
/** The entry links a list page lists: links into the list's own section, not to its other pages. */
const listed = (html: string, list: string) => {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const section = list.startsWith('/tags/') ? '/events/' : list;
  return attributes(main, 'href').filter((href) => href.startsWith(section) && !/\/\d+\/$/.test(href) && href !== list);
};

describe('index lists longer than a page (engine fixture with listPageSize: 2)', () => {
  let build: BuildResult;
  let pages: Map<string, string>;
  beforeAll(async () => {
    build = await buildSite({ content: pagedCase(), env: { SITE_URL: 'https://example.org' } });
    expect(build.code, build.output).toBe(0);
    pages = readPages(build.outDir);
  });

  /** A list's pages in order (fewer than 10 here, so sorting the addresses orders them). */
  const pagesOf = (list: string) =>
    [...pages.keys()].filter((url) => url === list || new RegExp(`^${list}\\d+/$`).test(url)).sort();

  it('puts the later pages after the list’s own address, and page 1 links to page 2', () => {
    expect(LISTS.map((list) => [list, pagesOf(list)])).toEqual([
      ['/sources/', ['/sources/', '/sources/2/']],
      ['/people/', ['/people/', '/people/2/', '/people/3/']],
      ['/investigations/', ['/investigations/', '/investigations/2/']],
      ['/tags/every/', ['/tags/every/', '/tags/every/2/']],
    ]);
    for (const list of LISTS) {
      const first = pages.get(list) ?? '';
      expect(first, list).toContain(`<a rel="next" href="${list}2/"`);
      expect(attributes(first, 'href'), list).toContain(`${list}2/`);
      expect(first, list).not.toContain('rel="prev"');
    }
  });

  it('lists every entry exactly once across the pages, at most two a page', () => {
    const counts = { '/sources/': 4, '/people/': 5, '/investigations/': 3, '/tags/every/': 3 };
    for (const list of LISTS) {
      const perPage = pagesOf(list).map((url) => listed(pages.get(url) ?? '', list));
      for (const entries of perPage) expect(entries.length, list).toBeLessThanOrEqual(2);
      const all = perPage.flat();
      expect(new Set(all).size, list).toBe(all.length);
      expect(all.length, list).toBe(counts[list as keyof typeof counts]);
    }
  });

  it('keeps the group headings on each page for the groups it shows, a group split over two pages on both', () => {
    const headings = (url: string) => [...(pages.get(url) ?? '').matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
    expect(headings('/sources/')).toEqual(['kind-official-record', 'kind-news-report']);
    expect(headings('/sources/2/')).toEqual(['kind-news-report']);
    expect(pagesOf('/people/').map(headings)).toEqual([
      ['role-victim', 'role-perpetrator'],
      ['role-family', 'role-coroner'],
      ['role-witness'],
    ]);
  });

  it('gives each later page its own title and a pager with previous, next and page numbers', () => {
    const second = pages.get('/people/2/') ?? '';
    expect(second).toContain('<title>People, page 2 · The engine fixture</title>');
    expect(second).toContain('<h1>People, page 2</h1>');
    expect(second).toContain('Page 2 of 3.');
    expect(second).toContain('<a rel="prev" href="/people/"');
    expect(second).toContain('<a rel="next" href="/people/3/"');
    expect(second).toMatch(/<a href="\/people\/2\/"[^>]*aria-current="page"/);
    expect(pages.get('/tags/every/2/')).toContain('<title>Tagged “Every event”, page 2 · The engine fixture</title>');
    expect(pages.get('/people/3/')).not.toContain('rel="next"');
  });

  it('resolves every link on every page', () => {
    expect(brokenLinks(build.outDir, pages)).toEqual([]);
  });

  it('lists the later pages in the sitemap but keeps them, like the timeline’s pages, out of the search index', () => {
    const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    for (const list of LISTS) expect(sitemap, list).toContain(`<loc>https://example.org${list}2/</loc>`);
    for (const list of LISTS) expect(pages.get(`${list}2/`), list).not.toContain('data-pagefind-body');
  });
});
