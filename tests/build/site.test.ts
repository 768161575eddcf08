import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergePolicies, parsePolicy, policyOfPage } from '../../src/integrations/security-headers/csp';
import { readEntries } from '../helpers/content';
import { SHARED_BUILDS, sharedBuild } from '../helpers/shared-builds';
import { htmlProblems, itMatchesItsContent } from '../helpers/site-checks';
import { attributes, isEmbed, readPages } from '../helpers/site';

// The engine on its fixture case (tests/fixtures/engine), built once for the run.
let build: { outDir: string };
let pages: Map<string, string>;
const entries = readEntries(SHARED_BUILDS.engine.content);

beforeAll(() => {
  build = { outDir: sharedBuild('engine') };
  pages = readPages(build.outDir);
});

describe('the built site', () => {
  itMatchesItsContent(entries, () => ({ outDir: build.outDir, pages }));

  it('writes a date known to the day as a day, in its <time> element', () => {
    expect(pages.get('/events/2015-06-03-inquest-opens/')).toMatch(/<time datetime="2015-06-03"[^>]*>3<\/time>/);
  });

  it('gives every page exactly one h1, a main landmark and a skip link', () => {
    for (const [url, html] of pages) {
      expect(html.match(/<h1[\s>]/g)?.length, url).toBe(1);
      expect(html, url).toContain('<main');
      if (isEmbed(url)) continue;
      expect(html, url).toContain('<main id="main"');
      expect(html, url).toContain('href="#main"');
    }
  });

  it('links the about page from the footer, with a space before "Open data"', () => {
    const footer = /<footer[\s\S]*<\/footer>/.exec(pages.get('/') ?? '')?.[0] ?? '';
    const words = footer.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(words).toContain('How this timeline is sourced and corrected. Open data · RSS feed · Corrections');
    expect(attributes(footer, 'href')).toContain('/about/');
  });

  it('marks long silences on the timeline', () => {
    expect(pages.get('/')).toMatch(/\d+ months later/);
  });

  it('lists every page in the sitemap except search, embeds and the 404 page', () => {
    const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]));
    const expected = [...pages.keys()].filter((url) => url !== '/search/' && url !== '/404.html' && !isEmbed(url));
    expect(expected.filter((url) => !listed.has(url))).toEqual([]);
    expect(listed.size).toBe(expected.length);
  });

  it('produces HTML that validates on every page', async () => {
    expect(await htmlProblems(build.outDir, pages)).toEqual([]);
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
    expect(existsSync(join(build.outDir, 'pagefind/pagefind-entry.json'))).toBe(true);
  });

  it('declares its cascade layers base, components, utilities in that order before any page style', () => {
    const home = pages.get('/') ?? '';
    const sheets = attributes(home, 'href').filter((href) => href.endsWith('.css'));
    const css = [
      ...sheets.map((href) => readFileSync(join(build.outDir, href), 'utf8')),
      ...[...home.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? ''),
    ].join('\n');
    const firstSeen = [
      ...new Set([...css.matchAll(/@layer\s+([a-z, ]+)[{;]/g)].flatMap((m) => (m[1] ?? '').split(/,\s*/))),
    ];
    expect(firstSeen.map((name) => name.trim())).toEqual(['base', 'components', 'utilities']);
    expect(css).not.toContain('!important');
  });

  it('loads the global style sheet, which declares the layers, before any component style on every page', () => {
    for (const [url, html] of pages) {
      if (isEmbed(url)) continue;
      const first = /<link rel="stylesheet" href="([^"]+)"|<style>/.exec(html)?.[1];
      expect(first, url).toBeDefined();
      expect(readFileSync(join(build.outDir, first ?? ''), 'utf8'), url).toMatch(/^@layer base\b/);
    }
  });

  it('links to sources on other sites with rel="noopener noreferrer"', () => {
    for (const [url, html] of pages) {
      // Absolute links to the site itself (the permalink) stay on the site.
      const outbound = (html.match(/<a [^>]*href="https?:[^"]*"[^>]*>/g) ?? []).filter(
        (tag) => !tag.includes('href="https://example.org/'),
      );
      for (const tag of outbound) {
        expect(tag, url).toContain('rel="noopener noreferrer"');
      }
    }
  });
});
