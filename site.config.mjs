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
  /**
   * The browser editor's Git host (docs/editing-in-the-browser.md): "github:owner/repo",
   * "gitlab:group/repo" or "gitea:owner/repo", with "@branch" when it is not main. Left empty, the
   * editor works on a local folder only (npm run dev, then /admin/ in Chromium).
   */
  editorRepository: process.env['EDITOR_REPOSITORY'] ?? '',
  /** "true": each change in the editor is a branch and a review before it is published. */
  editorReview: process.env['EDITOR_REVIEW'] === 'true',
};
