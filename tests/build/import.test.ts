import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/model/problems';
import { validateCase } from '../../src/lib/content/validate';
import { CHROMIUM_ARGS, CHROMIUM_PATH, serve } from '../../scripts/lib/browser.mjs';
import { buildSite, freePort, type BuildResult } from '../helpers/build';
import { importTimelines, type ImportedTimelines } from '../helpers/imported-case';
import { brokenLinks, readPages } from '../helpers/site';

/**
 * Issue 16 end to end: Knight Lab's two template timelines and a TimelineJS file with a script in
 * an event's text are imported with `npm run import`; the reports list their gaps; the imported
 * cases are refused for their placeholders and nothing else; once the placeholders are filled
 * (as an editor would), the case builds (one build for all three), with no broken link, no
 * script from the imported text, and no axe violation.
 */
describe('issue 16 end to end', () => {
  let imported: ImportedTimelines;
  let build: BuildResult;
  let pages: Map<string, string>;

  beforeAll(async () => {
    imported = importTimelines();
    build = await buildSite({
      content: imported.filled,
      env: { SITE_URL: 'https://example.org', SOURCE_DATE_EPOCH: '1700000000' },
    });
    pages = build.code === 0 ? readPages(build.outDir) : new Map<string, string>();
  });

  describe('importing TimelineJS timelines', () => {
    it('imports each template: every event it can date, with its report beside it', () => {
      expect(readdirSync(join(imported.folders.eras, 'events'))).toHaveLength(20);
      expect(readdirSync(join(imported.folders.cosmo, 'events'))).toHaveLength(5);
      expect(imported.reports.eras).toContain('| events written | 20 |');
      expect(imported.reports.cosmo).toContain('| events not imported | 6 |');
    });

    it('lists each template’s gaps in its report: placeholders by field, eras, BCE events, events without a source', () => {
      const { eras, cosmo } = imported.reports;
      expect(eras).toContain('### `events: kind` (20 files)');
      expect(eras).toContain('### `events: citations[].quote` (20 files)');
      expect(eras).toContain('- eras[1] "Era Test 600-650" (0600 to 0650)');
      expect(eras).toMatch(/### Events with no source[^\n]*\(20\)/);
      expect(eras).toMatch(/### Slide backgrounds left out[^\n]*\(7\)/);
      expect(cosmo).toContain('- events[0] "The Big Bang" (year -13800000000): BCE dates are not supported');
      expect(cosmo).toContain('- events[5] "Euclid\'s Optica" (year -300)');
    });

    it('reports the script it took out of an event’s text, against that event', () => {
      expect(imported.reports.script).toContain(
        '- events/rally-opens.md: <script> with its content: the site runs and embeds nothing',
      );
    });

    it('writes cases the build refuses only for their placeholders, each named', () => {
      for (const folder of Object.values(imported.folders)) {
        const problems = validateCase(folder, folder).problems.map(formatProblem);
        expect(problems.length, folder).toBeGreaterThan(0);
        expect(
          problems.filter((p) => !p.includes(': is a placeholder left by the importer: ')),
          folder,
        ).toEqual([]);
      }
    });

    it('builds once the placeholders are filled', () => {
      expect(validateCase(imported.filled, imported.filled).problems.map(formatProblem)).toEqual([]);
      expect(build.code, build.output.slice(-3000)).toBe(0);
      expect(pages.has('/events/rally-opens/')).toBe(true);
      expect(pages.has('/events/0602-last-great-roman-persian-war/')).toBe(true);
      expect(pages.has('/events/1990-04-25-hubble-space-telescope-deployed/')).toBe(true);
    });

    it('has no internal link or #anchor that leads nowhere', () => {
      expect(brokenLinks(build.outDir, pages)).toEqual([]);
    });

    it('publishes no script, handler or embed from the imported text, and keeps its link', () => {
      const event = pages.get('/events/rally-opens/') ?? '';
      expect(event).toContain('href="https://example.org/debate"');
      for (const [url, html] of pages) {
        expect(html, url).not.toContain("alert('imported')");
        expect(html, url).not.toContain('steal()');
        expect(html, url).not.toContain('evil.example');
        expect(html, url).not.toContain('javascript:alert');
      }
    });

    it('shows remote media as links and the picture from beside the input through the image pipeline', () => {
      expect(pages.get('/events/0602-last-great-roman-persian-war/')).toContain(
        'href="https://en.wikipedia.org/wiki/Roman-Persian_Wars"',
      );
      const event = pages.get('/events/rally-opens/') ?? '';
      expect(event).toMatch(/<img[^>]+alt="A television studio with two lecterns"/);
      expect(event).not.toMatch(/<img[^>]+src="https?:/);
      const [src] = /<img[^>]+src="([^"]+)"/.exec(event)?.slice(1) ?? [];
      expect(readFileSync(join(build.outDir, decodeURIComponent(src ?? 'missing'))).length).toBeGreaterThan(0);
    });
  });

  describe('the imported case in a browser', () => {
    let browser: Browser;
    let server: { kill: () => boolean };
    let base: string;

    beforeAll(async () => {
      const port = await freePort();
      server = await serve(build.outDir, port);
      base = `http://127.0.0.1:${String(port)}`;
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    });

    afterAll(async () => {
      await browser.close();
      server.kill();
    });

    it('passes axe (WCAG 2.2 A and AA) on the timeline, event pages with a picture, media and an early date, and the source', async () => {
      // @axe-core/playwright needs a page of a context of its own.
      const context = await browser.newContext();
      const page = await context.newPage();
      const violations: string[] = [];
      for (const path of [
        '/',
        '/events/rally-opens/',
        '/events/0602-last-great-roman-persian-war/',
        '/events/1969-07-20-apollo-11-humans-walk-on-the-moon/',
        '/sources/source-to-find/',
      ]) {
        await page.goto(`${base}${path}`);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        violations.push(...results.violations.map((v) => `${path} ${v.id}: ${v.nodes.length} nodes`));
      }
      await context.close();
      expect(violations).toEqual([]);
    });
  });
});
