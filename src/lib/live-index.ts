/**
 * Pages handed to the search index while `astro build` renders them, so that Pagefind (its own
 * process) indexes on the second core as Astro renders on the first, instead of reading the
 * whole output again afterwards. The Pagefind integration sets it for the length of a build;
 * the middleware hands it each page. Outside a build (dev, check) there is none.
 */
export interface LiveIndex {
  /** Resolves at once, or (when the indexer lags behind) once it has caught up a little. */
  readonly add: (sourcePath: string, html: string) => Promise<void>;
}

// The integration and the rendered pages are loaded separately but run in one process.
const KEY = Symbol.for('timeline.live-search-index');
type Holder = Record<typeof KEY, LiveIndex | undefined>;

export function setLiveIndex(index: LiveIndex | undefined): void {
  (globalThis as unknown as Holder)[KEY] = index;
}

export function liveIndex(): LiveIndex | undefined {
  return (globalThis as unknown as Holder)[KEY];
}

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
