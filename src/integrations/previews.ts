import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishPreview } from '../data/previews';
import { secondsSince } from '../lib/elapsed';
import { setLivePreviews } from '../lib/live-index';
import type { PreviewCard } from '../lib/preview';

/**
 * Publishes the link-preview images the pages name (src/data/previews.ts), once the pages are
 * written: each is copied from the image cache, and drawn into it first if that card was never
 * drawn. The pages hand over their cards as they render (pagePreview), so an image exists for
 * exactly the pages that name one. Copying a file instead of rendering each image as a page of
 * its own keeps a rebuild with previews on about as fast as one without.
 */
export function previewImages(): AstroIntegration {
  let wanted = new Map<string, PreviewCard>();
  return {
    name: 'timeline:previews',
    hooks: {
      'astro:build:start': () => {
        wanted = new Map();
        setLivePreviews({ add: (file, card) => wanted.set(file, card) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setLivePreviews(undefined);
        if (wanted.size === 0) return;
        const out = fileURLToPath(dir);
        const started = performance.now();
        // One at a time: drawing is CPU-bound, and a first build of a large case draws thousands.
        for (const [file, card] of wanted) await publishPreview(card, join(out, decodeURIComponent(file)));
        logger.info(`Published ${String(wanted.size)} preview images in ${secondsSince(started)} s.`);
      },
    },
  };
}
