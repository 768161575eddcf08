/**
 * Embeds: the pages other sites may frame (`/embed/…`), the `<iframe>` code offered to them, and
 * the oEmbed answer (https://oembed.com, type `rich`) that lets a CMS turn a pasted link into it.
 */

/** A timeline embed lists at most this many events and links to the full page for the rest. */
export const EMBED_EVENT_LIMIT = 50;
/** The size an event embed asks for; it reads from 300 px wide and scrolls inside if taller. */
export const EMBED_EVENT_SIZE = { width: 560, height: 420 } as const;
export const EMBED_TIMELINE_SIZE = { width: 560, height: 600 } as const;

/** The path of an embed page under the site's base path: `/embed/events/<id>/`. */
export function embedPath(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}embed/${path.replace(/^\/+/, '')}`;
}

/** The static oEmbed answer of one event: `/oembed/events/<id>.json`. */
export function oembedPath(base: string, eventId: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}oembed/events/${encodeURIComponent(eventId)}.json`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The `<iframe>` another site pastes: sized, lazy, titled for screen readers, never full width past its box. */
export function iframeCode(src: string, title: string, size: { width: number; height: number }): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${String(size.width)}" ` +
    `height="${String(size.height)}" style="max-width:100%;border:0" loading="lazy"></iframe>`
  );
}

export interface OEmbed {
  readonly version: '1.0';
  readonly type: 'rich';
  readonly title: string;
  readonly provider_name: string;
  readonly provider_url: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly thumbnail_url?: string;
  readonly thumbnail_width?: number;
  readonly thumbnail_height?: number;
}

/** The static oEmbed answer for one embed page. */
export function oembed(input: {
  title: string;
  siteTitle: string;
  siteUrl: string;
  embedUrl: string;
  size: { width: number; height: number };
  thumbnail?: { url: string; width: number; height: number } | undefined;
}): OEmbed {
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.siteTitle,
    provider_url: input.siteUrl,
    html: iframeCode(input.embedUrl, input.title, input.size),
    width: input.size.width,
    height: input.size.height,
    ...(input.thumbnail
      ? {
          thumbnail_url: input.thumbnail.url,
          thumbnail_width: input.thumbnail.width,
          thumbnail_height: input.thumbnail.height,
        }
      : {}),
  };
}

/** The first events of a list, and how many were left out, so a big case's embed stays small. */
export function boundedEvents<T>(
  events: readonly T[],
  limit = EMBED_EVENT_LIMIT,
): { shown: readonly T[]; total: number } {
  return { shown: events.slice(0, limit), total: events.length };
}
