import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The engine on its French fixture case (tests/fixtures/french): the same accessibility checks
// as the engine fixture, and the words its scripts say, in French.
const PAGE_TYPES = {
  timeline: '/',
  event: '/events/2024-07-26-ceremonie-d-ouverture/',
  person: '/people/celine-dion/',
  people: '/people/',
  source: '/sources/france-24-ceremonie/',
  sources: '/sources/',
  search: '/search/?q=juillet',
  'not found': '/no-such-page/',
};

test.describe('a French case in the browser', () => {
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    test(`the ${name} page passes axe (WCAG 2.2 A and AA) with no violations`, async ({ page }) => {
      await page.goto(path);
      if (name === 'search') await expect(page.getByRole('status')).toContainText('résultat');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }

  test('finds the event of a day written the French way', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('26 juillet 2024')}`);
    await expect(page.getByRole('status')).toContainText('pour « 26 juillet 2024 »');
    await expect(page.locator('[data-search-results] a').first()).toHaveText(
      'La cérémonie d’ouverture a lieu sur la Seine',
    );
  });

  test('says the timeline filter’s count in French', async ({ page }) => {
    await page.goto('/?kind=ceremonie');
    await expect(page.locator('[data-filter-status]')).toHaveText('Événements affichés : 1 sur 2');
  });
});
