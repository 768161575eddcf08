/**
 * What a picture file really is, read from its bytes and never from its name: its type, its
 * declared size in pixels, and whether the file is whole. Only the headers and the container's
 * own structure are read (no pixel is decoded), so a 30,000 × 30,000 "bomb" or a 40 MB original
 * costs nothing to refuse, and the check stays synchronous like the rest of the content check.
 */

/** The types the image pipeline re-encodes; an SVG is recognised only to be refused. */
export type PictureType = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif' | 'svg';

/**
 * Limits on a picture of the case. The site shows a picture at most 720 pixels wide, so these
 * are far above what it needs and far below what would exhaust a build (or a reader's phone,
 * should a picture ever be published as it came): 20 MB stays under the 25 MiB a file may weigh
 * on Cloudflare Pages, 50 million pixels is a 50-megapixel camera's photograph, and 16,383
 * pixels a side is the most a WebP can hold.
 */
export const MAX_PICTURE_BYTES = 20_000_000;
export const MAX_PICTURE_PIXELS = 50_000_000;
export const MAX_PICTURE_SIDE = 16_383;

export interface PictureFacts {
  readonly type: PictureType;
  /** Pixels as the header declares them (0 when it declares none). */
  readonly width: number;
  readonly height: number;
  /** Whether the file ends where its own structure says it should (false: cut short). */
  readonly whole: boolean;
}

const startsWith = (bytes: Uint8Array, at: number, text: string) => {
  if (bytes.length < at + text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
};
const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u16le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, at: number) => u16le(b, at) | ((b[at + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, at: number) => u16be(b, at) * 0x10000 + u16be(b, at + 2);
const u32le = (b: Uint8Array, at: number) => u16le(b, at) + u16le(b, at + 2) * 0x10000;

/** The type the bytes say, whatever the file is called; undefined when it is no picture at all. */
export function sniffPicture(bytes: Uint8Array): PictureType | undefined {
  if (startsWith(bytes, 0, '\x89PNG\r\n\x1a\n')) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (startsWith(bytes, 0, 'GIF87a') || startsWith(bytes, 0, 'GIF89a')) return 'gif';
  if (startsWith(bytes, 0, 'RIFF') && startsWith(bytes, 8, 'WEBP')) return 'webp';
  if (startsWith(bytes, 4, 'ftyp') && (startsWith(bytes, 8, 'avif') || startsWith(bytes, 8, 'avis'))) return 'avif';
  // SVG is text: an XML declaration, a comment or a doctype may come first, so look at the start.
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '');
  if (/^\s*</.test(head) && /<svg[\s>]/i.test(head)) return 'svg';
  return undefined;
}

/** PNG: IHDR's size, and chunks that reach IEND inside the file. */
function png(b: Uint8Array): PictureFacts {
  const facts = { type: 'png' as const, width: u32be(b, 16), height: u32be(b, 20) };
  for (let at = 8; at + 8 <= b.length;) {
    const end = at + 12 + u32be(b, at);
    if (startsWith(b, at + 4, 'IEND')) return { ...facts, whole: end <= b.length };
    at = end;
  }
  return { ...facts, whole: false };
}

/** JPEG: the frame header's size, and an end-of-image marker after the scan. */
function jpeg(b: Uint8Array): PictureFacts {
  let width = 0;
  let height = 0;
  let at = 2;
  while (at + 4 <= b.length && b[at] === 0xff) {
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = u16be(b, at + 2);
    // Start of frame (C0–CF except DHT C4, JPG C8, DAC CC): height, then width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      height = u16be(b, at + 5);
      width = u16be(b, at + 7);
    }
    at += 2 + length;
    if (marker === 0xda) break; // start of scan: entropy-coded data follows
  }
  const whole = at < b.length && hasEnd(b, at);
  return { type: 'jpeg', width, height, whole };
}
/** An FF D9 (end of image) somewhere after the scan began. */
function hasEnd(b: Uint8Array, from: number): boolean {
  for (let i = b.length - 2; i >= from; i--) if (b[i] === 0xff && b[i + 1] === 0xd9) return true;
  return false;
}

/** GIF: the screen's size, and the trailer byte at the end. */
function gif(b: Uint8Array): PictureFacts {
  return { type: 'gif', width: u16le(b, 6), height: u16le(b, 8), whole: b.at(-1) === 0x3b };
}

/** WebP: the size its first chunk declares, and a RIFF length the file holds. */
function webp(b: Uint8Array): PictureFacts {
  const whole = u32le(b, 4) + 8 <= b.length;
  let width = 0;
  let height = 0;
  if (startsWith(b, 12, 'VP8X')) {
    width = u24le(b, 24) + 1;
    height = u24le(b, 27) + 1;
  } else if (startsWith(b, 12, 'VP8L')) {
    const bits = u32le(b, 21);
    width = (bits & 0x3fff) + 1;
    height = ((bits >>> 14) & 0x3fff) + 1;
  } else if (startsWith(b, 12, 'VP8 ')) {
    width = u16le(b, 26) & 0x3fff;
    height = u16le(b, 28) & 0x3fff;
  }
  return { type: 'webp', width, height, whole };
}

