import { expect, test } from '@playwright/test';

// The search page's filters on the engine fixture (tests/fixtures/engine). A case with many people
// lists only those in the most events (src/lib/model/filters.ts); a link may still name anyone else.

test('a person named in the address whom the filter does not list stays chosen and narrows the search', async ({
  page,
}) => {
  await page.goto('/search/?q=Roe');
  await expect(page.getByRole('status')).toHaveText(/^[1-9]\d* results? for “Roe”$/);

  await page.goto(`/search/?q=Roe&person=${encodeURIComponent('Someone Unlisted')}`);
  await expect(page.getByRole('combobox', { name: 'Person' })).toHaveValue('Someone Unlisted');
  await expect(page.getByRole('status')).toHaveText('0 results for “Roe” (filtered)');
  expect(new URL(page.url()).searchParams.get('person')).toBe('Someone Unlisted');
});

test('a filter that lists everyone says nothing of a longer list', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('combobox', { name: 'Person' })).not.toHaveAttribute('aria-describedby');
  await expect(page.locator('[id$="-most-used"]')).toHaveCount(0);
});
