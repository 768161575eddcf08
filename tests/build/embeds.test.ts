import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEntries } from '../helpers/content';
import { SHARED_BUILDS, sharedBuild } from '../helpers/shared-builds';
import { attributes, isEmbed, readPages } from '../helpers/site';

// Embeds on the engine fixture (tests/fixtures/engine): the pages other sites may frame.
const ids = (collection: string) =>
  readEntries(SHARED_BUILDS.engine.content)
    .filter((e) => e.collection === collection)
    .map((e) => e.id);
const entries = { events: ids('events'), people: ids('people'), investigations: ids('investigations') };
let outDir: string;
let pages: Map<string, string>;

beforeAll(() => {
  outDir = sharedBuild('engine');
  pages = readPages(outDir);
});

/** The rules of `_headers`: each path pattern with its lines. */
function headerRules(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) rules.set(line.trim(), (current = []));
    else if (line.trim()) current.push(line.trim());
  }
  return rules;
}

// The oEmbed 1.0 `rich` response (https://oembed.com, section 2.3.4).
const OEMBED_RICH = {
  type: 'object',
  required: ['version', 'type', 'html', 'width', 'height'],
  properties: {
    version: { const: '1.0' },
    type: { const: 'rich' },
    html: { type: 'string', pattern: '^<iframe ' },
    width: { type: 'integer', minimum: 1 },
    height: { type: 'integer', minimum: 1 },
    title: { type: 'string', minLength: 1 },
    provider_name: { type: 'string', minLength: 1 },
    provider_url: { type: 'string', pattern: '^https?://' },
    thumbnail_url: { type: 'string', pattern: '^https?://' },
    thumbnail_width: { type: 'integer' },
    thumbnail_height: { type: 'integer' },
  },
  dependencies: { thumbnail_url: ['thumbnail_width', 'thumbnail_height'] },
};

describe('embed pages', () => {
  it('exist for every event, person and investigation, and for the whole timeline', () => {
    const expected = [
      '/embed/',
      ...entries.events.map((id) => `/embed/events/${id}/`),
      ...entries.people.map((id) => `/embed/people/${id}/`),
      ...entries.investigations.map((id) => `/embed/investigations/${id}/`),
    ].sort();
    expect([...pages.keys()].filter(isEmbed).sort()).toEqual(expected);
  });

  it('carry no script at all, and are kept out of search', () => {
    for (const [url, html] of pages) {
      if (!isEmbed(url)) continue;
      expect(html, url).not.toMatch(/<script/i);
      expect(html, url).not.toContain('data-pagefind-body');
      expect(html, url).toContain('<meta name="robots" content="noindex">');
    }
  });

  it('show an event with its date, summary, first quote, its source and a link back', () => {
    const html = pages.get('/embed/events/2015-06-03-inquest-opens/') ?? '';
    expect(html).toContain('<time datetime="2015-06-03"');
    expect(html).toContain('<blockquote');
    expect(attributes(html, 'href')).toContain('/events/2015-06-03-inquest-opens/');
    expect(html).toMatch(/Source: <a href="\/sources\/[^"]+\/"/);
    // Links open the full site in the reader's window, not inside the frame.
    expect(html).toContain('<base target="_top">');
  });

  it('are the only framable paths in _headers; every other page refuses framing', () => {
    const rules = headerRules(readFileSync(join(outDir, '_headers'), 'utf8'));
    // The editor (/admin/) has a policy of its own, which still refuses framing.
    expect([...rules.keys()]).toEqual(['/*', '/embed/*', '/admin/*']);
    expect(rules.get('/admin/*')?.find((l) => l.startsWith('Content-Security-Policy:'))).toMatch(
      /frame-ancestors 'none'$/,
    );
    const all = rules.get('/*') ?? [];
    expect(all.find((l) => l.startsWith('Content-Security-Policy:'))).toMatch(/frame-ancestors 'none'$/);
    expect(all).toContain('X-Frame-Options: DENY');
    const embed = rules.get('/embed/*') ?? [];
    expect(embed).toEqual([
      '! Content-Security-Policy',
      '! X-Frame-Options',
      expect.stringMatching(/frame-ancestors \*$/),
    ]);
  });
});

describe('"Embed this event" and oEmbed', () => {
  const validate = new Ajv({ strict: true }).compile(OEMBED_RICH);

  it('offers every event page the iframe code, and a discoverable oEmbed answer that validates', () => {
    for (const id of entries.events) {
      const html = pages.get(`/events/${id}/`) ?? '';
      const embedUrl = `https://example.org/embed/events/${id}/`;
      expect(html, id).toContain(`&lt;iframe src=&quot;${embedUrl}&quot;`);
      expect(html, id).toContain(`data-copy-from="embed-${id}"`);
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
      expect(link, id).toBe(`https://example.org/oembed/events/${id}.json`);
      expect(html.indexOf('application/json+oembed'), id).toBeLessThan(html.indexOf('</head>'));
      const answer = JSON.parse(readFileSync(join(outDir, 'oembed/events', `${id}.json`), 'utf8')) as { html: string };
      expect(validate(answer), JSON.stringify(validate.errors)).toBe(true);
      expect(answer.html).toContain(`src="${embedUrl}"`);
    }
  });
});
