import { extname } from 'node:path';
import { htmlToMarkdown } from './html';
import { IMAGE_TYPES } from '../content/case-files';
import { PLACEHOLDER } from '../content/placeholders';

/** A TimelineJS `media` object (or the Media columns of its spreadsheet). */
export interface MediaInput {
  readonly url?: unknown;
  readonly caption?: unknown;
  readonly credit?: unknown;
  readonly alt?: unknown;
  readonly thumbnail?: unknown;
  readonly title?: unknown;
  readonly link?: unknown;
}

/** What an event gets from its media: a link, or a picture copied into the case. */
export interface MappedMedia {
  readonly media?: { url: string; title: string; credit?: string };
  readonly image?: { src: string; alt: string; caption?: string; credit?: string };
  /** The file to copy into the case, from where the input names it to `image.src`. */
  readonly copy?: PictureCopy;
  /** What was decided or left out, for the report. */
  readonly notes: readonly string[];
}

/** A picture copied into the case: its absolute path, its path in the case, and the path the input gave. */
export interface PictureCopy {
  readonly from: string;
  readonly to: string;
  readonly origin: string;
}

/**
 * Finds a picture the input names: its absolute path, why it may not be copied (outside the
 * input's folder, not the picture its name says, past a limit), or undefined when there is none.
 */
export type LocalFile = (path: string) => string | { readonly refused: string } | undefined;

const plain = (value: unknown) => (typeof value === 'string' ? htmlToMarkdown(value).plain : '');

/** An address as link text: host and path, decoded, without the scheme. */
export function addressText(url: string): string {
  try {
    const parsed = new URL(url);
    const path = decodeURIComponent(parsed.pathname).replace(/\/$/, '');
    return `${parsed.host}${path}`;
  } catch {
    return url;
  }
}

/**
 * Maps an event's media. A web address becomes a `media:` link (the site loads nothing from
 * another origin), its caption the link text, else the address itself; a picture file the
 * input names (found by `localFile`) is copied into `images/<id>.<ext>` and becomes `image:`,
 * with a placeholder where no alt text is given. Anything else is reported, not carried over.
 */
export function mapMedia(input: MediaInput | undefined, eventId: string, localFile: LocalFile): MappedMedia {
  const notes: string[] = [];
  const url = typeof input?.url === 'string' ? input.url.trim() : '';
  if (!input || url === '') return { notes };
  const caption = plain(input.caption);
  const credit = plain(input.credit);
  if (typeof input.thumbnail === 'string' && input.thumbnail.trim())
    notes.push('media thumbnail left out: the site shows no remote pictures');
  if (typeof input.link === 'string' && input.link.trim())
    notes.push('media link left out: the media is itself a link');
  const web = /^https?:\/\//i.test(url) ? url : url.startsWith('//') ? `https:${url}` : undefined;
  if (web) {
    const title = caption && caption.length <= 300 ? caption : addressText(web);
    if (!caption) notes.push('media link text is its address: the media has no caption');
    else if (caption !== title) notes.push('media caption left out: too long for link text (300 characters)');
    return { media: { url: web, title, ...(credit ? { credit } : {}) }, notes };
  }
  const path = url.split(/[?#]/)[0] ?? '';
  const extension = extname(path).toLowerCase();
  const found = IMAGE_TYPES.test(path) ? localFile(url) : undefined;
  if (typeof found === 'object') {
    notes.push(`picture "${url.slice(0, 80)}" left out: it ${found.refused}`);
    return { notes };
  }
  if (!found) {
    notes.push(
      url.startsWith('<')
        ? 'embedded media (HTML) left out: the site embeds nothing from another site'
        : `media "${url.slice(0, 80)}" left out: not a web address, nor a picture file found beside the input`,
    );
    return { notes };
  }
  const to = `images/${eventId}${extension === '.jpeg' ? '.jpg' : extension}`;
  const alt = plain(input.alt) || `${PLACEHOLDER} describe the picture for readers who cannot see it`;
  return {
    image: { src: to, alt, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) },
    copy: { from: found, to, origin: url },
    notes,
  };
}
