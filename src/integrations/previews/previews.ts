import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishPreview } from '../../data/previews';
import { secondsSince } from '../elapsed';
import { setLivePreviews } from '../rendered-pages/live-index';
import type { PreviewCard } from '../../lib/outputs/preview';

/**
 * Publishes the link-preview images the pages name (src/data/previews.ts), once the pages are
 * written. Cards never drawn before were drawn as pages of their own (src/pages/previews/); every
 * other image is copied from the image cache, so a rebuild with previews on costs about what one
 * without does. The pages hand over their cards as they render (pagePreview), so an image exists
 * for exactly the pages that name one. A card missing from the cache here (another build emptied
 * it meanwhile) is drawn here.
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
        let copied = 0;
        for (const [file, card] of wanted)
          if (await publishPreview(card, join(out, decodeURIComponent(file)))) copied += 1;
        logger.info(
          `Published ${String(wanted.size)} preview images (${String(wanted.size - copied)} drawn, ${String(copied)} from the cache) in ${secondsSince(started)} s.`,
        );
      },
    },
  };
}
