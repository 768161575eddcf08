import { expect, test, type Page } from '@playwright/test';

// A 375 px phone on the engine fixture (tests/fixtures/engine): the time chart, the header, the theme button.

/** Rendered size in CSS pixels of the chart's smallest label, and of the page's small text. */
async function labelSizes(page: Page): Promise<{ smallest: number; bodySmall: number }> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg[data-chart]');
    const scale = svg?.getScreenCTM()?.a ?? 0;
    const sizes = [...document.querySelectorAll('svg[data-chart] text')].map(
      (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
    );
    const small = document.querySelector('.time-chart .meta');
    return { smallest: Math.min(...sizes), bodySmall: small ? parseFloat(getComputedStyle(small).fontSize) : Infinity };
  });
}

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the time chart’s labels are at least body-small size, and the page never scrolls sideways', async ({
    page,
  }) => {
    await page.goto('/');
    const { smallest, bodySmall } = await labelSizes(page);
    expect(bodySmall).toBeGreaterThanOrEqual(12);
    expect(smallest).toBeGreaterThanOrEqual(bodySmall);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the chart scrolls sideways from the keyboard, in a labelled region', async ({ page }) => {
      await page.goto('/');
      const region = page.getByRole('region', { name: /scroll sideways/ });
      await expect(region).toBeVisible();
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    });
  });

  test('with its script, the chart is one tab stop whose arrow keys reach the last event, in view', async ({
    page,
  }) => {
    await page.goto('/');
    const region = page.getByRole('region', { name: /scroll sideways/ });
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    const focused = page.locator('[data-chart-region] a.mark').last();
    await expect(focused).toBeFocused();
    const [mark, box] = await Promise.all([focused.boundingBox(), region.boundingBox()]);
    expect(mark && box && mark.x >= box.x && mark.x + mark.width <= box.x + box.width).toBe(true);
  });
});

const PAGES = ['/', '/people/', '/search/', '/events/2015-06-03-inquest-opens/', '/about/'];

for (const width of [375, 768, 1280]) {
  test(`the header keeps one layout on every page at ${String(width)} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const layouts: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      layouts.push(
        await page.evaluate(() =>
          ['.site-header', '.site-header .title', '.site-header nav', '.site-header form', '[data-theme-toggle]']
            .map((selector) => {
              const box = document.querySelector(selector)?.getBoundingClientRect();
              return box ? [box.x, box.y, box.width, box.height].map(Math.round).join(',') : 'none';
            })
            .join(' | '),
        ),
      );
    }
    expect(new Set(layouts).size, layouts.join('\n')).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('the theme button says what it will do', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const button = page.locator('[data-theme-toggle]');
  await expect(button).toHaveText('Switch to light theme');
  await button.click();
  await expect(button).toHaveText('Switch to dark theme');
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
});
