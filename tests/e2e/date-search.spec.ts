import { expect, test, type Page } from '@playwright/test';

// A query that is a date lists the events of that date first, on the engine fixture
// (tests/fixtures/engine: events on 10 January 2015, 3–4 June 2015 and 5 January 2016).

interface Result {
  title: string;
  meta: string;
}

async function search(page: Page, query: string): Promise<Result[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toContainText('result');
  return page.locator('[data-search-results] li').evaluateAll((items) =>
    items.map((li) => ({
      title: li.querySelector('h2')?.textContent ?? '',
      meta: li.querySelector('.result-meta')?.textContent ?? '',
    })),
  );
}

test('a year lists the events of that year first, oldest first, then the pages that mention it', async ({ page }) => {
  const results = await search(page, '2015');
  expect(results.slice(0, 2).map((r) => r.title)).toEqual(['Mary Roe is found dead', 'The inquest opens']);
  expect(results.slice(2).some((r) => !r.meta.startsWith('Event'))).toBe(true);
  expect(results.slice(2).map((r) => r.title)).not.toContain('Mary Roe is found dead');
  await expect(page.locator('[data-search-order]')).toBeVisible();
  await expect(page.locator('[data-search-order]')).toContainText('Read as a date (2015)');
});

for (const query of ['June 2015', '2015-06', '3 June 2015', '2015-06-03', '03/06/2015']) {
  test(`a month or day, "${query}", lists its event first`, async ({ page }) => {
    const results = await search(page, query);
    expect(results[0]?.title).toBe('The inquest opens');
    expect(results[0]?.meta).toMatch(/^Event/);
  });
}

test('result excerpts quote the entry’s own text, not the other ways of writing its date', async ({ page }) => {
  await search(page, '2015-06');
  const excerpts = await page.locator('[data-search-results] li > p:not(.result-meta)').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts) expect(excerpt).not.toMatch(/06\/2015|2015-06-03 ·|Corrected on/);
  // Its own text starts at its summary: the title and the kind and date line the result shows already are left out.
  expect(excerpts[0]).toMatch(/^The inquest into her death opened\./);
});

test('a name keeps the usual order, with no date note', async ({ page }) => {
  const results = await search(page, 'Mary Roe');
  expect(results[0]?.title).toBe('Mary Roe');
  await expect(page.locator('[data-search-order]')).toBeHidden();
});

test('an order the reader chose wins over the date order', async ({ page }) => {
  await page.goto('/search/?q=2015&sort=newest');
  await expect(page.getByRole('status')).toContainText('result');
  await expect(page.locator('[data-search-order]')).toBeHidden();
});
