import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Embeds on the engine fixture, framed by a page served from another origin (another local port).
const EVENT = '/embed/events/2015-06-03-inquest-opens/';

let other: Server;
let otherOrigin: string;
let site: string;

test.beforeAll(async ({ baseURL }) => {
  site = baseURL ?? '';
  // A stand-in for a news article: one page that frames whatever ?src= names.
  other = createServer((request, response) => {
    const src = new URL(request.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><title>Article</title><h1>An article</h1>` +
        `<iframe src="${site}${src}" title="Embedded" width="320" height="420"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://127.0.0.1:${String((other.address() as AddressInfo).port)}`;
});

test.afterAll(() => {
  other.close();
});

test('an event embed shows inside an iframe on another site', async ({ page }) => {
  await page.goto(`${otherOrigin}/?src=${encodeURIComponent(EVENT)}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('h1')).toHaveText('The inquest opens');
  await expect(frame.locator('blockquote')).toContainText('the inquest opened');
  // Readable at 320 px: nothing wider than the frame.
  const overflow = await frame.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a reading page refuses to be framed by another site', async ({ page }) => {
  const blocked: string[] = [];
  page.on('console', (message) => blocked.push(message.text()));
  await page.goto(`${otherOrigin}/?src=${encodeURIComponent('/events/2015-06-03-inquest-opens/')}`);
  await expect.poll(() => blocked.join('\n')).toMatch(/frame-ancestors|X-Frame-Options|Refused to display/i);
  const frame = page.frames().find((f) => f.url().includes('/events/2015-06-03-inquest-opens/'));
  expect(
    await frame
      ?.locator('h1')
      .count()
      .catch(() => 0),
  ).toBeFalsy();
});

for (const path of [EVENT, '/embed/', '/embed/people/mary-roe/', '/embed/investigations/the-inquest/']) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the embed ${path} passes axe in ${scheme}, with no script`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
      await page.setViewportSize({ width: 300, height: 600 });
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      expect(await page.locator('script').count()).toBe(0);
      expect(scripts).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    });
  }
}
