import { expect, test } from '@playwright/test';

// The engine's browser tests run on the engine fixture (tests/fixtures/engine), built with
// SOURCE_DATE_EPOCH=1700000000: the page says 14 November 2023 until the script gives the reader's day.
const EVENT = '/events/2016-01-05-doe-convicted/';

test('the copy-link button copies the permalink and says so', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${baseURL ?? ''}${EVENT}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText('link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/events\/2016-01-05-doe-convicted\/$/);
  await page.getByText('Cite this event', { exact: true }).click();
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('@misc{2016-01-05-doe-convicted,');
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
  const iso = new Date().toISOString().slice(0, 10);
  await expect(page.locator('[data-cite="bibtex"]')).toContainText(`urldate = {${iso}}`);
  const csl = JSON.parse((await page.locator('[data-cite="csl"]').textContent()) ?? '{}') as {
    accessed: { 'date-parts': number[][] };
  };
  const now = new Date();
  expect(csl.accessed['date-parts']).toEqual([[now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()]]);
});

test('without JavaScript the access date is the fixed build date, not the day the page is read', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(EVENT);
  await expect(page.locator('[data-cite="plain"]')).toContainText('(accessed 14 November 2023)');
  await context.close();
});

test('without JavaScript the permalink is still there to copy by hand', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(EVENT);
  await expect(page.locator('[data-permalink]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await context.close();
});
