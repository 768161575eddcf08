import { crc32, deflateSync } from 'node:zlib';

/**
 * Hostile pictures made by the tests themselves (nothing committed): a PNG that declares any
 * size while holding a few bytes of pixels, the way a decompression bomb does.
 */
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A grey PNG `width` × `height` (declared; its pixels compress to almost nothing). */
export function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit grey
  // Real rows for a small picture; for a huge one, only the first row (the bomb needs no more
  // to be refused: its header is enough).
  const rows = Math.min(height, 64);
  const pixels = deflateSync(Buffer.alloc(rows * (width + 1), 0x80));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A WebP container holding the given chunks after a VP8L header for a 2 × 2 picture. */
export function webp(...extra: [type: string, data: string][]): Buffer {
  const vp8l = Buffer.from([0x2f, 0x01, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00]); // 2 × 2
  const chunks = [['VP8L', vp8l] as const, ...extra.map(([t, d]) => [t, Buffer.from(d)] as const)].map(([t, d]) => {
    const size = Buffer.alloc(4);
    size.writeUInt32LE(d.length);
    return Buffer.concat([Buffer.from(t, 'latin1'), size, d, Buffer.alloc(d.length % 2)]);
  });
  const body = Buffer.concat([Buffer.from('WEBP'), ...chunks]);
  const riff = Buffer.alloc(8);
  riff.write('RIFF');
  riff.writeUInt32LE(body.length, 4);
  return Buffer.concat([riff, body]);
}

export const SVG_WITH_SCRIPT =
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>\n';
