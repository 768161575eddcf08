import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFile, ownPolicy, withPolicy } from '../../src/integrations/security-headers/csp';
import { stripEditorCdnFonts, stripEditorStatusChecks } from '../../src/integrations/editor/offline';

describe('stripEditorCdnFonts', () => {
  const bundle = readFileSync('node_modules/@sveltia/cms/npm/index.js', 'utf8');

  it('takes the CDN font rules out of the editor’s bundle, leaving its own font files', () => {
    expect(bundle).toContain('cdn.jsdelivr.net');
    const stripped = stripEditorCdnFonts(bundle);
    expect(stripped).not.toContain('cdn.jsdelivr.net');
    expect(stripped).toContain('assets/source-sans-3-latin-wght-normal');
    expect(bundle.length - stripped.length).toBeLessThan(2000);
  });

  it('stops the build when a new version of the editor has no such rules to take out', () => {
    expect(() => stripEditorCdnFonts('const a = 1;')).toThrow(/@sveltia\/cms: expected its CDN @font-face rules/);
  });
});

describe('stripEditorStatusChecks', () => {
  it('turns off the Git hosts’ status checks, so a signed-in editor asks no status page', () => {
    const bundle = readFileSync('node_modules/@sveltia/cms/npm/index.js', 'utf8');
    expect(bundle).toContain('githubstatus.com/api');
    const stripped = stripEditorStatusChecks(bundle);
    expect(stripped).not.toMatch(/githubstatus\.com\/api|hostedstatus\.com/);
    expect(() => stripEditorStatusChecks('const a = 1;')).toThrow(/expected its status check/);
  });
});

describe('the editor page’s own policy', () => {
  const page =
    '<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; style-src &#39;self&#39; &#39;sha256-x&#39;">' +
    "<meta name=\"timeline-editor-policy\" content=\"default-src 'self'; style-src 'self' 'unsafe-inline'\"></head>";

  it('is read from the page and replaces the one Astro wrote', () => {
    const policy = ownPolicy(page, 'timeline-editor-policy');
    expect(policy).toBe("default-src 'self'; style-src 'self' 'unsafe-inline'");
    expect(withPolicy(page, policy ?? '')).toContain(
      'content="default-src &#39;self&#39;; style-src &#39;self&#39; &#39;unsafe-inline&#39;">',
    );
    expect(ownPolicy('<head></head>', 'timeline-editor-policy')).toBeUndefined();
  });

  it('is sent for /admin/ in _headers instead of the site’s', () => {
    const text = headersFile("default-src 'self'", {}, '/embed/', [
      { prefix: '/admin/', policy: "style-src 'unsafe-inline'" },
    ]);
    expect(text).toContain(
      "/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: style-src 'unsafe-inline'; frame-ancestors 'none'\n",
    );
    expect(text.indexOf('/admin/*')).toBeGreaterThan(text.indexOf('/*'));
  });
});
