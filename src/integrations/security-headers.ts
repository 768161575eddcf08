import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies, policyOfPage } from '../lib/csp';

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
        const policies = htmlFiles(out).flatMap((file) => policyOfPage(readFileSync(file, 'utf8')) ?? []);
        if (policies.length === 0) throw new Error('No page carries a Content Security Policy: is security.csp set?');
        // Only the embed pages may be framed by other sites (src/pages/embed/).
        writeFileSync(join(out, '_headers'), headersFile(mergePolicies(policies), EXTRA_HEADERS, `${base}embed/`));
        logger.info(`Wrote _headers with the policy of ${String(policies.length)} pages.`);
      },
    },
  };
}
