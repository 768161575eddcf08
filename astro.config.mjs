// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind';
import { previewImages } from './src/integrations/previews';
import { securityHeaders } from './src/integrations/security-headers';
import { scriptHash, THEME_SCRIPT } from './src/lib/theme';
import { publishing } from './site.config.mjs';

export default defineConfig({
  // Tests and benchmarks build several content folders at once: each needs its own cache.
  ...(process.env['TIMELINE_CACHE_DIR'] ? { cacheDir: process.env['TIMELINE_CACHE_DIR'] } : {}),
  site: publishing.site,
  base: publishing.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Plain remark: the case's Markdown needs no plugins, and remark is the pipeline the
  // content checks in src/lib/ parse with, so what is checked is what is rendered.
  markdown: { processor: unified({ smartypants: false }), syntaxHighlight: false },
  devToolbar: { enabled: false },
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
    sitemap({ filter: (page) => !page.includes('/search/') && !page.includes('/embed/') }),
    pagefindIndex(),
    previewImages(),
    securityHeaders(),
  ],
});
