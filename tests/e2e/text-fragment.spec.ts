import { expect, test, type Page } from '@playwright/test';

/**
 * A citation's "Open at the passage" link carries a URL text fragment. The publisher is not
 * reachable from the test machine, so its address is answered with a long page that holds the
 * quoted passage far below the fold; Chromium must open it scrolled to the passage.
 */
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${String(i)} of a long report, about nothing quoted.</p>`).join('');

async function firstCitationLink(page: Page) {
  await page.goto('/');
  await page.locator('article a[href*="/events/"]').first().click();
  const link = page.locator('figure.citation a.out[href*=":~:text="]').first();
  const quote = (await link.locator('xpath=ancestor::figure').locator('blockquote').innerText())
    .trim()
    .replace(/^“|”$/g, '');
  const original = (await link.getAttribute('data-originalurl')) ?? '';
  return { link, quote, original };
}

for (const { name, holdsQuote } of [
  { name: 'opens the publisher’s page scrolled to the quoted passage', holdsQuote: true },
  { name: 'does not scroll when the page does not hold the passage (control)', holdsQuote: false },
]) {
  test(`a citation link ${name}`, async ({ page }) => {
    const { link, quote, original } = await firstCitationLink(page);
    expect(original).toMatch(/^https?:\/\//);
    const passage = holdsQuote ? quote : 'Nothing of the kind was said.';
    const body = `<!doctype html><html lang="en"><title>Report</title><body>${filler(150)}<p id="passage">${passage}</p>${filler(150)}</body></html>`;
    const { origin, pathname } = new URL(original);
    await page.route(`${origin}${pathname}*`, (route) => route.fulfill({ body, contentType: 'text/html' }));
    await link.click();
    await page.waitForURL(`${origin}${pathname}**`);
    await page.waitForLoadState('load');
    if (holdsQuote) {
      await expect(page.locator('#passage')).toBeInViewport();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    } else {
      // Give Chromium the time it would take to scroll, then check it did not.
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    }
  });
}
