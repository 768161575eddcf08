// The Stephen Port case's suite: browser tests that read this case's pages (names, dates, events),
// served from `npm run build`'s dist/. The engine's browser tests run on the fixture in tests/e2e.
import { expect, test as base, type Page } from '@playwright/test';

// Every search test also checks that the page logged no error.
const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    expect(errors).toEqual([]);
  },
});

/** The titles of the first results once the status line announces them. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toContainText('result');
  return page.locator('[data-search-results] li h2').allTextContents();
}

test.describe('search', () => {
  for (const [query, first] of <const>[
    ['Walgate', 'Anthony Walgate'],
    ['Hudgell', 'Neil Hudgell'],
    ['Jack Taylor', 'Jack Taylor'],
    ['Whitworth', 'Daniel Whitworth'],
    ['Walg', 'Anthony Walgate'],
    ['Kovári', 'Gabriel Kovari'],
  ]) {
    test(`a name, "${query}", finds ${first}'s page first`, async ({ page }) => {
      const titles = await search(page, query);
      expect(titles[0]).toBe(first);
    });
  }

  test('a surname finds the person first and then the events that involve them', async ({ page }) => {
    const titles = await search(page, 'Walgate');
    expect(titles[0]).toBe('Anthony Walgate');
    expect(titles.slice(1, 4)).toContain('Anthony Walgate is found outside Port’s block of flats in Barking');
  });

  for (const query of ['19 June 2014', 'June 19 2014', '19/06/2014', '2014-06-19']) {
    test(`a day written as "${query}" finds the event of that day first`, async ({ page }) => {
      const titles = await search(page, query);
      expect(titles[0]).toMatch(/Anthony Walgate is found|The Met’s handling of the four deaths/);
      expect(titles).toContain('Anthony Walgate is found outside Port’s block of flats in Barking');
    });
  }

  test('a month finds the events in it, whether written "March 2015" or "2015-03"', async ({ page }) => {
    expect((await search(page, 'March 2015'))[0]).toBe(
      'Port is jailed for eight months for lying about Anthony Walgate’s death',
    );
    expect((await search(page, '2015-03'))[0]).toBe(
      'Port is jailed for eight months for lying about Anthony Walgate’s death',
    );
  });

  /** Each result's kind and date line ("Event · 23 November 2016 · Verdict"). */
  const metas = (page: Page) => page.locator('[data-search-results] li .result-meta').allTextContents();

  test('"2016" lists the seven events of 2016 first, oldest first', async ({ page }) => {
    await search(page, '2016');
    const lines = (await metas(page)).slice(0, 7);
    expect(
      lines.every((line) => line.startsWith('Event') && line.includes('2016')),
      lines.join('\n'),
    ).toBe(true);
    const titles = await page.locator('[data-search-results] li h2').allTextContents();
    expect(titles[0]).toBe('Port’s trial is put back from April to October 2016');
    expect(titles[6]).toBe('Port is sentenced to a whole-life order');
    await expect(page.locator('[data-search-order]')).toContainText('Read as a date (2016)');
  });

  test('"November 2023" lists the events of 16 November 2023 before any source', async ({ page }) => {
    await search(page, 'November 2023');
    const lines = await metas(page);
    const firstSource = lines.findIndex((line) => line.startsWith('Source'));
    expect(
      lines.slice(0, 5).every((line) => line.startsWith('Event · 16 November 2023')),
      lines.join('\n'),
    ).toBe(true);
    expect(firstSource === -1 || firstSource >= 5).toBe(true);
  });

  test('a date known only to the month is not found by a day inside it', async ({ page }) => {
    const titles = await search(page, '15 March 2015');
    expect(titles).not.toContain('Port is jailed for eight months for lying about Anthony Walgate’s death');
  });

  test('a year and "November 2023" find events of that time', async ({ page }) => {
    expect(await search(page, 'November 2023')).toContain(
      'The IOPC announces that eight officers are under investigation for gross misconduct',
    );
    expect(await search(page, '2021')).toContain(
      'Inquest jury finds Met failings probably contributed to three deaths',
    );
  });

  test('filters and date order list all 2021 events in order, and the address can be shared', async ({ page }) => {
    await page.goto('/search/?type=Event&year=2021&sort=oldest');
    await expect(page.getByRole('status')).toContainText('10 results');
    const titles = await page.locator('[data-search-results] li h2').allTextContents();
    // Two events share the first day, 5 October 2021.
    expect(titles.slice(0, 2)).toContain('The inquests begin hearing evidence');
    expect(titles.at(-1)).toBe('The government says the inspectorate has been asked to inspect the Met');
    await expect(page.getByLabel('Year')).toHaveValue('2021');
  });

  test('typing updates the results and the address', async ({ page }) => {
    await page.goto('/search/');
    await page.getByLabel('Search by a name or a date').fill('Noonan');
    await expect(page.getByRole('status')).toContainText('for “Noonan”');
    await expect(page).toHaveURL(/\?q=Noonan$/);
    await page.getByLabel('Kind of page').selectOption('Event');
    await expect(page).toHaveURL(/q=Noonan&type=Event/);
    await expect(page.locator('[data-search-results] li h2').first()).not.toHaveText('Steve Noonan');
  });

  test('the header form takes a reader to the search page with their query', async ({ page }) => {
    await page.goto('/people/');
    await page.getByRole('searchbox', { name: 'Search' }).fill('Savell');
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Savell/);
    await expect(page.locator('[data-search-results] li h2').first()).toHaveText('Jon Savell');
  });

  test('works from the keyboard: "/" focuses the box, results are reachable with Tab', async ({ page }) => {
    await page.goto('/search/');
    await page.locator('body').press('/');
    const box = page.getByLabel('Search by a name or a date');
    await expect(box).toBeFocused();
    await page.keyboard.type('Kovari');
    await expect(page.getByRole('status')).toContainText('results for “Kovari”');
    const firstResult = page.locator('[data-search-results] li a').first();
    await expect(firstResult).toHaveText('Gabriel Kovari');
    for (let i = 0; i < 30 && !(await firstResult.evaluate((a) => a === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(firstResult).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/people\/gabriel-kovari\/$/);
  });

  test('"/" on a reading page focuses the header search box', async ({ page }) => {
    await page.goto('/events/2016-11-23-port-convicted/');
    await page.locator('body').press('/');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  });

  test('pages that are only read request no search files', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    for (const path of ['/', '/events/2014-06-19-anthony-walgate-found/', '/people/jack-taylor/', '/search/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.getByLabel('Search by a name or a date').fill('Port');
    await expect(page.getByRole('status')).toContainText('results');
    expect(requested.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
  });

  test('without JavaScript, search says so and links to the indexes', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/?q=walgate');
    await expect(page.getByText('needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'people' })).toHaveAttribute('href', '/people/');
    await context.close();
  });
});
