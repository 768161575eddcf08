import { expect, test, type Browser, type Page } from '@playwright/test';

/**
 * The layout test (issue #28), shared by the engine, French, chronicle and Stephen Port projects:
 * every page kind at four widths in both themes, checked for what a reader meets and no HTML
 * validator sees: a page that scrolls sideways, text cut off by its box (HTML or SVG), words
 * that run together for a screen reader or in Pagefind's excerpts, a long way by Tab to the
 * first event, and an event that prints on more than two A4 pages.
 * The pages are found from the built site's own links, so the suite knows no case.
 */

export const WIDTHS = [320, 375, 768, 1280] as const;
/** At and above this width no box may scroll sideways but a navigation bar. */
const WIDE = 768;
/** Tab presses from the top of the home page to the first event. */
export const TAB_BUDGET = 30;
export const PRINT_PAGES = 2;

export interface LayoutOptions {
  /** The event printed to A4 (the case's longest, say); default: the first event of the home page. */
  printedEvent?: string;
}

type Kind =
  | 'home'
  | 'timeline page'
  | 'event'
  | 'person'
  | 'investigation'
  | 'source'
  | 'tag'
  | 'search by name'
  | 'search by date'
  | 'corrections'
  | 'data'
  | 'about'
  | 'not found'
  | 'embed';

