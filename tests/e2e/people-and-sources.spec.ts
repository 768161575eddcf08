import { expect, test } from '@playwright/test';

// The engine fixture (tests/fixtures/engine) as a reader sees it in Chromium: who a death belongs
// to, how relations read, and who cites a source.
test('a victim’s page lists her death; the perpetrator’s and the witness’s pages do not', async ({ page }) => {
  await page.goto('/people/mary-roe/');
  const death = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Death', exact: true }) });
  await expect(death.getByRole('link')).toHaveText(['Mary Roe is found dead']);
  for (const path of ['/people/john-doe/', '/people/pat-walker/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Death', exact: true })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Mary Roe is found dead' }).first()).toBeVisible();
  }
});

test('a relation reads as what it is', async ({ page }) => {
  await page.goto('/people/pat-walker/');
  await expect(page.locator('dl.facts dt', { hasText: 'Colleague of' })).toBeVisible();
  await expect(page.locator('dl.facts dt', { hasText: 'Family' })).toHaveCount(0);
});

test('a source cited only by a finding says who cites it, and the sources list counts it', async ({ page }) => {
  await page.goto('/sources/finding-only/');
  await expect(page.getByText('cited by 1 person')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mary Roe' })).toBeVisible();
  await expect(page.getByText('No events yet')).toHaveCount(0);
  await page.goto('/sources/');
  await expect(page.getByRole('listitem').filter({ hasText: 'A record cited only by a finding' })).toContainText(
    'cited by 1 person',
  );
});

test('the hidden attribute still hides what components style (filters without JavaScript)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('[data-timeline-filters]')).toBeHidden();
  await context.close();
});
