import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The engine on tests/fixtures/chronicle (Apollo 11): tags, times of day, a picture, linked citations.
const PAGES = {
  timeline: '/',
  'event with a picture': '/events/1969-07-16-apollo-11-launches/',
  'event with a displayDate': '/events/0150-ptolemy-almagest/',
  tag: '/tags/lunar-surface/',
  search: '/search/?q=Moon',
  data: '/data/',
};

test('the timeline filters by tag, keeps the tag in the address, and says how many are shown', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('.event-card');
  await expect(cards).toHaveCount(5);
  await page.getByLabel('Tag').selectOption({ label: 'On the Moon' });
  await expect(page.locator('.event-card:visible')).toHaveCount(2);
  await expect(page.locator('[data-filter-status]')).toHaveText('Showing 2 of 5 events');
  expect(new URL(page.url()).searchParams.get('tag')).toBe('lunar-surface');
  await page.reload();
  await expect(page.locator('.event-card:visible')).toHaveCount(2);
});

test('search narrows results to a tag', async ({ page }) => {
  await page.goto('/search/?q=Apollo&tag=Launch%20and%20return');
  await expect(page.getByRole('status')).toContainText('result');
  const titles = await page.locator('[data-search-results] h2').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(['Apollo 11 lifts off', 'The crew splash down in the Pacific']).toContain(title);
});

test.describe('accessibility of the chronicle’s pages', () => {
  for (const [name, path] of Object.entries(PAGES)) {
    test(`the ${name} page passes axe (WCAG 2.2 A and AA) with no violations`, async ({ page }) => {
      await page.goto(path);
      if (name === 'search') await expect(page.getByRole('status')).toContainText('result');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
});
