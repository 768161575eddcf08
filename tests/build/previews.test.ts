import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild } from '../helpers/shared-builds';
import { isEmbed, pngSize, readPages } from '../helpers/site';

// Link-preview images on the engine fixture (tests/fixtures/engine), built once for the run.
let outDir: string;
let pages: Map<string, string>;

beforeAll(() => {
  outDir = sharedBuild('engine');
  pages = readPages(outDir);
});

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[:+]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1];

/** The home page and every entry page: the pages a reader shares. */
const isReadingPage = (url: string) => url === '/' || /^\/(events|people|investigations|sources)\/[^/]+\/$/.test(url);

describe('link previews', () => {
  it('give every reading page its own 1200 × 630 PNG, referenced by absolute URL with alt text', () => {
    const reading = [...pages].filter(([url]) => isReadingPage(url) && !isEmbed(url));
    expect(reading.length).toBeGreaterThan(10);
    const images = new Set<string>();
    for (const [url, html] of reading) {
      const image = meta(html, 'og:image') ?? '';
      expect(image, url).toMatch(/^https:\/\/example\.org\/previews\/.+\.png$/);
      images.add(image);
      const file = join(outDir, new URL(image).pathname);
      expect(existsSync(file), `${url}: ${file}`).toBe(true);
      expect(pngSize(readFileSync(file)), url).toEqual({ width: 1200, height: 630 });
      expect(meta(html, 'og:image:width'), url).toBe('1200');
      expect(meta(html, 'og:image:height'), url).toBe('630');
      expect(meta(html, 'og:image:alt')?.length ?? 0, url).toBeGreaterThan(5);
      expect(meta(html, 'twitter:card'), url).toBe('summary_large_image');
    }
    expect(images.size).toBe(reading.length);
  });

  it('describe the page in the alt text: kind, title and date', () => {
    expect(meta(pages.get('/events/2015-06-03-inquest-opens/') ?? '', 'og:image:alt')).toBe(
      'Event · Inquest · The inquest opens · 3–4 June 2015 · The engine fixture',
    );
  });

  it('leave pages that are not shared as such (search, indexes) with a small card', () => {
    expect(meta(pages.get('/search/') ?? '', 'twitter:card')).toBe('summary');
    expect(meta(pages.get('/search/') ?? '', 'og:image')).toBeUndefined();
  });
});
