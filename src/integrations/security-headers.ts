import { closeSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies, policyOfPage } from '../lib/csp';
import { secondsSince } from '../lib/elapsed';

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

/**
 * Writes `dist/_headers` (the format Netlify and Cloudflare Pages read) with the same policy
 * the pages carry in their meta tags, plus what only a header can say (frame-ancestors).
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'timeline:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        // Pages of one layout share a policy: only the distinct ones are kept and merged.
        const policies = new Set<string>();
        let pages = 0;
        for (const file of htmlFiles(out)) {
          const policy = policyOfPage(headOf(file));
          if (policy === undefined) continue;
          policies.add(policy);
          pages += 1;
        }
        if (pages === 0) throw new Error('No page carries a Content Security Policy: is security.csp set?');
        // Only the embed pages may be framed by other sites (src/pages/embed/).
        writeFileSync(join(out, '_headers'), headersFile(mergePolicies([...policies]), EXTRA_HEADERS, `${base}embed/`));
        logger.info(
          `Wrote _headers with the policy of ${String(pages)} pages (${String(policies.size)} distinct) in ${secondsSince(started)} s.`,
        );
      },
    },
  };
}
