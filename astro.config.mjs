// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { editorOffline } from './src/integrations/editor/offline';
import { pagefindIndex } from './src/integrations/pagefind/pagefind';
import { publishedPictures } from './src/integrations/pictures';
import { previewImages } from './src/integrations/previews/previews';
import { renderedPages } from './src/integrations/rendered-pages/rendered-pages';
import { securityHeaders } from './src/integrations/security-headers/security-headers';
import { caseOutput } from './src/lib/content/content-dir';
import { MAX_PICTURE_PIXELS } from './src/lib/model/picture';
import { scriptHash, THEME_SCRIPT } from './src/lib/theme';
import { publishing } from './site.config.mjs';

const output = caseOutput();

/** Pages rendered at once; TIMELINE_BUILD_CONCURRENCY overrides it (the bench compares). */
const BUILD_CONCURRENCY = Number(process.env['TIMELINE_BUILD_CONCURRENCY'] ?? 8);

export default defineConfig({
  // Each case builds into its own folder with its own cache (TIMELINE_DIST, TIMELINE_CACHE_DIR
  // override them; tests and benchmarks build several content folders at once).
  outDir: output.outDir,
  ...(output.cacheDir ? { cacheDir: output.cacheDir } : {}),
  site: publishing.site,
  base: publishing.base,
  trailingSlash: 'always',
  // Eight pages at once: while some pages are being written to disk others render, instead of
  // the build's one busy core waiting on every write (at 10,000 events, two rounds on this
  // machine: rendering took 79-95 s one page at a time, 50-66 s at four, 51 s at eight). The
  // search index still receives pages in a fixed order (src/integrations/rendered-pages/rendered-pages.ts), so
  // the output is the same every build.
  //
  // Stylesheets are files, never inlined: a reader's browser fetches each once for the whole
  // site, where an inlined one is sent again in every page and hashed again for every page's
  // Content Security Policy (at 10,000 events: 100 MB less output, and rendering 2-4 s faster).
  build: { format: 'directory', concurrency: BUILD_CONCURRENCY, inlineStylesheets: 'never' },
  // Plain remark: the case's Markdown needs no plugins, and remark is the pipeline the
  // content checks in src/lib/ parse with, so what is checked is what is rendered.
  markdown: { processor: unified({ smartypants: false }), syntaxHighlight: false },
  devToolbar: { enabled: false },
  // The browser editor (/admin/) loads one 2.4 MB script, on that page only; Vite's 500 kB warning
  // would print on every build. Reading pages' scripts are held far lower by tests/build/budgets.test.ts.
  vite: { build: { chunkSizeWarningLimit: 3000 } },
  // The content check refuses a picture past these limits before the pipeline sees it
  // (src/lib/content/pictures.ts); the decoder is held to the same count should one slip by.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { limitInputPixels: MAX_PICTURE_PIXELS } } },
  // Every page carries a Content Security Policy (hashes for what Astro inlines). Nothing is
  // loaded from another origin; Pagefind's search needs WebAssembly on the search page.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [scriptHash(THEME_SCRIPT)] },
    },
  },
  integrations: [
    sitemap({
      filter: (page) => !page.includes('/search/') && !page.includes('/embed/') && !page.includes('/admin/'),
    }),
    renderedPages(),
    pagefindIndex(),
    previewImages(),
    publishedPictures(),
    securityHeaders(),
    editorOffline(),
  ],
});
