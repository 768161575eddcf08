import { createHash } from 'node:crypto';

/**
 * Link-preview images (Open Graph, 1200 × 630): what each one shows, the element tree satori draws
 * it from, and the key it is cached under. Drawing them lives in src/data/previews.ts.
 */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
/** Above this many events previews are off unless site.md asks for them (`previews: true`). */
export const PREVIEW_AUTO_LIMIT = 5000;
/** Bump when the card's layout changes, so cached images are drawn again. */
export const PREVIEW_LAYOUT_VERSION = '2';

export interface PreviewCard {
  /** What the page is ("Event", "Person"…). */
  readonly kind: string;
  readonly title: string;
  /** The date of an event, the roles of a person, the publisher of a source. */
  readonly line: string | undefined;
  readonly siteTitle: string;
}

export function previewsEnabled(setting: boolean | undefined, eventCount: number): boolean {
  return setting ?? eventCount <= PREVIEW_AUTO_LIMIT;
}

/** Where a page's image is published, under the base path: `previews/events/<id>.png`, `previews/home.png`. */
export function previewFile(section: string, id?: string): string {
  return id === undefined ? `previews/${section}.png` : `previews/${section}/${encodeURIComponent(id)}.png`;
}

/** Text the shipped font draws: Latin, Greek and Cyrillic (Noto Sans' subsets), digits and punctuation. */
export function fontCovers(text: string): boolean {
  return (
    /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]*$/u.test(text) &&
    !/\p{Extended_Pictographic}/u.test(text)
  );
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

interface Element {
  type: string;
  props: { style: Record<string, string | number>; children?: string | Element | Element[] };
}
const box = (style: Element['props']['style'], children?: Element['props']['children']): Element => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) },
});

/**
 * The card as satori's element tree. Text the font cannot draw (another script, right-to-left
 * text, emoji) is left out rather than drawn as empty boxes: the image's alt text carries it.
 */
export function previewElement(card: PreviewCard, fontFamily: string): Element {
  const drawable = (text: string | undefined) => (text && fontCovers(text) ? text : undefined);
  const title = drawable(card.title);
  const line = drawable(card.line);
  const site = drawable(card.siteTitle);
  const titleSize = (title?.length ?? 0) <= 60 ? 68 : (title?.length ?? 0) <= 120 ? 54 : 44;
  return box(
    {
      flexDirection: 'column',
      justifyContent: 'space-between',
      // satori sizes the box inside its padding and border: 1200 × 630 in all.
      width: PREVIEW_SIZE.width - 2 * 72,
      height: PREVIEW_SIZE.height - 2 * 56 - 16,
      padding: '56px 72px',
      background: '#fdfcfa',
      color: '#1d1c1a',
      fontFamily,
      borderTop: '16px solid #8a1c1c',
    },
    [
      box({ fontSize: 30, fontWeight: 700, color: '#8a1c1c', letterSpacing: 1 }, card.kind),
      box({ flexDirection: 'column' }, [
        ...(title ? [box({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }, shorten(title, 180))] : []),
        ...(line ? [box({ fontSize: 36, color: '#5a5750', marginTop: 28 }, shorten(line, 90))] : []),
      ]),
      box(
        { fontSize: 28, color: '#5a5750', borderTop: '2px solid #d6d2c8', paddingTop: 24 },
        site ? shorten(site, 90) : '',
      ),
    ],
  );
}

/** The cache key: everything the image shows and everything that draws it. */
export function previewKey(card: PreviewCard, renderer: string): string {
  return createHash('sha256')
    .update(JSON.stringify([PREVIEW_LAYOUT_VERSION, renderer, card.kind, card.title, card.line ?? '', card.siteTitle]))
    .digest('hex');
}

/** The image's alt text: the card's words, whatever the font could draw. */
export function previewAlt(card: PreviewCard): string {
  return [card.kind, card.title, card.line, card.siteTitle].filter(Boolean).join(' · ');
}
