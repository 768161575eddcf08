import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePolicy, policyOfPage } from '../../src/integrations/security-headers/csp';
import { readGitDates } from '../../src/lib/content/git-dates';
import { readPicture, webpChunks } from '../../src/lib/model/picture';
import { readEntries } from '../helpers/content';
import { SHARED_BUILDS, sharedBuild } from '../helpers/shared-builds';
import { htmlProblems, itMatchesItsContent } from '../helpers/site-checks';
import { attributes, readPages } from '../helpers/site';
import { undeclaredGenreWords } from '../helpers/genre-words';

// The engine on tests/fixtures/chronicle (Apollo 11, built once for the run): times of day in a
// time zone, a picture kept in the case, tags, linked citations, a date of the year 150 with a
// displayDate, no investigations and no about page.
let outDir: string;
let pages: Map<string, string>;
const entries = readEntries(SHARED_BUILDS.chronicle.content);
const page = (url: string) => pages.get(url) ?? '';
/** What a reader sees: no tags, no scripts (the JSON-LD holds addresses). */
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');

beforeAll(() => {
  outDir = sharedBuild('chronicle');
  pages = readPages(outDir);
});

describe('the chronicle fixture, built', () => {
  itMatchesItsContent(entries, () => ({ outDir, pages }));

  it('speaks its own vocabulary: its kinds, groups, roles and source kinds', () => {
    expect(text(page('/events/1969-07-20-eagle-lands/'))).toContain('Landing');
    expect(text(page('/'))).toContain('The mission');
    expect(text(page('/people/neil-armstrong/'))).toContain('Astronaut');
    expect(text(page('/sources/'))).toContain('Encyclopedia article');
  });

  it('shows no word of the default genre vocabulary it did not declare', () => {
    // The open data page documents the downloads' fields (a person's `died` date among them).
    const readerPages = new Map([...pages].filter(([url]) => url !== '/data/'));
    expect(undeclaredGenreWords(readerPages, { investigations: false })).toEqual([]);
  });

  it('shows each time of day, in <time datetime> with the zone’s offset on that date', () => {
    const home = page('/');
    expect(home).toMatch(/<time datetime="1969-07-16T09:32-04:00"[^>]*>16 July 1969, 09:32<\/time>/);
    expect(page('/events/1969-07-20-eagle-lands/')).toMatch(
      /<time datetime="1969-07-20T16:17-04:00"[^>]*>20 July 1969, 16:17<\/time>/,
    );
  });

  it('orders the events of one day by their time, whatever their ids', () => {
    const home = page('/');
    // "armstrong-…" sorts before "eagle-…" by id, but the landing (16:17) came before the first step (22:56).
    expect(home.indexOf('id="1969-07-20-eagle-lands"')).toBeLessThan(
      home.indexOf('id="1969-07-20-armstrong-steps-onto-the-moon"'),
    );
  });

  it('carries the time into the downloads', () => {
    const events = JSON.parse(readFileSync(join(outDir, 'data/events.json'), 'utf8')) as {
      id: string;
      time: string | null;
      datetime: string;
      tags: { id: string }[];
      citations: { level: string; quote: string | null }[];
    }[];
    const launch = events.find((e) => e.id === '1969-07-16-apollo-11-launches');
    expect(launch?.time).toBe('09:32');
    expect(launch?.datetime).toBe('1969-07-16T09:32-04:00');
    expect(launch?.tags.map((t) => t.id)).toEqual(['launch']);
    expect(launch?.citations.map((c) => [c.level, c.quote])).toEqual([
      ['linked', null],
      ['linked', null],
    ]);
    const csv = readFileSync(join(outDir, 'data/events.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain(',time,datetime,display_date,tags');
    expect(csv).toContain(',09:32,1969-07-16T09:32-04:00,,launch');
    expect(readFileSync(join(outDir, 'data/citations.csv'), 'utf8')).toMatch(/,linked\r\n/);
    expect(readFileSync(join(outDir, 'data/ftm.json'), 'utf8')).toContain('"1969-07-16T09:32"');
    // The feed dates the launch by when its page was first published (git), not by the launch itself.
    const rss = readFileSync(join(outDir, 'rss.xml'), 'utf8');
    expect(rss).not.toContain('Jul 1969');
    const first = readGitDates(SHARED_BUILDS.chronicle.content).dates.get(
      'events/1969-07-16-apollo-11-launches.md',
    )?.first;
    const item = rss.split('<item>').find((i) => i.includes('/events/1969-07-16-apollo-11-launches/'));
    expect(first).toBeDefined();
    expect(item).toContain(`<pubDate>${first?.toUTCString() ?? ''}</pubDate>`);
  });

  it('shows a displayDate instead of the formatted date, and the year 150 without padding', () => {
    const home = page('/');
    expect(home).toMatch(/<time datetime="0150"[^>]*>Around AD 150<\/time>/);
    expect(text(home)).not.toContain('0150');
    // The time chart spans almost two thousand years with a readable, thinned axis.
    const years = [...home.matchAll(/<text class="year"[^>]*>(\d+)</g)].map((m) => Number(m[1]));
    expect(years.length).toBeLessThanOrEqual(16);
    expect(years[0]).toBe(1);
    expect(years.at(-1)).toBeGreaterThanOrEqual(1970);
  });

  it('publishes the event’s picture optimised, with its alt text, width and height, in a figure with its credit', () => {
    const html = page('/events/1969-07-16-apollo-11-launches/');
    const img = /<img [^>]*>/.exec(/<figure class="picture"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '')?.[0] ?? '';
    expect(img).toMatch(/alt="A drawing of a white rocket/);
    expect(img).toMatch(/width="240"/);
    expect(img).toMatch(/height="160"/);
    const src = /src="([^"]+)"/.exec(img)?.[1] ?? '';
    expect(src).toMatch(/^\/_astro\/launch-sketch\.[\w-]+\.webp$/);
    expect(existsSync(join(outDir, src))).toBe(true);
    expect(text(html)).toContain('Credit: Drawn by a script for this test fixture');
  });

  it('publishes no picture as it came: every picture in _astro/ is a re-encoded WebP without metadata', () => {
    const folder = join(outDir, '_astro');
    const originals = readdirSync(join(SHARED_BUILDS.chronicle.content, 'images')).map((name) =>
      readFileSync(join(SHARED_BUILDS.chronicle.content, 'images', name)),
    );
    // Every file that is not the site's code, styles, fonts or WebAssembly, read by its bytes, not its name.
    const published = readdirSync(folder).filter((name) => !/\.(?:js|css|woff2?|wasm)$/.test(name));
    // One WebP per picture of the case (the photograph is shown twice, re-encoded once).
    expect(published.map((name) => name.replace(/\..*$/, '')).sort()).toEqual(['launch-sketch', 'splashdown-photo']);
    for (const name of published) {
      const bytes = readFileSync(join(folder, name));
      expect(readPicture(bytes)?.type, name).toBe('webp');
      expect(
        webpChunks(bytes).filter((c) => !['VP8 ', 'VP8L', 'VP8X', 'ALPH'].includes(c)),
        name,
      ).toEqual([]);
      expect(
        originals.some((original) => original.equals(bytes)),
        name,
      ).toBe(false);
      // The photograph's EXIF (camera, description, GPS) and XMP are nowhere in what is published.
      const latin1 = bytes.toString('latin1');
      for (const mark of ['Exif', 'Fixture Camera', 'FIXTURE-EXIF-COMMENT', 'FIXTURE-XMP', 'xmpmeta']) {
        expect(latin1, name).not.toContain(mark);
      }
    }
    // The photograph carries its GPS position: without it this test would prove nothing.
    expect(
      originals.some((o) => o.toString('latin1').includes('FIXTURE-XMP') && o.includes(Buffer.from([0x25, 0x88]))),
    ).toBe(true);
    const shown = [page('/events/1969-07-24-splashdown/')].flatMap((html) => attributes(html, 'src'));
    expect(shown.filter((src) => src.startsWith('/_astro/'))).toEqual([
      expect.stringMatching(/^\/_astro\/splashdown-photo\.[\w-]+\.webp$/),
      expect.stringMatching(/^\/_astro\/splashdown-photo\.[\w-]+\.webp$/),
    ]);
  });

  it('links remote media without loading anything from another origin', () => {
    const html = page('/events/1969-07-16-apollo-11-launches/');
    expect(html).toMatch(
      /<a href="https:\/\/www\.nasa\.gov\/history\/apollo-11-mission-overview\/" rel="noopener noreferrer"/,
    );
    for (const [url, body] of pages) {
      expect(
        attributes(body, 'src').filter((s) => /^(https?:)?\/\//.test(s)),
        url,
      ).toEqual([]);
      expect(parsePolicy(policyOfPage(body) ?? '').get('default-src'), url).toEqual(["'self'"]);
    }
  });

  it('shows tags on the card and the event page, with a page per tag and a search filter', () => {
    expect(page('/')).toMatch(/data-tag="lunar-surface"/);
    expect(text(page('/events/1969-07-20-eagle-lands/'))).toContain('Tags: On the Moon');
    const tagPage = page('/tags/lunar-surface/');
    expect(attributes(tagPage, 'href')).toEqual(
      expect.arrayContaining(['/events/1969-07-20-eagle-lands/', '/events/1969-07-20-armstrong-steps-onto-the-moon/']),
    );
    expect(attributes(tagPage, 'href')).not.toContain('/events/1969-07-16-apollo-11-launches/');
    expect(page('/events/1969-07-20-eagle-lands/')).toContain('data-pagefind-filter="tag:On the Moon"');
    const search = page('/search/');
    expect(search).toMatch(/<select name="tag"[ >]/);
    expect(attributes(search, 'href')).toContain('/tags/before-apollo/');
  });

  it('labels linked citations and counts them on the data page', () => {
    expect(text(page('/events/1969-07-24-splashdown/'))).toContain('linked, not quoted');
    expect(page('/events/1969-07-24-splashdown/')).not.toContain('<blockquote');
    expect(text(page('/data/'))).toContain('Citations: 0 quoted word for word and 8 linked, not quoted.');
  });

  it('has no investigations page, no about link and no content notice', () => {
    expect(pages.has('/investigations/')).toBe(false);
    expect(attributes(page('/'), 'href')).not.toContain('/about/');
  });

  it('produces HTML that validates on every page', async () => {
    expect(await htmlProblems(outDir, pages)).toEqual([]);
  });
});
