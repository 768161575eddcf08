// The Stephen Port case's suite: browser tests that read this case's pages (names, dates, events),
// served from `npm run build`'s dist/. The engine's browser tests run on the fixture in tests/e2e.
import { expect, test } from '@playwright/test';

test.describe('reading the timeline', () => {
  test('a reader goes from the timeline to a victim, an investigation, a source and back', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Stephen Port');
    await page.getByRole('link', { name: 'Gabriel Kovari', exact: true }).first().click();
    await expect(page).toHaveURL(/\/people\/gabriel-kovari\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gabriel Kovari');
    await expect(page.getByText('Content notice.')).toBeVisible();

    await page
      .getByRole('main')
      .getByRole('link', { name: /first inquests into the deaths/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/investigations\/first-inquests\/$/);
    await expect(page.getByText('Quashed', { exact: true })).toBeVisible();

    await page
      .getByRole('link', { name: /Whitworth \(Family of\)/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/sources\/ewhc-2017-3201-admin\/$/);
    await expect(page.getByRole('heading', { name: 'Events that cite it' })).toBeVisible();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('an event page shows its sources, its date precision and its neighbours', async ({ page }) => {
    await page.goto('/events/2015-03-port-jailed-for-perverting-justice/');
    await expect(page.getByText('(known to the month only)')).toBeVisible();
    // Two of its sources are flagged: the local paper's wrong year, and the 2023 report the inquest evidence contradicts.
    await expect(page.getByText('This source disagrees or is in error')).toHaveCount(2);
    await expect(page.getByText('This source disagrees or is in error').first()).toBeVisible();
    await expect(page.locator('time[datetime="2015-03"]').first()).toHaveText('March 2015');
    await page.getByRole('link', { name: /Next/ }).click();
    await expect(page).toHaveURL(/2015-06-19-first-inquests-open-conclusions/);
  });

  test('a link to an event on the timeline lands on that event', async ({ page }) => {
    await page.goto('/#2022-08-29-met-settles-civil-claims');
    await expect(page.locator('[id="2022-08-29-met-settles-civil-claims"]')).toBeInViewport();
  });

  test('every page reads without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of [
      '/',
      '/events/2021-12-10-inquest-conclusions/',
      '/people/',
      '/investigations/',
      '/sources/',
      '/about/',
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    }
    await context.close();
  });

  test('the timeline fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of [
      '/',
      '/events/2023-11-16-eight-officers-under-investigation/',
      '/sources/ewhc-2017-3201-admin/',
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('keyboard users can skip to the content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });
});
