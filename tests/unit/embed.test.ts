import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/integrations/security-headers/csp';
import { boundedEvents, embedPath, iframeCode, oembed, oembedPath } from '../../src/lib/embed';

describe('embedPath', () => {
  it('puts embeds under /embed/ of the base path', () => {
    expect(embedPath('/', 'events/x/')).toBe('/embed/events/x/');
    expect(embedPath('/timeline', '/events/x/')).toBe('/timeline/embed/events/x/');
  });
});

describe('oembedPath', () => {
  it('names one static JSON per event, its id escaped', () => {
    expect(oembedPath('/timeline/', 'a b')).toBe('/timeline/oembed/events/a%20b.json');
  });
});

describe('iframeCode', () => {
  it('escapes the title and address, and sizes the frame', () => {
    const code = iframeCode('https://x.org/embed/events/a/?b=1&c=2', 'Say "hi" <now>', { width: 560, height: 420 });
    expect(code).toBe(
      '<iframe src="https://x.org/embed/events/a/?b=1&amp;c=2" title="Say &quot;hi&quot; &lt;now&gt;" width="560" height="420" style="max-width:100%;border:0" loading="lazy"></iframe>',
    );
  });
});

describe('oembed', () => {
  it('answers with a rich type whose html is the iframe, and a thumbnail only when there is one', () => {
    const input = {
      title: 'T',
      siteTitle: 'S',
      siteUrl: 'https://x.org/',
      embedUrl: 'https://x.org/embed/events/a/',
      size: { width: 560, height: 420 },
    };
    const answer = oembed(input);
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: 560, height: 420, provider_name: 'S' });
    expect(answer.html).toContain('src="https://x.org/embed/events/a/"');
    expect(answer).not.toHaveProperty('thumbnail_url');
    const withImage = oembed({ ...input, thumbnail: { url: 'https://x.org/a.png', width: 1200, height: 630 } });
    expect(withImage).toMatchObject({ thumbnail_url: 'https://x.org/a.png', thumbnail_width: 1200 });
  });
});

describe('boundedEvents', () => {
  it('keeps the first ones and says how many there were', () => {
    expect(boundedEvents([1, 2, 3], 2)).toEqual({ shown: [1, 2], total: 3 });
    expect(boundedEvents([], 2)).toEqual({ shown: [], total: 0 });
  });
});

describe('headersFile', () => {
  it('refuses framing everywhere but the embed pages, where any site may frame', () => {
    const text = headersFile("default-src 'self'", { 'X-Content-Type-Options': 'nosniff' }, '/timeline/embed/');
    expect(text).toBe(
      [
        '/*',
        "  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
        '  X-Content-Type-Options: nosniff',
        '  X-Frame-Options: DENY',
        '/timeline/embed/*',
        '  ! Content-Security-Policy',
        '  ! X-Frame-Options',
        "  Content-Security-Policy: default-src 'self'; frame-ancestors *",
        '',
      ].join('\n'),
    );
  });
});
