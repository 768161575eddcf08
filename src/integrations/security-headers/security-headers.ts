import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies, ownPolicy, policyOfPage, withPolicy } from './csp';
import { EDITOR_POLICY_META } from '../../lib/outputs/editor-config';
import { secondsSince } from '../elapsed';
import { setLivePolicies } from '../rendered-pages/live-index';

/** Headers a meta tag cannot carry, sent by hosts that read a `_headers` file. */
const EXTRA_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/**
 * A page's `<head>`, read a piece at a time: the policy is there, and reading only the head of
 * each page keeps a 100,000-page build from holding every page's text at once.
 */
function headOf(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    const piece = Buffer.alloc(16 * 1024);
    let text = '';
    for (;;) {
      const read = readSync(fd, piece, 0, piece.length, null);
      if (read === 0) return text + decoder.end();
      text += decoder.write(piece.subarray(0, read));
      const end = text.indexOf('</head>');
      if (end !== -1) return text.slice(0, end);
    }
  } finally {
    closeSync(fd);
  }
}

/** The distinct policies of a set of pages, how many pages were read and how many carried one. */
function policyCounter() {
  const policies = new Set<string>();
  let read = 0;
  let pages = 0;
  return {
    policies,
    read: () => read,
    pages: () => pages,
    add: (head: string) => {
      read += 1;
      // The editor's page keeps a policy of its own, applied once the build is done.
      if (ownPolicy(head, EDITOR_POLICY_META) !== undefined) return;
      const policy = policyOfPage(head);
      if (policy === undefined) return;
      policies.add(policy);
      pages += 1;
    },
  };
}

/**
 * Writes `dist/_headers` (the format Netlify and Cloudflare Pages read) with the same policy
 * the pages carry in their meta tags, plus what only a header can say (frame-ancestors).
 * The policies are gathered as Astro renders each page (src/integrations/rendered-pages/rendered-pages.ts);
 * only if some HTML page did not come through are the written pages' heads read instead, so no
 * policy is ever left out of the file.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  let rendered = policyCounter();
  return {
    name: 'timeline:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': () => {
        rendered = policyCounter();
        setLivePolicies({
          add: (html) => {
            const end = html.indexOf('</head>');
            rendered.add(end === -1 ? html : html.slice(0, end));
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        setLivePolicies(undefined);
        const out = fileURLToPath(dir);
        const started = performance.now();
        const files = htmlFiles(out);
        // Pages of one layout share a policy: only the distinct ones are kept and merged.
        let found = rendered;
        let how = 'as they were rendered';
        if (rendered.read() !== files.length) {
          found = policyCounter();
          for (const file of files) found.add(headOf(file));
          how = 'read from the pages';
        }
        if (found.pages() === 0) throw new Error('No page carries a Content Security Policy: is security.csp set?');
        // The editor (src/pages/admin/) carries the policy it asked for, in its page and in _headers.
        const editorFile = join(out, 'admin', 'index.html');
        const own: { prefix: string; policy: string }[] = [];
        if (existsSync(editorFile)) {
          const html = readFileSync(editorFile, 'utf8');
          const policy = ownPolicy(html, EDITOR_POLICY_META);
          if (policy === undefined) throw new Error(`${editorFile} names no policy of its own (${EDITOR_POLICY_META})`);
          writeFileSync(editorFile, withPolicy(html, policy));
          own.push({ prefix: `${base}admin/`, policy });
        }
        // Only the embed pages may be framed by other sites (src/pages/embed/).
        writeFileSync(
          join(out, '_headers'),
          // Sorted, so the file is the same whichever order the pages came in.
          headersFile(mergePolicies([...found.policies].sort()), EXTRA_HEADERS, `${base}embed/`, own),
        );
        logger.info(
          `Wrote _headers with the policy of ${String(found.pages())} pages (${String(found.policies.size)} distinct, ${how}) in ${secondsSince(started)} s.`,
        );
      },
    },
  };
}
