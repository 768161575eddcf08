import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Every page type of the engine fixture (tests/fixtures/engine).
const PAGE_TYPES = {
  timeline: '/',
  event: '/events/2015-01-10-mary-roe-found/',
  victim: '/people/mary-roe/',
  person: '/people/pat-walker/',
  people: '/people/',
  investigation: '/investigations/the-inquest/',
  investigations: '/investigations/',
  source: '/sources/the-gazette/',
  'source cited only by a person': '/sources/profile-only/',
  sources: '/sources/',
  about: '/about/',
  search: '/search/?q=Roe',
  'not found': '/no-such-page/',
};

test.describe('accessibility and safety of every page type', () => {
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    test(`the ${name} page passes axe (WCAG 2.2 A and AA) with no violations`, async ({ page }) => {
      await page.goto(path);
      if (name === 'search') await expect(page.getByRole('status')).toContainText('results');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }

  test('the dark theme passes axe colour contrast too', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    for (const path of [PAGE_TYPES.timeline, PAGE_TYPES.event, PAGE_TYPES.search]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
    }
    await context.close();
  });

  test('no page requests anything from another origin, and no policy is violated', async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    for (const path of Object.values(PAGE_TYPES)) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(foreign).toEqual([]);
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
  });

  test('links to sources leave the site without passing on the reader', async ({ page }) => {
    await page.goto(PAGE_TYPES.source);
    const outbound = page.locator('main a[href^="http"]');
    expect(await outbound.count()).toBeGreaterThan(0);
    for (const rel of await outbound.evaluateAll((links) => links.map((a) => a.getAttribute('rel')))) {
      expect(rel).toBe('noopener noreferrer');
    }
  });

  test('the server sends the documented security headers', async ({ request }) => {
    const response = await request.get('/');
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
  });
});
