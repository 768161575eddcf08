// The Stephen Port case's suite: browser tests that read this case's pages (names, dates, events),
// served from `npm run build`'s dist/. The engine's browser tests run on the fixture in tests/e2e.
import { expect, test } from '@playwright/test';

test.describe('the case at a glance', () => {
  test('every chart mark links to the event it stands for', async ({ page }) => {
    await page.goto('/');
    const marks = page.locator('[data-chart] a.mark');
    const cards = page.locator('.event-card');
    expect(await marks.count()).toBe(await cards.count());
    for (const mark of await marks.all()) {
      const id = await mark.getAttribute('data-event');
      await expect(mark).toHaveAttribute('href', `/events/${id ?? ''}/`);
      expect(await mark.getAttribute('aria-label')).toBe(
        `${(await page.locator(`[id="${id ?? ''}"] .when .date`).textContent())?.trim() ?? ''}: ${
          (await page.locator(`[id="${id ?? ''}"] .title`).textContent())?.trim() ?? ''
        }`,
      );
    }
    await marks.first().click();
    await expect(page).toHaveURL(/\/events\/2014-06-19-anthony-walgate-found\/$/);
  });

  test('the chart marks the deaths and draws each investigation as a bar', async ({ page }) => {
    await page.goto('/');
    expect(await page.locator('[data-chart] a.mark.g-death').count()).toBe(4);
    await expect(page.locator('[data-chart] a.bar[data-investigation="iopc-gross-misconduct"]')).toHaveAccessibleName(
      /no outcome reported as of (\d+ )?\w+ \d{4}/,
    );
    await expect(page.locator('[data-chart] title').first()).toHaveText('The case at a glance');
  });

  test('a person’s page charts only their events', async ({ page }) => {
    await page.goto('/people/jack-taylor/');
    const marks = await page
      .locator('[data-chart] a.mark')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
    const listed = await page.locator('.event-card').evaluateAll((els) => els.map((e) => e.id));
    expect(marks).toEqual(listed);
  });
});

test.describe('filters on the timeline', () => {
  test('narrow the timeline by person, say how many are shown, and keep it in the address', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('group', { name: 'Filter the timeline' }).getByLabel('Person').selectOption('jack-taylor');
    await expect(page.getByText(/^Showing \d+ of 59 events$/)).toBeVisible();
    await expect(page).toHaveURL(/\?person=jack-taylor/);
    const visible = page.locator('.event-card:visible');
    for (const card of await visible.all()) await expect(card).toHaveAttribute('data-person', /jack-taylor/);
    expect(await page.locator('section.year:visible h2').allTextContents()).not.toContain('2014');
  });

  test('a filtered address opens filtered, and filters combine', async ({ page }) => {
    await page.goto('/?kind=statement&investigation=iopc-gross-misconduct');
    await expect(page.getByRole('group', { name: 'Filter the timeline' }).getByLabel('Kind')).toHaveValue('statement');
    const ids = await page.locator('.event-card:visible').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual([
      '2023-11-16-families-solicitor-statement',
      '2023-11-16-iopc-statement',
      '2023-11-16-taylor-sisters-statement',
    ]);
  });

  test('without JavaScript the filters are not offered and every event is listed', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/?person=jack-taylor');
    await expect(page.getByRole('group', { name: 'Filter the timeline' })).toBeHidden();
    expect(await page.locator('.event-card:visible').count()).toBe(59);
    await context.close();
  });
});

test.describe('keyboard reading', () => {
  test('j and k move between events on the timeline and say where the reader is', async ({ page }) => {
    await page.goto('/');
    await page.locator('body').press('j');
    await expect(page.locator('[id="2014-06-19-anthony-walgate-found"] .title a')).toBeFocused();
    await page.keyboard.press('j');
    await expect(page.locator('[id="2014-08-28-gabriel-kovari-found"] .title a')).toBeFocused();
    await expect(page.getByText('Event 2 of 59: Gabriel Kovari is found')).toBeAttached();
    await page.keyboard.press('k');
    await expect(page.locator('[id="2014-06-19-anthony-walgate-found"] .title a')).toBeFocused();
    // No trap: Tab still leaves the event.
    await page.keyboard.press('Tab');
    await expect(page.locator('[id="2014-06-19-anthony-walgate-found"] .title a')).not.toBeFocused();
  });

  test('j and k step through event pages', async ({ page }) => {
    await page.goto('/events/2014-08-28-gabriel-kovari-found/');
    await page.locator('body').press('j');
    await expect(page).toHaveURL(/2014-09-20-daniel-whitworth-found/);
    // The key handler is a module script: wait for the new page to finish loading before 'k'.
    await page.waitForLoadState('load');
    await page.locator('body').press('k');
    await expect(page).toHaveURL(/2014-08-28-gabriel-kovari-found/);
  });

  test('arriving at an event’s anchor highlights it', async ({ page }) => {
    await page.goto('/#2019-07-05-no-officer-to-be-disciplined');
    const card = page.locator('[id="2019-07-05-no-officer-to-be-disciplined"]');
    const background = await card.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });
});

test.describe('themes', () => {
  test('the toggle switches to dark, remembers it, and does not flash on the next page', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    // The button says what a press will do, not which theme is shown.
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle).toHaveText('Switch to dark theme');
    await toggle.click();
    await expect(toggle).toHaveText('Switch to light theme');
    const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(dark).toBe('rgb(21, 21, 21)');
    // On the next page the theme is set before the first paint: check the first frame.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as Window & { firstTheme?: string | undefined }).firstTheme = document.documentElement.dataset['theme'];
      });
    });
    await page.goto('/people/');
    expect(await page.evaluate(() => (window as Window & { firstTheme?: string }).firstTheme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(21, 21, 21)',
    );
  });

  test('follows the system until the reader chooses', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(21, 21, 21)',
    );
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
    await context.close();
  });

  test('prints light, with each citation’s full address', async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.goto('/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(
      'rgb(21, 21, 21)',
    );
    await expect(page.locator('[id="2014-06-19-anthony-walgate-found"] .print-sources')).toContainText(
      'https://www.newhamrecorder.co.uk/news/23928653',
    );
    await expect(page.locator('.site-header form')).toBeHidden();
  });
});
