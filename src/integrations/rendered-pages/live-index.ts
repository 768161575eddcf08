import type { PreviewCard } from '../../lib/outputs/preview';

// What each page Astro renders hands, during `astro build`, to the build steps beside Astro
// (src/integrations/): its searchable part to the search index and its policy to the `_headers`
// writer (both through src/integrations/rendered-pages/rendered-pages.ts, which sees every rendered page), and
// its preview card to the preview images (from the page's own code, src/data/previews.ts). Each
// integration sets its value for the length of a build; outside a build (dev, check) there is none.

/**
 * Pages handed to the search index while `astro build` renders them, so that Pagefind (its own
 * process) indexes on the second core as Astro renders on the first, instead of reading the
 * whole output again afterwards. It is handed each page in a fixed order.
 */
export interface LiveIndex {
  /** Resolves at once, or (when the indexer lags behind) once it has caught up a little. */
  readonly add: (sourcePath: string, html: string) => Promise<void>;
}

/**
 * Pages' Content Security Policies gathered while `astro build` renders them, so that the
 * `_headers` file is written without opening every page again afterwards.
 */
export interface LivePolicies {
  /** Takes a rendered page (its policy is in its `<head>`). */
  readonly add: (html: string) => void;
}

/**
 * One value shared by the integrations and the code of the pages: they are loaded separately (the
 * config's modules and the build's chunks) but run in one process, so it lives on globalThis.
 */
function shared<T>(name: string): { set: (value: T | undefined) => void; get: () => T | undefined } {
  const key = Symbol.for(name);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    set: (value) => {
      holder[key] = value;
    },
    get: () => holder[key],
  };
}

/**
 * The link-preview images the rendered pages name, gathered while `astro build` renders them; the
 * previews integration publishes them when the pages are done.
 */
export interface LivePreviews {
  /** Takes an image's path under the base (`previews/events/x.png`) and what the card shows. */
  readonly add: (file: string, card: PreviewCard) => void;
}

const index = shared<LiveIndex>('timeline.live-search-index');
const policies = shared<LivePolicies>('timeline.live-policies');
const previews = shared<LivePreviews>('timeline.live-previews');

export const setLiveIndex = index.set;
export const liveIndex = index.get;
export const setLivePolicies = policies.set;
export const livePolicies = policies.get;
export const setLivePreviews = previews.set;
export const livePreviews = previews.get;

/**
 * The file a page is written to, relative to the output folder, as Pagefind names pages it
 * reads from a folder (`build.format: 'directory'`): `/base/events/x/` is `events/x/index.html`,
 * `/base/404` is `404.html`.
 */
export function pageFile(pathname: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const inside = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  if (inside === '' || inside.endsWith('/')) return `${inside}index.html`;
  return inside.endsWith('.html') ? inside : `${inside}.html`;
}

/**
 * A start or end tag as Astro writes it: attribute values are quoted, and a `<` or `"` inside
 * text or a value is escaped, so a tag can be read without parsing the page.
 */
const TAG = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const QUOTED = /"[^"]*"|'[^']*'/g;
const BODY_ATTRIBUTE = /(?:^|\s)data-pagefind-body(?=[\s=]|$)/;

/**
 * The part of a rendered page the search index reads: the element marked `data-pagefind-body`
 * (with the filters, meta and sort data it holds) inside the page's own `<html>` tag, which
 * carries the language. Pagefind ignores everything else on a page once any page is marked, so
 * the index is the same; sending only this part spares the build encoding and piping every
 * page's head, navigation and footer to the indexer (at 10,000 events, several seconds of the
 * build's one busy core). A page with no marked element is not indexed at all: undefined.
 */
export function searchablePart(html: string): string | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const tags = new RegExp(TAG.source, 'g');
  let opening: RegExpExecArray | null = null;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    if (!match[1] && BODY_ATTRIBUTE.test((match[3] ?? '').replace(QUOTED, '""'))) {
      opening = match;
      break;
    }
  }
  if (!opening) return undefined;
  // An element closed in its own tag (`<div data-pagefind-body />`) ends there, holding nothing.
  let end = tags.lastIndex;
  if (!opening[0].endsWith('/>')) {
    // An element left open (which Astro does not write) is read to the end of the page.
    end = html.length;
    const name = (opening[2] ?? '').toLowerCase();
    let depth = 1;
    for (let match = tags.exec(html); match; match = tags.exec(html)) {
      if ((match[2] ?? '').toLowerCase() !== name || match[0].endsWith('/>')) continue;
      depth += match[1] ? -1 : 1;
      if (depth === 0) {
        end = tags.lastIndex;
        break;
      }
    }
  }
  const htmlTag = /<html(?:\s[^>]*)?>/i.exec(html)?.[0] ?? '<html>';
  return `<!DOCTYPE html>${htmlTag}<head><meta charset="utf-8"></head><body>${html.slice(opening.index, end)}</body></html>`;
}
