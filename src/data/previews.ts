import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { Translator } from '../i18n';
import { livePreviews } from '../integrations/rendered-pages/live-index';
import {
  PREVIEW_SIZE,
  previewAlt,
  previewElement,
  previewFile,
  previewKey,
  type PreviewCard,
} from '../lib/outputs/preview';
import type { Case, Event, Investigation, Person, Source } from './case';

/**
 * Draws link-preview images at build time with satori (layout to SVG) and resvg (SVG to PNG), in
 * Noto Sans from @fontsource (no network, no browser), and keeps each one in
 * node_modules/.cache/timeline-previews/ under the hash of what it shows, so a rebuild draws only
 * the cards that changed.
 */
const FONT_NAME = 'Noto Sans';
const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic'] as const;
// TIMELINE_PREVIEW_CACHE lets the benchmark time a first build with an empty cache.
const CACHE = process.env['TIMELINE_PREVIEW_CACHE'] ?? join(process.cwd(), 'node_modules/.cache/timeline-previews');

interface Renderer {
  fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[];
  /** Names the font files and library versions, so a change to any of them redraws every card. */
  version: string;
}

let renderer: Renderer | undefined;
function load(): Renderer {
  if (renderer) return renderer;
  const require = createRequire(join(process.cwd(), 'package.json'));
  const fonts = SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: FONT_NAME,
      data: readFileSync(
        require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${String(weight)}-normal.woff`),
      ),
      weight,
      style: 'normal' as const,
    })),
  );
  const versions = ['satori', '@resvg/resvg-js', '@fontsource/noto-sans'].map(
    (name) =>
      `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`,
  );
  const fontDigest = createHash('sha256');
  for (const font of fonts) fontDigest.update(font.data);
  renderer = { fonts, version: `${versions.join(' ')} ${fontDigest.digest('hex').slice(0, 16)}` };
  return renderer;
}

const cacheFile = (card: PreviewCard) => join(CACHE, `${previewKey(card, load().version)}.png`);

/** Whether this card was drawn before, by this renderer, font and layout. */
export function previewCached(card: PreviewCard): boolean {
  return existsSync(cacheFile(card));
}

/** The cached PNG file of one card: drawn and cached first if the same card was never drawn. */
async function cachedPreview(card: PreviewCard): Promise<string> {
  const { fonts } = load();
  const file = cacheFile(card);
  if (existsSync(file)) return file;
  const svg = await satori(previewElement(card, FONT_NAME) as Parameters<typeof satori>[0], {
    ...PREVIEW_SIZE,
    fonts,
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_SIZE.width } }).render().asPng();
  mkdirSync(CACHE, { recursive: true });
  // Written aside and renamed, so a build running beside this one never reads half a file.
  const temporary = `${file}.${String(process.pid)}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
  return file;
}

/** The PNG of one card: from the cache when the same card was drawn before, else drawn and cached. */
export async function renderPreview(card: PreviewCard): Promise<Buffer> {
  return readFileSync(await cachedPreview(card));
}

/**
 * Publishes one card's image at `target` unless the build already wrote it there: a copy of the
 * cached file, so an unchanged card costs a file copy, not a page through Astro's renderer (2 to
 * 3 ms each, 30 s at 10,000 events). Whether it copied.
 */
export async function publishPreview(card: PreviewCard, target: string): Promise<boolean> {
  if (existsSync(target)) return false;
  const file = await cachedPreview(card);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
  return true;
}

/** What every card of a case shows besides its entry: the site's title, in the case's language. */
export interface CardSite {
  readonly title: string;
  readonly t: Translator;
}

/** Every card of the case, by the path of its image (see previewFile). */
export function previewCards(data: Case): { section: string; id?: string; card: PreviewCard }[] {
  const site: CardSite = { title: data.site.data.title, t: data.t };
  return [
    { section: 'home', card: homeCard(data) },
    ...data.events.map((e) => ({ section: 'events', id: e.id, card: eventCard(e, site) })),
    ...data.people.map((p) => ({ section: 'people', id: p.id, card: personCard(p, site) })),
    ...data.investigations.map((i) => ({ section: 'investigations', id: i.id, card: investigationCard(i, site) })),
    ...data.sources.map((s) => ({ section: 'sources', id: s.id, card: sourceCard(s, site) })),
  ];
}

export const homeCard = (data: Case): PreviewCard => ({
  kind: data.t('nav.timeline'),
  title: data.site.data.title,
  line:
    data.events.length > 0 ? `${data.events[0]?.dateLabel ?? ''} – ${data.events.at(-1)?.dateLabel ?? ''}` : undefined,
  siteTitle: data.site.data.title,
});
export const eventCard = (e: Event, site: CardSite): PreviewCard => ({
  kind: `${site.t('type.event')} · ${e.kindLabel}`,
  title: e.title,
  line: e.dateLabel,
  siteTitle: site.title,
});
export const personCard = (p: Person, site: CardSite): PreviewCard => ({
  kind: site.t('type.person'),
  title: p.name,
  line: p.roleLabels.join(', '),
  siteTitle: site.title,
});
export const investigationCard = (i: Investigation, site: CardSite): PreviewCard => ({
  kind: `${site.t('type.investigation')} · ${i.kindLabel}`,
  title: i.title,
  line: [i.datesLabel, i.statusLabel].filter(Boolean).join(' · '),
  siteTitle: site.title,
});
export const sourceCard = (s: Source, site: CardSite): PreviewCard => ({
  kind: `${site.t('type.source')} · ${s.kindLabel}`,
  title: s.title,
  line: [s.publisher, s.publishedLabel].filter(Boolean).join(' · '),
  siteTitle: site.title,
});

/** What a page's head needs for its preview image, or undefined when previews are off. */
export function pagePreview(
  previews: boolean,
  section: string,
  id: string | undefined,
  card: PreviewCard,
): { file: string; alt: string } | undefined {
  if (!previews) return undefined;
  const file = previewFile(section, id);
  // During `astro build` the image is published after the pages (src/integrations/previews/previews.ts):
  // the page that names it hands over what it shows.
  livePreviews()?.add(file, card);
  return { file, alt: previewAlt(card) };
}
