import type { AstroIntegration } from 'astro';

/** Sveltia CMS's bundle for bundlers (the package's `npm/` folder). */
const EDITOR_BUNDLE = /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/;
/** Its stylesheet's fonts from a public CDN: the same fonts the bundle also carries as files. */
const CDN_FONT_FACE = /@font-face\s*\{[^{}]*?https:\/\/cdn\.jsdelivr\.net\/[^{}]*\}/g;

/**
 * Strips what would make the browser editor (/admin/) ask another origin for something: the
 * editor declares its three fonts twice, from files of its own package (bundled into the site
 * with it, and loaded first) and again as `@font-face` rules pointing to cdn.jsdelivr.net, which
 * a browser fetches as soon as the rule applies. The rules are taken out, so the fonts come from
 * the site. If a new version of the editor no longer has them the build says so, rather than
 * leaving the page to a browser test to catch.
 */
export function stripEditorCdnFonts(code: string): string {
  let found = 0;
  const stripped = code.replace(CDN_FONT_FACE, () => {
    found += 1;
    return '';
  });
  if (found === 0 || stripped.includes('cdn.jsdelivr.net')) {
    throw new Error(
      `@sveltia/cms: expected its CDN @font-face rules to strip, found ${String(found)}${stripped.includes('cdn.jsdelivr.net') ? ' and a cdn.jsdelivr.net address left' : ''}: see src/integrations/editor/offline.ts`,
    );
  }
  return stripped;
}

/**
 * The Git hosts' public status pages the editor polls every five minutes while signed in to
 * GitHub or GitLab (or working on a local folder with either configured). Each address is
 * replaced with an empty `data:` address: reading it fails, and the editor takes the status as
 * unknown and shows no notice, as it does when the status page cannot be reached.
 */
const STATUS_ADDRESSES = [
  'https://www.githubstatus.com/api/v2/status.json',
  'https://status-api.hostedstatus.com/1.0/status/5b36dc6502d06804c08349f7',
];

export function stripEditorStatusChecks(code: string): string {
  let out = code;
  for (const address of STATUS_ADDRESSES) {
    const quoted = `\`${address}\``;
    if (!out.includes(quoted)) {
      throw new Error(
        `@sveltia/cms: expected its status check of ${address} to turn off, found none: see src/integrations/editor/offline.ts`,
      );
    }
    out = out.split(quoted).join('`data:,`');
  }
  return out;
}

export function editorOffline(): AstroIntegration {
  return {
    name: 'timeline:editor-offline',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'timeline:editor-offline',
                enforce: 'pre',
                transform(code, id) {
                  if (!EDITOR_BUNDLE.test(id.split('?')[0] ?? '')) return undefined;
                  return { code: stripEditorStatusChecks(stripEditorCdnFonts(code)), map: null };
                },
              },
            ],
            // The dev server's dependency pre-bundling would serve the package untransformed.
            optimizeDeps: { exclude: ['@sveltia/cms'] },
          },
        });
      },
    },
  };
}