/** One page of each kind the built site has (a case without investigations, say, has none). */
async function findPages(page: Page): Promise<Partial<Record<Kind, string | undefined>>> {
  const first = async (path: string, selector: string) => {
    await page.goto(path);
    return page.evaluate((s) => document.querySelector<HTMLAnchorElement>(s)?.pathname, selector);
  };
  await page.goto('/');
  const home = await page.evaluate(() => ({
    event: document.querySelector<HTMLAnchorElement>('main article[id] h3 a, main article[id] h4 a')?.pathname,
    timelinePage: document.querySelector<HTMLAnchorElement>('main a[href*="/timeline/"]')?.pathname,
    date: document.querySelector('main article[id] time')?.getAttribute('datetime') ?? undefined,
    about: document.querySelector<HTMLAnchorElement>('header a[href$="/about/"]')?.pathname,
  }));
  const pages: Partial<Record<Kind, string | undefined>> = {
    home: '/',
    'timeline page': home.timelinePage,
    event: home.event,
    person: await first('/people/', 'main li a[href*="/people/"]'),
    investigation: await first('/investigations/', 'main li a[href*="/investigations/"]'),
    source: await first('/sources/', 'main li a[href*="/sources/"]'),
    corrections: '/corrections/',
    data: '/data/',
    about: home.about,
    'not found': '/no-such-page/',
  };
  if (pages.person) {
    await page.goto(pages.person);
    const name = await page.locator('h1').first().textContent();
    if (name) pages['search by name'] = `/search/?q=${encodeURIComponent(name.trim())}`;
  }
  if (home.date) pages['search by date'] = `/search/?q=${encodeURIComponent(home.date)}`;
  pages.tag = await first('/search/', 'main a[href*="/tags/"]');
  if (home.event) pages.embed = home.event.replace(/\/events\//, '/embed/events/');
  // A page the site lacks (a 404 served for an investigations index, say) is left out.
  for (const [kind, path] of Object.entries(pages) as [Kind, string | undefined][]) {
    if (!path) continue;
    const response = await page.goto(path);
    if (kind !== 'not found' && response?.status() !== 200) pages[kind] = undefined;
  }
  return pages;
}

interface Findings {
  sideways: string[];
  clipped: string[];
  together: string[];
  /** Places in Pagefind's source where two pieces of text meet with no space in the HTML. */
  indexed: [string, string][];
}

/** What is wrong with the page as laid out now: run in the page. */
function inspect(wide: boolean): Findings {
  const sideways: string[] = [];
  const clipped: string[] = [];
  const together: string[] = [];
  const short = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  const name = (el: Element) =>
    `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length > 0 ? `.${[...el.classList].join('.')}` : ''}>`;
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth)
    sideways.push(`the page is ${root.scrollWidth} px wide in ${root.clientWidth}`);

  // Boxes that scroll sideways: a navigation bar may, a labelled focusable region only on a narrow screen.
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('svg') || el.scrollWidth <= el.clientWidth + 1) continue;
    const { overflowX } = getComputedStyle(el);
    if (overflowX !== 'auto' && overflowX !== 'scroll') continue;
    if (el.closest('nav')) continue;
    const region = el.getAttribute('tabindex') === '0' && el.hasAttribute('aria-label');
    if (wide || !region)
      sideways.push(
        `${name(el)} scrolls sideways (${el.scrollWidth} px in ${el.clientWidth}): ${short(el.textContent)}`,
      );
  }

  // Text wider than its box, or reaching past a box that clips it.
  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    if (el.closest('svg,script,style,noscript,template')) continue;
    if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) continue;
    if (!el.checkVisibility()) continue;
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue; // visually hidden, for screen readers only
    const style = getComputedStyle(el);
    const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && !scrolls)
      clipped.push(`${name(el)} holds ${el.scrollWidth} px of text in ${el.clientWidth}: ${short(el.textContent)}`);
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      const overflow = getComputedStyle(up).overflowX;
      if (overflow === 'visible') continue;
      const edge = up.getBoundingClientRect();
      const inside = box.left >= edge.left - 1 && box.right <= edge.right + 1;
      if (!inside && overflow !== 'auto' && overflow !== 'scroll')
        clipped.push(`${name(el)} is cut off by ${name(up)}: ${short(el.textContent)}`);
      break;
    }
  }

  // SVG text inside its drawing, and never half over a shape of the same link.
  for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
    const svg = text.ownerSVGElement;
    if (!svg || !text.checkVisibility()) continue;
    const t = text.getBoundingClientRect();
    const s = svg.getBoundingClientRect();
    if (t.left < s.left - 1 || t.right > s.right + 1 || t.top < s.top - 1 || t.bottom > s.bottom + 1)
      clipped.push(`SVG text runs out of its drawing: ${short(text.textContent)}`);
    for (const shape of text.parentElement?.querySelectorAll('rect') ?? []) {
      const r = shape.getBoundingClientRect();
      const x = Math.min(t.right, r.right) - Math.max(t.left, r.left);
      const y = Math.min(t.bottom, r.bottom) - Math.max(t.top, r.top);
      const overlaps = x > 1 && y > 1;
      const within = t.left >= r.left - 1 && t.right <= r.right + 1 && t.top >= r.top - 1 && t.bottom <= r.bottom + 1;
      if (overlaps && !within) clipped.push(`SVG text lies half over its shape: ${short(text.textContent)}`);
    }
  }

  // Words that run together: two pieces of text meeting at an element's edge with no space
  // between. In the page as laid out, only where the edge is inline (a block or flex item starts
  // a line of its own for a reader too); in Pagefind's source, at every edge, as Pagefind reads HTML.
  const opens = /[(\[{‘“«¡¿/#@–—-]$/u;
  const closes = /^[)\]},.;:!?’”»%…/–—-]/u;
  const BREAK = '\n';
  const pieces = (from: Element, strict: boolean): string[] => {
    const out: string[] = [];
    const walk = (node: Node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          out.push(child.textContent ?? '');
          continue;
        }
        if (!(child instanceof Element)) continue;
        if (child.matches('script,style,template,noscript,svg,[aria-hidden="true"]')) continue;
        if (strict && child.hasAttribute('data-pagefind-ignore')) continue;
        if (!strict && !child.checkVisibility()) continue;
        if (child.matches('br,img,input,select,textarea')) {
          out.push(BREAK);
          continue;
        }
        const block = !strict && !/^inline|^contents$/.test(getComputedStyle(child).display);
        if (block) out.push(BREAK);
        walk(child);
        if (block) out.push(BREAK);
      }
    };
    walk(from);
    return out;
  };
  /** Pairs of pieces that meet with no space between: the end of one and the start of the next. */
  const joins = (list: string[]) => {
    const out: [string, string][] = [];
    for (let i = 1; i < list.length; i++) {
      const left = list[i - 1] ?? '';
      const right = list[i] ?? '';
      if (left === BREAK || right === BREAK || left === '' || right === '') continue;
      if (/\s$/u.test(left) || /^\s/u.test(right) || opens.test(left) || closes.test(right)) continue;
      out.push([short(left).slice(-25), short(right).slice(0, 25)]);
    }
    return out;
  };
  for (const [left, right] of joins(pieces(document.body, false))) together.push(`text: “${left}|${right}”`);
  // Pagefind's source: every element's edge with no space in the HTML is a candidate; the page's
  // indexed text (read in the search page's check) says whether Pagefind ran the two together.
  const indexed = [...document.querySelectorAll('[data-pagefind-body]')].flatMap((body) => joins(pieces(body, true)));
  return { sideways, clipped, together: [...new Set(together)], indexed };
}

