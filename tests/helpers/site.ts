import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every HTML page of a built site, by its URL path (`/events/x/`), but the browser editor's
 * (`/admin/`): it is no reading page (no site chrome, its own policy, out of the sitemap), and its
 * own tests are tests/e2e/editor.spec.ts and tests/unit/editor-*.test.ts.
 */
export function readPages(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const url = `/${relative(dir, path)}`.replace(/index\.html$/, '');
        if (url !== '/admin/') pages.set(url, readFileSync(path, 'utf8'));
      }
    }
  };
  walk(dir);
  return pages;
}

/** Embed pages (`/embed/…`) are framed by other sites: no site header, skip link or JSON-LD. */
export function isEmbed(url: string): boolean {
  return url.startsWith('/embed/');
}

export function attributes(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');
}

const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

/**
 * Internal links (href and src) that do not resolve to a file in the built site, or whose
 * #fragment names no element on the target page. `base` is the path the site is served under.
 */
export function brokenLinks(dir: string, pages: Map<string, string>, base = '/'): string[] {
  const broken: string[] = [];
  for (const [page, html] of pages) {
    for (const raw of [...attributes(html, 'href'), ...attributes(html, 'src')]) {
      const link = decode(raw);
      if (/^(https?:|mailto:|data:)/.test(link)) continue;
      const url = new URL(link, `http://site${base}${page.slice(1)}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page} -> ${link} (outside ${base})`);
        continue;
      }
      const local = url.pathname.slice(base.length - 1);
      const target = local.endsWith('/') ? `${local}` : local;
      const file = join(dir, decodeURIComponent(target.endsWith('/') ? `${target}index.html` : target));
      if (!existsSync(file)) {
        broken.push(`${page} -> ${link}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('/')) {
        const targetHtml = pages.get(target) ?? '';
        if (!attributes(targetHtml, 'id').includes(fragment)) broken.push(`${page} -> ${link} (no #${fragment})`);
      }
    }
  }
  return broken;
}

/** Bytes of script written into the page itself (JSON-LD is data, not script, and is left out). */
export function inlineScriptBytes(html: string): number {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (sum, m) => sum + Buffer.byteLength(m[1] ?? ''),
    0,
  );
}

/** The width and height a PNG's header declares, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