/** AVIF: the largest image spatial extent (ispe) declared, and top-level boxes that fill the file. */
function avif(b: Uint8Array): PictureFacts {
  let width = 0;
  let height = 0;
  for (let i = b.indexOf(0x69); i !== -1 && i + 16 <= b.length; i = b.indexOf(0x69, i + 1)) {
    if (!startsWith(b, i, 'ispe')) continue;
    width = Math.max(width, u32be(b, i + 8));
    height = Math.max(height, u32be(b, i + 12));
  }
  let at = 0;
  while (at + 8 <= b.length) {
    const size = u32be(b, at);
    if (size === 0) {
      at = b.length; // the last box runs to the end of the file
      break;
    }
    const length = size === 1 ? u32be(b, at + 8) * 0x1_0000_0000 + u32be(b, at + 12) : size;
    if (length < 8) break;
    at += length;
  }
  return { type: 'avif', width, height, whole: at === b.length };
}

/** What the bytes hold, read from the headers; undefined when they are no picture the site knows. */
export function readPicture(bytes: Uint8Array): PictureFacts | undefined {
  const type = sniffPicture(bytes);
  switch (type) {
    case 'png':
      return png(bytes);
    case 'jpeg':
      return jpeg(bytes);
    case 'gif':
      return gif(bytes);
    case 'webp':
      return webp(bytes);
    case 'avif':
      return avif(bytes);
    case 'svg':
      return { type, width: 0, height: 0, whole: true };
    case undefined:
      return undefined;
  }
}

/** The type a file's name promises (`.jpg` and `.jpeg` are both JPEG). */
export function typeByName(name: string): PictureType | undefined {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'jpg' || extension === 'jpeg') return 'jpeg';
  return (['png', 'gif', 'webp', 'avif', 'svg'] as const).find((t) => t === extension);
}

const count = (n: number) => n.toLocaleString('en');

/**
 * Why a picture file may not be published, in an editor's words (the file is named by the
 * caller), or undefined when it is a whole picture of the type its name says, within the limits.
 */
export function pictureProblem(name: string, bytes: Uint8Array): string | undefined {
  const heavy = pictureWeightProblem(bytes.length);
  if (heavy) return heavy;
  const facts = readPicture(bytes);
  const named = typeByName(name);
  if (!facts) return `is not a picture: its bytes are not a PNG, JPEG, GIF, WebP or AVIF image, whatever its name says`;
  if (facts.type === 'svg') {
    return 'is an SVG drawing (whatever its name says): SVG can carry scripts, so the site does not publish it; export it as a PNG';
  }
  if (named !== facts.type) {
    return `is a ${facts.type.toUpperCase()} picture named .${name.split('.').at(-1) ?? ''}: rename it to its real type, so what is checked is what is published`;
  }
  if (!facts.whole) return 'is cut short (the file ends before the picture does): save or download it again';
  if (facts.width === 0 || facts.height === 0) return 'declares no size in pixels: save it again from an image editor';
  if (facts.width > MAX_PICTURE_SIDE || facts.height > MAX_PICTURE_SIDE) {
    return `is ${count(facts.width)} × ${count(facts.height)} pixels: a picture may be at most ${count(MAX_PICTURE_SIDE)} pixels a side`;
  }
  if (facts.width * facts.height > MAX_PICTURE_PIXELS) {
    return `is ${count(facts.width)} × ${count(facts.height)} pixels (${count(facts.width * facts.height)}): a picture may have at most ${count(MAX_PICTURE_PIXELS)} pixels`;
  }
  return undefined;
}

/** A file too heavy to be a picture of the case, known from its size alone (before reading it). */
export function pictureWeightProblem(bytes: number): string | undefined {
  if (bytes <= MAX_PICTURE_BYTES) return undefined;
  return `weighs ${count(bytes)} bytes: a picture may weigh at most ${count(MAX_PICTURE_BYTES)} (the site shows it at most 720 pixels wide: save a smaller copy)`;
}

/** The chunks of a WebP file, in order (`VP8 `, `VP8L`, `VP8X`, `ALPH`, `EXIF`, `XMP `…). */
export function webpChunks(bytes: Uint8Array): string[] {
  const chunks: string[] = [];
  const end = Math.min(bytes.length, u32le(bytes, 4) + 8);
  for (let at = 12; at + 8 <= end;) {
    chunks.push(String.fromCharCode(...bytes.subarray(at, at + 4)));
    const size = u32le(bytes, at + 4);
    at += 8 + size + (size % 2); // chunks are padded to an even length
  }
  return chunks;
}

/** The chunks a picture re-encoded for readers may hold: pixels, transparency, animation, and nothing else. */
const PIXEL_CHUNKS = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF']);

/**
 * Why a file published as a picture is not what the build promises readers (a WebP re-encoded
 * from the case's picture, holding pixels only), or undefined when it is.
 */
export function publishedPictureProblem(name: string, bytes: Uint8Array): string | undefined {
  const facts = readPicture(bytes);
  if (facts?.type !== 'webp' || !name.toLowerCase().endsWith('.webp')) {
    return `is not a re-encoded WebP (its bytes are ${facts ? facts.type.toUpperCase() : 'no picture'}): the image pipeline published a file as it came`;
  }
  if (!facts.whole) return 'is cut short';
  const extra = webpChunks(bytes).filter((chunk) => !PIXEL_CHUNKS.has(chunk));
  if (extra.length > 0) return `carries metadata (${extra.map((c) => c.trim()).join(', ')}) that was to be stripped`;
  return undefined;
}