/**
 * The pairs of `candidates` that Pagefind's index of this page holds run together ("Age23"),
 * read through Pagefind's own script as the search page does.
 */
async function runTogetherInIndex(candidates: [string, string][]): Promise<string[]> {
  if (candidates.length === 0) return [];
  const base = document.documentElement.dataset['base'] ?? '/';
  interface Result {
    data(): Promise<{ url: string; content: string }>;
  }
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as {
    init(): Promise<void>;
    search(term: string): Promise<{ results: Result[] } | null>;
  };
  await pagefind.init();
  const title = document.querySelector('h1')?.textContent?.trim() ?? '';
  const found = await pagefind.search(title);
  const here = location.pathname;
  let content: string | undefined;
  for (const result of found?.results.slice(0, 20) ?? []) {
    const data = await result.data();
    if (new URL(data.url, location.href).pathname === here) content = data.content.replace(/\s+/g, ' ');
  }
  if (content === undefined) return [`the search index has no page ${here} (looked for “${title}”)`];
  const text = content;
  return candidates
    .filter(([left, right]) => text.includes(`${left.slice(-12)}${right.slice(0, 12)}`))
    .map(([left, right]) => `search excerpt: “${left}|${right}”`);
}

/** Waits for what a page's script draws: the search page's results. */
async function settle(page: Page, path: string): Promise<void> {
  if (path.startsWith('/search/?')) await expect(page.locator('[data-search-status]')).not.toBeEmpty();
}

export function layoutSuite(options: LayoutOptions = {}): void {
  let pages: Partial<Record<Kind, string | undefined>> = {};

  test.beforeAll(async ({ browser }: { browser: Browser }) => {
    const page = await browser.newPage();
    pages = await findPages(page);
    await page.close();
    // Every case has these; a case without investigations, tags, an about page or a second
    // timeline page has none of those to check.
    const required: Kind[] = [
      'home',
      'event',
      'person',
      'source',
      'search by name',
      'search by date',
      'corrections',
      'data',
      'not found',
      'embed',
    ];
    expect(required.filter((kind) => !pages[kind])).toEqual([]);
  });

  for (const width of WIDTHS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`every page kind at ${String(width)} px, ${colorScheme}: no sideways scroll, no clipped text, no words run together`, async ({
        browser,
      }) => {
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
        const page = await context.newPage();
        const problems: string[] = [];
        for (const [kind, path] of Object.entries(pages)) {
          if (!path) continue;
          await page.goto(path);
          await settle(page, path);
          const found = await page.evaluate(inspect, width >= WIDE);
          // The index is the same at every width: read once, at the first.
          const excerpts =
            width === WIDTHS[0] && colorScheme === 'light'
              ? await page.evaluate(runTogetherInIndex, found.indexed)
              : [];
          for (const line of [...found.sideways, ...found.clipped, ...found.together, ...excerpts])
            problems.push(`${kind} (${path}): ${line}`);
        }
        await context.close();
        expect(problems).toEqual([]);
      });
    }
  }

  test(`the first event of the home page is fewer than ${String(TAB_BUDGET)} Tab presses from the top`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    let presses = 0;
    while (presses < TAB_BUDGET) {
      await page.keyboard.press('Tab');
      presses++;
      if (await page.evaluate(() => Boolean(document.activeElement?.closest('main article[id]')))) break;
    }
    const reached = await page.evaluate(() => Boolean(document.activeElement?.closest('main article[id]')));
    expect(reached, `${String(presses)} presses and still not at the first event`).toBe(true);
  });

  test(`an event prints on at most ${String(PRINT_PAGES)} A4 pages`, async ({ page }) => {
    const path = options.printedEvent ?? pages.event;
    expect(path).toBeTruthy();
    await page.goto(path ?? '/');
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const count = pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(PRINT_PAGES);
  });
}
