import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pagePreview, publishPreview, renderPreview } from '../../src/data/previews';
import { livePreviews, setLivePreviews } from '../../src/integrations/rendered-pages/live-index';
import {
  PREVIEW_AUTO_LIMIT,
  fontCovers,
  previewAlt,
  previewElement,
  previewFile,
  previewKey,
  previewsEnabled,
  type PreviewCard,
} from '../../src/lib/outputs/preview';
import { pngSize } from '../helpers/site';

const card: PreviewCard = { kind: 'Event', title: 'The inquest opens', line: '3 June 2015', siteTitle: 'A case' };

describe('previewsEnabled', () => {
  it('follows site.md when it says, else draws previews up to the size limit', () => {
    expect(previewsEnabled(undefined, PREVIEW_AUTO_LIMIT)).toBe(true);
    expect(previewsEnabled(undefined, PREVIEW_AUTO_LIMIT + 1)).toBe(false);
    expect(previewsEnabled(true, 100_000)).toBe(true);
    expect(previewsEnabled(false, 1)).toBe(false);
  });
});

describe('previewFile', () => {
  it('names one file per page, the id escaped', () => {
    expect(previewFile('events', 'a b')).toBe('previews/events/a%20b.png');
    expect(previewFile('home')).toBe('previews/home.png');
  });
});

describe('fontCovers', () => {
  it('accepts Latin, Greek and Cyrillic with punctuation, and refuses other scripts and emoji', () => {
    expect(fontCovers('Café – “Zoë” 19/06/2014')).toBe(true);
    expect(fontCovers('Αθήνα Москва')).toBe(true);
    expect(fontCovers('التحقيق مستمر')).toBe(false);
    expect(fontCovers('東京')).toBe(false);
    expect(fontCovers('A candle 🕯️')).toBe(false);
  });
});

describe('previewElement', () => {
  it('leaves out text the font cannot draw, keeping the rest of the card', () => {
    const tree = JSON.stringify(previewElement({ ...card, title: 'التحقيق مستمر' }, 'Noto Sans'));
    expect(tree).not.toContain('التحقيق');
    expect(tree).toContain('3 June 2015');
    expect(tree).toContain('A case');
  });
});

describe('previewKey', () => {
  it('changes with anything the image shows or whatever draws it, and only then', () => {
    const key = previewKey(card, 'r1');
    expect(previewKey({ ...card }, 'r1')).toBe(key);
    expect(previewKey({ ...card, title: 'Another' }, 'r1')).not.toBe(key);
    expect(previewKey({ ...card, line: undefined }, 'r1')).not.toBe(key);
    expect(previewKey(card, 'r2')).not.toBe(key);
  });
});

describe('previewAlt', () => {
  it('says the kind, title, date and site', () => {
    expect(previewAlt(card)).toBe('Event · The inquest opens · 3 June 2015 · A case');
  });
});

describe('renderPreview', () => {
  it('draws a 1200 × 630 PNG, also for a right-to-left title, and reuses it from the cache', async () => {
    const unique: PreviewCard = { ...card, title: `مستمر ${String(process.pid)} ${String(Date.now())}` };
    const cache = join(process.cwd(), 'node_modules/.cache/timeline-previews');
    const files = () => (existsSync(cache) ? readdirSync(cache) : []);
    const before = new Set(files());
    const png = await renderPreview(unique);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    const added = files().filter((name) => !before.has(name));
    expect(added).toHaveLength(1);
    const file = join(cache, added[0] ?? '');
    const drawnAt = statSync(file).mtimeMs;
    // Asked again for the same card: read back from the cache, not drawn and written again.
    const again = await renderPreview({ ...unique });
    expect(again.equals(png)).toBe(true);
    expect(files().filter((name) => !before.has(name))).toEqual(added);
    expect(statSync(file).mtimeMs).toBe(drawnAt);
  });
});

describe('publishPreview', () => {
  it('writes the cached image of a card at the page’s path, making its folders', async () => {
    const out = mkdtempSync(join(tmpdir(), 'previews-'));
    try {
      const target = join(out, 'previews/events/a-day.png');
      expect(await publishPreview(card, target)).toBe(true);
      expect(readFileSync(target).equals(await renderPreview(card))).toBe(true);
      // An image the build already wrote there (a card drawn as a page) is left as it is.
      expect(await publishPreview(card, target)).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('pagePreview', () => {
  afterEach(() => setLivePreviews(undefined));
  it('names the image and its alt text, and hands the card to the build that publishes it', () => {
    const handed: [string, PreviewCard][] = [];
    setLivePreviews({ add: (file, shown) => handed.push([file, shown]) });
    expect(pagePreview(true, 'events', 'a-day', card)).toEqual({
      file: 'previews/events/a-day.png',
      alt: previewAlt(card),
    });
    expect(handed).toEqual([['previews/events/a-day.png', card]]);
  });
  it('names nothing and hands nothing over when previews are off', () => {
    const handed: string[] = [];
    setLivePreviews({ add: (file) => handed.push(file) });
    expect(pagePreview(false, 'events', 'a-day', card)).toBeUndefined();
    expect(handed).toEqual([]);
  });
  it('works outside a build, where nothing collects the cards', () => {
    expect(livePreviews()).toBeUndefined();
    expect(pagePreview(true, 'home', undefined, card)?.file).toBe('previews/home.png');
  });
});
