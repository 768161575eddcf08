import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pictureFileProblems } from '../../src/lib/content/pictures';
import {
  MAX_PICTURE_BYTES,
  pictureProblem,
  publishedPictureProblem,
  readPicture,
  sniffPicture,
  webpChunks,
} from '../../src/lib/model/picture';
import { FIXTURES } from '../helpers/fixtures';
import { png, SVG_WITH_SCRIPT, webp } from '../helpers/pictures';

/** The chronicle fixture's photograph: a JPEG with EXIF GPS and XMP, as a phone would save it. */
const photo = readFileSync(join(FIXTURES, 'chronicle/images/splashdown-photo.jpg'));
const sketch = readFileSync(join(FIXTURES, 'chronicle/images/launch-sketch.png'));

describe('readPicture', () => {
  it('reads the type and size from the bytes of each format the site publishes', () => {
    expect(readPicture(photo)).toEqual({ type: 'jpeg', width: 240, height: 160, whole: true });
    expect(readPicture(sketch)).toEqual({ type: 'png', width: 240, height: 160, whole: true });
    expect(readPicture(webp())).toEqual({ type: 'webp', width: 2, height: 2, whole: true });
    const gif = Buffer.from('GIF89a\x05\x00\x03\x00\x00\x00\x00;', 'latin1');
    expect(readPicture(gif)).toEqual({ type: 'gif', width: 5, height: 3, whole: true });
  });

  it('tells an SVG from its bytes, whatever the file is called', () => {
    expect(sniffPicture(Buffer.from(SVG_WITH_SCRIPT))).toBe('svg');
    expect(sniffPicture(Buffer.from('\uFEFF<!-- a drawing -->\n<svg viewBox="0 0 1 1"/>'))).toBe('svg');
    expect(sniffPicture(Buffer.from('<html><body>not a picture</body></html>'))).toBeUndefined();
  });

  it('finds a picture cut short', () => {
    expect(readPicture(photo.subarray(0, photo.length / 2))?.whole).toBe(false);
    expect(readPicture(sketch.subarray(0, sketch.length - 20))?.whole).toBe(false);
    expect(readPicture(webp().subarray(0, 20))?.whole).toBe(false);
  });
});

describe('pictureProblem', () => {
  it('passes a whole picture of the type its name says, metadata and all (the build strips it)', () => {
    expect(pictureProblem('splashdown-photo.jpg', photo)).toBeUndefined();
    expect(pictureProblem('splashdown-photo.JPEG', photo)).toBeUndefined();
    expect(pictureProblem('launch-sketch.png', sketch)).toBeUndefined();
  });

  it('refuses a bomb: a small file declaring more pixels than a picture may have, naming the limit', () => {
    const bomb = png(30_000, 30_000);
    expect(bomb.length).toBeLessThan(200_000);
    expect(pictureProblem('bomb.png', bomb)).toBe(
      'is 30,000 × 30,000 pixels: a picture may be at most 16,383 pixels a side',
    );
    expect(pictureProblem('wide.png', png(10_000, 6_000))).toBe(
      'is 10,000 × 6,000 pixels (60,000,000): a picture may have at most 50,000,000 pixels',
    );
  });

  it('refuses an SVG renamed .png, a JPEG named .png, a truncated file and bytes that are no picture', () => {
    expect(pictureProblem('map.png', Buffer.from(SVG_WITH_SCRIPT))).toMatch(
      /^is an SVG drawing .*SVG can carry scripts/,
    );
    expect(pictureProblem('photo.png', photo)).toBe(
      'is a JPEG picture named .png: rename it to its real type, so what is checked is what is published',
    );
    expect(pictureProblem('photo.jpg', photo.subarray(0, 1500))).toMatch(/^is cut short/);
    expect(pictureProblem('notes.png', Buffer.from('just text'))).toMatch(/^is not a picture/);
  });

  it('refuses a file heavier than the limit, by its size', () => {
    const heavy = Buffer.alloc(MAX_PICTURE_BYTES + 1);
    heavy.set(photo);
    expect(pictureProblem('big.jpg', heavy)).toBe(
      'weighs 20,000,001 bytes: a picture may weigh at most 20,000,000 (the site shows it at most 720 pixels wide: save a smaller copy)',
    );
  });
});

describe('pictureFileProblems', () => {
  it('names each bad file of images/ with its problem, and leaves a good one and a pipe alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pictures-'));
    mkdirSync(join(dir, 'images'));
    writeFileSync(join(dir, 'images/good.jpg'), photo);
    writeFileSync(join(dir, 'images/bomb.png'), png(30_000, 30_000));
    writeFileSync(join(dir, 'images/script.png'), SVG_WITH_SCRIPT);
    writeFileSync(join(dir, 'images/cut.jpg'), photo.subarray(0, 1500));
    // A 40 MB original, refused by its size without being read (a sparse file: no disk used).
    writeFileSync(join(dir, 'images/original.jpg'), photo);
    truncateSync(join(dir, 'images/original.jpg'), 40_000_000);
    // A named pipe would block whoever opens it: the file listing reports it, this check skips it.
    execFileSync('mkfifo', [join(dir, 'images/pipe.png')]);
    const problems = pictureFileProblems(dir, (path) => path.slice(dir.length + 1));
    expect(problems.map((p) => `${p.file} ${p.field}: ${p.message.split(':')[0] ?? ''}`)).toEqual([
      'images/bomb.png (picture): is 30,000 × 30,000 pixels',
      'images/cut.jpg (picture): is cut short (the file ends before the picture does)',
      'images/original.jpg (picture): weighs 40,000,000 bytes',
      'images/script.png (picture): is an SVG drawing (whatever its name says)',
    ]);
  });
});

describe('publishedPictureProblem', () => {
  it('passes a WebP of pixels only', () => {
    expect(webpChunks(webp())).toEqual(['VP8L']);
    expect(publishedPictureProblem('a.Xy_Z.webp', webp())).toBeUndefined();
  });

  it('refuses a published WebP carrying EXIF or XMP, and an original published as it came', () => {
    expect(publishedPictureProblem('a.webp', webp(['EXIF', 'GPS'], ['XMP ', '<x/>']))).toBe(
      'carries metadata (EXIF, XMP) that was to be stripped',
    );
    expect(publishedPictureProblem('a.webp', photo)).toMatch(/^is not a re-encoded WebP \(its bytes are JPEG\)/);
    expect(publishedPictureProblem('a.svg', Buffer.from(SVG_WITH_SCRIPT))).toMatch(/its bytes are SVG/);
  });
});
