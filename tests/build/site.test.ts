import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergePolicies, parsePolicy, policyOfPage } from '../../src/lib/csp';
import { DATE_PATTERN, parsePartialDate, sortKey } from '../../src/lib/dates';
import { buildSite, type BuildResult } from '../helpers/build';
import { readEntries } from '../helpers/content';
import { attributes, brokenLinks, readPages } from '../helpers/site';

let build: BuildResult;
let pages: Map<string, string>;
const entries = readEntries();
const events = entries.filter((e) => e.collection === 'events');

beforeAll(async () => {
  build = await buildSite();
  if (build.code !== 0) throw new Error(`The build failed:\n${build.output}`);
  pages = readPages(build.outDir);
});

const sectionOf: Record<string, string> = {
  events: '/events/',
  people: '/people/',
  investigations: '/investigations/',
  sources: '/sources/',
  pages: '/',
};

describe('the built site', () => {
  it('has exactly one page for every content file', () => {
    const missing = entries.filter((e) => !pages.has(`${sectionOf[e.collection] ?? '/'}${e.id}/`)).map((e) => e.file);
    expect(missing).toEqual([]);
    for (const section of ['/events/', '/people/', '/investigations/', '/sources/']) {
      const built = [...pages.keys()].filter((p) => p.startsWith(section) && p !== section);
      const files = entries.filter((e) => sectionOf[e.collection] === section);
      expect(built.length, section).toBe(files.length);
    }
  });

  it('has no internal link or #anchor that leads nowhere', () => {
    expect(brokenLinks(build.outDir, pages)).toEqual([]);
  });

  it('lists every event on the home timeline, in date order, each with its anchor', () => {
    const home = pages.get('/') ?? '';
    const position = (id: string) => home.indexOf(`id="${id}"`);
    expect(events.filter((e) => position(e.id) < 0).map((e) => e.id)).toEqual([]);
    // Reading down the page, no event starts before the one above it.
    const firstDay = (e: (typeof events)[number]) => {
      const date = e.data['date'];
      // js-yaml reads an unquoted day as a Date and a year as a number: back to the text, then the one grammar.
      return sortKey(parsePartialDate(date instanceof Date ? date.toISOString().slice(0, 10) : String(date)));
    };
    const inPageOrder = [...events].sort((a, b) => position(a.id) - position(b.id)).map(firstDay);
    expect(inPageOrder).toEqual([...inPageOrder].sort());
  });

  it('links every event page to each of its sources, people and investigations', () => {
    for (const event of events) {
      const hrefs = new Set(attributes(pages.get(`/events/${event.id}/`) ?? '', 'href'));
      const citations = event.data['citations'] as { source: string }[];
      const people = (event.data['people'] ?? []) as { person: string }[];
      const investigations = (event.data['investigations'] ?? []) as string[];
      for (const { source } of citations) expect(hrefs, event.id).toContain(`/sources/${source}/`);
      for (const { person } of people) expect(hrefs, event.id).toContain(`/people/${person}/`);
      for (const id of investigations) expect(hrefs, event.id).toContain(`/investigations/${id}/`);
    }
  });

  it('shows every quote of an event on its page', () => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const event of events) {
      const html = (pages.get(`/events/${event.id}/`) ?? '').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
      for (const { quote } of event.data['citations'] as { quote: string }[]) {
        expect(html, event.id).toContain(escape(quote));
      }
    }
  });

  it('renders every date in a <time datetime> element', () => {
    for (const [url, html] of pages) {
      for (const value of attributes(html, 'datetime')) expect(value, url).toMatch(DATE_PATTERN);
    }
    expect(pages.get('/events/2015-03-port-jailed-for-perverting-justice/')).toMatch(
      /<time datetime="2015-03"[^>]*>March 2015<\/time>/,
    );
  });

  it('gives every page exactly one h1, a main landmark and a skip link', () => {
    for (const [url, html] of pages) {
      expect(html.match(/<h1[\s>]/g)?.length, url).toBe(1);
      expect(html, url).toContain('<main id="main"');
      expect(html, url).toContain('href="#main"');
    }
  });

  it('marks long silences on the timeline', () => {
    expect(pages.get('/')).toMatch(/\d+ months later/);
  });

  it('shows a victim what was found for them and which investigations looked into their death', () => {
    const html = pages.get('/people/gabriel-kovari/') ?? '';
    expect(html).toContain('When and where Gabriel Kovari was found');
    expect(html).toContain('href="/investigations/first-inquests/"');
    expect(html).toContain('Content notice');
  });

  it('lists every page in the sitemap except search and the 404 page', () => {
    const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]));
    const expected = [...pages.keys()].filter((url) => url !== '/search/' && url !== '/404.html');
    expect(expected.filter((url) => !listed.has(url))).toEqual([]);
    expect(listed.size).toBe(expected.length);
  });

  it('produces HTML that validates on every page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const failures: string[] = [];
    for (const [url, html] of pages) {
      const report = await validator.validateString(html, join(build.outDir, url, 'index.html'));
      for (const result of report.results) {
        for (const m of result.messages)
          failures.push(`${url}:${String(m.line)}:${String(m.column)} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('gives every page a Content Security Policy that loads nothing from elsewhere', () => {
    for (const [url, html] of pages) {
      const policy = parsePolicy(policyOfPage(html) ?? '');
      expect(policy.get('default-src'), url).toEqual(["'self'"]);
      expect(policy.get('script-src')?.[0], url).toBe("'self'");
      expect(policy.get('object-src'), url).toEqual(["'none'"]);
      expect(policy.get('script-src')?.join(' '), url).not.toMatch(/unsafe-inline|https?:/);
    }
  });

  it('writes the same policy for static hosts in _headers, covering every page', () => {
    const headers = readFileSync(join(build.outDir, '_headers'), 'utf8');
    const header = /Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '';
    const merged = parsePolicy(
      `${mergePolicies([...pages.values()].map((html) => policyOfPage(html) ?? ''))}; frame-ancestors 'none'`,
    );
    const sorted = (policy: Map<string, string[]>) => [...policy].map(([k, v]) => [k, [...v].sort()]).sort();
    expect(sorted(parsePolicy(header))).toEqual(sorted(merged));
    expect(headers).toContain('X-Content-Type-Options: nosniff');
  });

  it('leaves dist/ searchable: the Pagefind index is written', () => {
    expect(existsSync(join(build.outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(build.output).toMatch(/Indexed \d+ pages for search/);
  });

  it('links to sources on other sites with rel="noopener noreferrer"', () => {
    for (const [url, html] of pages) {
      // Absolute links to the site itself (the permalink) stay on the site.
      const outbound = (html.match(/<a [^>]*href="https?:[^"]*"[^>]*>/g) ?? []).filter(
        (tag) => !tag.includes('href="https://timeline.example.org/'),
      );
      for (const tag of outbound) {
        expect(tag, url).toContain('rel="noopener noreferrer"');
      }
    }
  });
});
