import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { IMAGES_FOLDER } from '../../lib/content/case-files';
import { contentDir } from '../../lib/content/content-dir';
import { secondsSince } from '../elapsed';
import { publishedPictureProblem } from '../../lib/model/picture';

/** Names of files a browser would show as a picture. */
const PICTURE_NAME = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp|ico|tiff?|heic|jxl)$/i;

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Each picture of the case's images/ folder by the digest of its bytes, with its extension. */
function casePictures(folder: string): Map<string, string> {
  const pictures = new Map<string, string>();
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return pictures;
  }
  for (const name of names) {
    const path = join(folder, name);
    if (!PICTURE_NAME.test(name) || !statSync(path, { throwIfNoEntry: false })?.isFile()) continue;
    pictures.set(digest(readFileSync(path)), extname(name).toLowerCase());
  }
  return pictures;
}

/**
 * Astro publishes a picture's original file beside its re-encoded WebP whenever anything read its
 * image metadata (the content layer does), at a guessable address: the photograph as it came,
 * with its EXIF GPS position. Once the site is written, this step removes every such original
 * from the assets folder (no page names one: pages show the WebP), then reads every picture left
 * there and stops the build, naming the file, unless it is a whole WebP holding pixels only
 * (no EXIF, XMP or colour profile) and not a case file published as it came.
 */
export function publishedPictures(): AstroIntegration {
  let assets = '_astro';
  let root = process.cwd();
  return {
    name: 'timeline:pictures',
    hooks: {
      'astro:config:done': ({ config }) => {
        assets = config.build.assets;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const folder = join(fileURLToPath(dir), assets);
        const originals = casePictures(join(resolve(root, contentDir()), IMAGES_FOLDER));
        let names: string[];
        try {
          names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => PICTURE_NAME.test(name));
        } catch {
          names = []; // a site without assets
        }
        const problems: string[] = [];
        let removed = 0;
        for (const name of names) {
          const path = join(folder, name);
          const bytes = readFileSync(path);
          const original = originals.get(digest(bytes));
          // Astro names an original `<name>.<hash><its own extension>`, and what it re-encoded
          // `<name>.<hash>_<hash>.webp`: only the former is removed.
          if (original !== undefined && isOriginalName(basename(name), original)) {
            unlinkSync(path);
            removed += 1;
            continue;
          }
          const problem =
            publishedPictureProblem(name, bytes) ??
            (original === undefined ? undefined : 'is a picture of the case published as it came, not re-encoded');
          if (problem) problems.push(`${assets}/${name} ${problem}`);
        }
        if (problems.length > 0) {
          const error = new Error(
            `${String(problems.length)} published picture(s) are not safe to publish:\n${problems.map((p) => `  ${p}`).join('\n')}\nThe content check refuses pictures it knows the image pipeline cannot re-encode; tell the engine's maintainers which picture this was.`,
          );
          error.name = 'PictureError';
          error.stack = '';
          throw error;
        }
        logger.info(
          `Checked ${String(names.length - removed)} published picture(s): re-encoded, without metadata; ${String(removed)} original(s) left unpublished, in ${secondsSince(started)} s.`,
        );
      },
    },
  };
}

/** `launch.Cu-ScCsc.png` for an original `.png`: Vite's eight-character hash between name and extension. */
function isOriginalName(name: string, extension: string): boolean {
  return name.toLowerCase().endsWith(extension) && /\.[\w-]{8}$/.test(name.slice(0, -extension.length));
}
