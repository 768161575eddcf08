import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEntries } from '../../helpers/content';
import { sharedBuild } from '../../helpers/shared-builds';
import { itMatchesItsContent } from '../../helpers/site-checks';
import { readPages } from '../../helpers/site';

// The Stephen Port case's suite: these tests are about this case's content and its pages, built
// from content/ (the engine's own tests run on fixtures in tests/build). Adding an event to the
// case changes what these check, never an engine test.
let build: { outDir: string };
let pages: Map<string, string>;
const entries = readEntries();

beforeAll(() => {
  build = { outDir: sharedBuild('case') };
  pages = readPages(build.outDir);
});

describe('the Stephen Port case, built', () => {
  itMatchesItsContent(entries, () => ({ outDir: build.outDir, pages }));

  it('writes a date known to the day as a day, in its <time> element', () => {
    expect(pages.get('/events/2015-03-port-jailed-for-perverting-justice/')).toMatch(
      /<time datetime="2015-03"[^>]*>March 2015<\/time>/,
    );
  });

  it('shows real other names as "Also named", and keeps bare surnames for search only', () => {
    const facts = (id: string) => /<dl class="facts"[\s\S]*?<\/dl>/.exec(pages.get(`/people/${id}/`) ?? '')?.[0] ?? '';
    expect(facts('stephen-port')).not.toContain('Also named');
    expect(facts('jon-savell')).toMatch(/Also named<\/dt>\s*<dd[^>]*>Commander Jon Savell, Cdr Jon Savell<\/dd>/);
    expect(pages.get('/people/stephen-port/')).toContain('data-terms="Port"');
  });

  it('marks long silences on the timeline', () => {
    expect(pages.get('/')).toMatch(/\d+ months later/);
  });

  it('shows a victim the death event they are the subject of, and the investigations into it', () => {
    const html = pages.get('/people/gabriel-kovari/') ?? '';
    const death = /<h2>Death<\/h2>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(death).toContain('href="/events/2014-08-28-gabriel-kovari-found/"');
    expect(death.match(/<li>/g)).toHaveLength(1);
    expect(html).toContain('href="/investigations/first-inquests/"');
    expect(html).toContain('Content notice');
  });

  it('says no one died who only took part in a death: the perpetrator and the dog walker', () => {
    for (const url of ['/people/stephen-port/', '/people/barbara-denham/']) {
      const html = pages.get(url);
      expect(html, url).toBeDefined();
      expect(html, url).not.toMatch(/When and where|<h2>Death<\/h2>/);
    }
  });

  it('places each event after the one review 3 says it followed, on the timeline and in prev/next', () => {
    const home = pages.get('/') ?? '';
    const at = (id: string) => home.indexOf(`id="${id}"`);
    const pairs: [string, string][] = [
      ['2015-10-15-port-arrested', '2015-10-ipcc-referral'],
      ['2018-08-30-port-lodges-appeal', '2018-port-appeal-dismissed'],
      ['2016-11-23-port-convicted', '2016-11-23-met-reviews-58-ghb-deaths'],
      ['2022-01-03-four-lives-broadcast', '2022-01-taylor-family-call-for-public-inquiry'],
    ];
    for (const [first, then] of pairs) {
      expect(at(first), first).toBeGreaterThan(0);
      expect(at(then), `${then} after ${first}`).toBeGreaterThan(at(first));
    }
    expect(pages.get('/events/2018-port-appeal-dismissed/')).toMatch(/<time datetime="2018"[^>]*>2018<\/time>/);
  });

  it('writes a victim’s age with the right preposition and says what the investigations list is', () => {
    const html = (pages.get('/people/gabriel-kovari/') ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(html).toContain('22, on 28 August 2014');
    expect(html).not.toContain('in 28 August');
    expect(html).toContain('Investigations, proceedings and claims these events belong to');
    expect(html).not.toContain('Investigations into the death');
  });

  it('dates the status of the open investigations by the last check, never "still running"', () => {
    for (const url of [
      '/investigations/',
      '/investigations/iopc-gross-misconduct/',
      '/investigations/iopc-reinvestigation/',
    ]) {
      const text = (pages.get(url) ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      expect(text, url).toContain('No outcome reported as of November 2026');
      expect(text, url).not.toMatch(/still running|no outcome reported yet/i);
    }
  });

  it('lists the home page’s and the about page’s corrections in the log and its feed, each at the end of its page', () => {
    const log = pages.get('/corrections/') ?? '';
    expect(log).toContain('href="/#correction-2026-11-23"');
    expect(log).toContain('href="/about/#correction-2026-11-23"');
    const feed = readFileSync(join(build.outDir, 'corrections.xml'), 'utf8');
    expect(feed).toContain('/#correction-2026-11-23</link>');
    expect(feed).toContain('/about/#correction-2026-11-23</link>');
    expect(pages.get('/')).toContain('id="correction-2026-11-23"');
    const about = pages.get('/about/') ?? '';
    expect(about).toContain('id="correction-2026-11-23"');
    expect(about).not.toContain('On 23 November 2026 the front page was corrected');
    expect(about).toContain('How events are ordered');
  });

  it('dates the feed by first publication on the site, never by the events', () => {
    const feed = readFileSync(join(build.outDir, 'rss.xml'), 'utf8');
    const years = [...feed.matchAll(/<pubDate>[^<]*(\d{4}) \d{2}:/g)].map((m) => Number(m[1]));
    expect(years.length).toBeGreaterThan(0);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2026);
  });

  it('counts a source cited only by a person page, and lists who cites it', () => {
    const list = pages.get('/sources/') ?? '';
    expect(list).not.toMatch(/cited by 0 events|cited by 1 events/);
    const html = pages.get('/sources/police-oracle-dick-regret/') ?? '';
    expect(html).toContain('cited by 1 person');
    expect(html).toContain('href="/people/cressida-dick/"');
    expect(html).not.toContain('No events yet');
  });
});
