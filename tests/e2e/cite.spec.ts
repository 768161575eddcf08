import { expect, test } from '@playwright/test';

const EVENT = '/events/2016-11-23-port-convicted/';

test('the copy-link button copies the permalink and says so', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${baseURL ?? ''}${EVENT}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText('link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/events\/2016-11-23-port-convicted\/$/);
  await page.getByText('Cite this event', { exact: true }).click();
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('@misc{2016-11-23-port-convicted,');
  await context.close();
});

test('the access date in a citation is the reader’s day', async ({ page }) => {
  await page.goto(EVENT);
  const today = new Date().toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  await expect(page.locator('[data-cite="plain"]')).toContainText(`(accessed ${today})`);
});

test('without JavaScript the permalink is still there to copy by hand', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(EVENT);
  await expect(page.locator('[data-permalink]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await context.close();
});
