// @ts-check
/**
 * Where the built site is published: the one place to change it. Both can be overridden at
 * build time, e.g. `SITE_URL=https://example.org BASE_PATH=/timeline/ npm run build`.
 */
export const publishing = {
  /** The public origin, used for canonical links, feeds and the sitemap. */
  site: process.env['SITE_URL'] ?? 'https://timeline.example.org',
  /** The sub-path the site is served under: "/" at a domain root, "/timeline/" for a project page. */
  base: process.env['BASE_PATH'] ?? '/',
};
