import { beforeAll, describe, expect, it } from 'vitest';
import { readEntries } from '../../helpers/content';
import { sharedBuild } from '../../helpers/shared-builds';
import { attributes, brokenLinks, readPages } from '../../helpers/site';

// The Stephen Port case's suite: these tests are about this case's content and its pages, built
// from content/ (the engine's own tests run on fixtures in tests/build). Adding an event to the
// case changes what these check, never an engine test.
let build: { outDir: string };
let pages: Map<string, string>;
const entries = readEntries();
const events = entries.filter((e) => e.collection === 'events');

beforeAll(() => {
  build = { outDir: sharedBuild('case') };
  pages = readPages(build.outDir);
});

const sectionOf: Record<string, string> = {
  events: '/events/',
  people: '/people/',
  investigations: '/investigations/',
  sources: '/sources/',
  pages: '/',
};

describe('the Stephen Port case, built', () => {
  it('has exactly one page for every content file', () => {
    const missing = entries.filter((e) => !pages.has(`${sectionOf[e.collection] ?? '/'}${e.id}/`)).map((e) => e.file);
    expect(missing).toEqual([]);
    for (const section of ['/events/', '/people/', '/investigations/', '/sources/']) {
      const built = [...pages.keys()].filter((p) => p.startsWith(section) && p !== section);
      const files = entries.filter((e) => sectionOf[e.collection] === section);
      expect(built.length, section).toBe(files.length);
    }
  });

  it('has no internal link or #anchor that leads nowhere', () => {
    expect(brokenLinks(build.outDir, pages)).toEqual([]);
  });

  it('lists every event on the home timeline, in date order, each with its anchor', () => {
    const home = pages.get('/') ?? '';
    const position = (id: string) => home.indexOf(`id="${id}"`);
    expect(events.filter((e) => position(e.id) < 0).map((e) => e.id)).toEqual([]);
    // Reading down the page, no event starts before the one above it.
    const firstDay = (e: (typeof events)[number]) => {
      const date = e.data['date'];
      const text = date instanceof Date ? date.toISOString().slice(0, 10) : String(date);
      return `${text}-01-01`.slice(0, 10);
    };
    const inPageOrder = [...events].sort((a, b) => position(a.id) - position(b.id)).map(firstDay);
    expect(inPageOrder).toEqual([...inPageOrder].sort());
  });

  it('links every event page to each of its sources, people and investigations', () => {
    for (const event of events) {
      const hrefs = new Set(attributes(pages.get(`/events/${event.id}/`) ?? '', 'href'));
      const citations = event.data['citations'] as { source: string }[];
      const people = (event.data['people'] ?? []) as { person: string }[];
      const investigations = (event.data['investigations'] ?? []) as string[];
      for (const { source } of citations) expect(hrefs, event.id).toContain(`/sources/${source}/`);
      for (const { person } of people) expect(hrefs, event.id).toContain(`/people/${person}/`);
      for (const id of investigations) expect(hrefs, event.id).toContain(`/investigations/${id}/`);
    }
  });

  it('shows every quote of an event on its page', () => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const event of events) {
      const html = (pages.get(`/events/${event.id}/`) ?? '').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
      for (const { quote } of event.data['citations'] as { quote: string }[]) {
        expect(html, event.id).toContain(escape(quote));
      }
    }
  });

  it('renders every date in a <time datetime> element', () => {
    for (const [url, html] of pages) {
      for (const value of attributes(html, 'datetime')) expect(value, url).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    expect(pages.get('/events/2015-03-port-jailed-for-perverting-justice/')).toMatch(
      /<time datetime="2015-03"[^>]*>March 2015<\/time>/,
    );
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

  it('counts a source cited only by a person page, and lists who cites it', () => {
    const list = pages.get('/sources/') ?? '';
    expect(list).not.toMatch(/cited by 0 events|cited by 1 events/);
    const html = pages.get('/sources/police-oracle-dick-regret/') ?? '';
    expect(html).toContain('cited by 1 person');
    expect(html).toContain('href="/people/cressida-dick/"');
    expect(html).not.toContain('No events yet');
  });
});
