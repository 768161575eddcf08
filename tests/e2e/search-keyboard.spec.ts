import { expect, test } from '@playwright/test';

// Reaching the search results from the keyboard on the engine fixture (tests/fixtures/engine).

test('tabbing from the box into the results keeps them: leaving the box does not search again', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByLabel('Search by a name or a date');
  await box.fill('Roe');
  await expect(page.getByRole('status')).toHaveText(/^[1-9]\d* results? for “Roe”$/);
  const list = page.locator('[data-search-results]');
  // Counts every result the page takes away from now on: leaving the box fires "change", and a
  // search run again for it would replace the list, dropping the focus of a reader inside it.
  await list.evaluate((element) => {
    const seen = { removed: 0 };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver((records) => {
      for (const record of records) seen.removed += record.removedNodes.length;
    }).observe(element, { childList: true });
  });
  const firstResult = list.locator('li a').first();
  for (let i = 0; i < 30 && !(await firstResult.evaluate((a) => a === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(firstResult).toBeFocused();
  // A search run again would have replaced the list 120 ms after the box lost focus; this waits
  // well past that, then checks nothing was taken away and the reader's place is kept.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { seen: { removed: number } }).seen.removed)).toBe(0);
  await expect(firstResult).toBeFocused();
});

test('changing the search after tabbing away still searches again', async ({ page }) => {
  await page.goto('/search/?q=Roe');
  await expect(page.getByRole('status')).toHaveText(/^[1-9]\d* results? for “Roe”$/);
  await page.getByLabel('Search by a name or a date').fill('zzzznothing');
  await expect(page.getByRole('status')).toHaveText('0 results for “zzzznothing”');
  await page.getByLabel('Search by a name or a date').fill('Roe');
  await expect(page.getByRole('status')).toHaveText(/^[1-9]\d* results? for “Roe”$/);
});
