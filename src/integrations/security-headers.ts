import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergePolicies, policyOfPage } from '../lib/csp';

/** Headers a meta tag cannot carry, sent by hosts that read a `_headers` file. */
const EXTRA_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
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
  return {
    name: 'timeline:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = htmlFiles(out).flatMap((file) => policyOfPage(readFileSync(file, 'utf8')) ?? []);
        if (policies.length === 0) throw new Error('No page carries a Content Security Policy: is security.csp set?');
        const policy = `${mergePolicies(policies)}; frame-ancestors 'none'`;
        const lines = [
          `Content-Security-Policy: ${policy}`,
          ...Object.entries(EXTRA_HEADERS).map(([k, v]) => `${k}: ${v}`),
        ];
        writeFileSync(join(out, '_headers'), `/*\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
        logger.info(`Wrote _headers with the policy of ${String(policies.length)} pages.`);
      },
    },
  };
}
