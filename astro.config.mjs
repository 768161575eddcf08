// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind';
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
  markdown: { processor: unified({ smartypants: false }) },
  devToolbar: { enabled: false },
  integrations: [pagefindIndex()],
});
