import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGitDates } from '../../src/lib/content/git-dates';
import { SHARED_BUILDS, sharedBuild } from '../helpers/shared-builds';
import { readPages } from '../helpers/site';

/**
 * What the engine says about people and sources, on the engine fixture (tests/fixtures/engine):
 * Mary Roe is the subject of a death event in which John Doe (perpetrator) and Pat Walker (the
 * witness who found her) also appear; Jane Roe is her sister, Pat Walker a colleague of Sam Clerk;
 * `profile-only` is cited only by Pat Walker's profile, `finding-only` only by a finding on Mary
 * Roe's page, `inquest-report` only by an investigation. These tests fail if a page again says
 * someone died who only took part, labels every relation "Family", or counts only events.
 */
let pages: Map<string, string>;
let dir: string;
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|’/g, "'")
    .replace(/\s+/g, ' ');
const page = (url: string) => {
  const html = pages.get(url);
  if (html === undefined) throw new Error(`No page ${url}`);
  return html;
};
const headings = (url: string) => [...page(url).matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);

beforeAll(() => {
  dir = sharedBuild('engine');
  pages = readPages(dir);
});

describe('a person page', () => {
  it('has a death section only for the subject of a death event, listing that event', () => {
    expect(headings('/people/mary-roe/')).toContain('Death');
    const death = /<h2>Death<\/h2>([\s\S]*?)<\/section>/.exec(page('/people/mary-roe/'))?.[1] ?? '';
    expect(death).toContain('href="/events/2015-01-10-mary-roe-found/"');
    expect(death).not.toContain('inquest-opens');
  });

  it('has no death section for a perpetrator or a witness who appear in a death event', () => {
    for (const url of ['/people/john-doe/', '/people/pat-walker/']) {
      expect(headings(url), url).not.toContain('Death');
      expect(page(url), url).toContain('href="/events/2015-01-10-mary-roe-found/"');
      expect(text(page(url)), url).not.toMatch(/When and where/);
    }
  });

  it('labels each relation by what it is, family or not', () => {
    expect(page('/people/jane-roe/')).toMatch(
      /<dt>Sister of<\/dt>\s*<dd>\s*<a href="\/people\/mary-roe\/">Mary Roe<\/a>/,
    );
    expect(page('/people/pat-walker/')).toMatch(/<dt>Colleague of<\/dt>\s*<dd>\s*<a href="\/people\/sam-clerk\/">/);
    expect(page('/people/pat-walker/')).not.toContain('<dt>Family</dt>');
  });
});

describe('sources and who cites them', () => {
  it('counts in English, and counts people and investigations as well as events', () => {
    const list = text(page('/sources/'));
    expect(list).toMatch(/A profile cited only by a person page · The Courier · .*? · cited by 1 person/);
    expect(list).toMatch(/A record cited only by a finding · .*? · cited by 1 person/);
    expect(list).toMatch(/The inquest report · .*? · cited by 1 investigation/);
    expect(list).toMatch(/The Gazette report · .*? · cited by 3 events and 4 people/);
    expect(list).not.toMatch(/cited by 0|\b1 events|\b1 people|not cited yet/);
  });

  it('lists the person or finding that cites a source no event cites', () => {
    const profile = page('/sources/profile-only/');
    expect(profile).toContain('href="/people/pat-walker/"');
    expect(profile).not.toContain('No events yet');
    const finding = text(page('/sources/finding-only/'));
    expect(finding).toContain('Mary Roe (finding of The inquest)');
    expect(page('/sources/inquest-report/')).toContain('href="/investigations/the-inquest/"');
  });

  it('publishes every citing entry in sources.json citedBy', () => {
    const sources = JSON.parse(readFileSync(join(dir, 'data/sources.json'), 'utf8')) as {
      id: string;
      citedBy: { kind: string; id: string; url: string; finding: string | null }[];
    }[];
    const citedBy = (id: string) => sources.find((s) => s.id === id)?.citedBy;
    expect(citedBy('profile-only')).toEqual([
      { kind: 'person', id: 'pat-walker', url: 'https://example.org/people/pat-walker/', finding: null },
    ]);
    expect(citedBy('finding-only')).toEqual([
      { kind: 'person', id: 'mary-roe', url: 'https://example.org/people/mary-roe/', finding: 'The inquest' },
    ]);
    expect(citedBy('inquest-report')?.map((c) => [c.kind, c.id])).toEqual([['investigation', 'the-inquest']]);
    expect(sources.every((s) => s.citedBy.length > 0)).toBe(true);
  });
});

describe('dates a page shows', () => {
  it('takes a citation’s access date from SOURCE_DATE_EPOCH, each in its own element for the browser', () => {
    // The shared build fixes SOURCE_DATE_EPOCH at 1700000000 (14 November 2023).
    const html = page('/events/2015-01-10-mary-roe-found/');
    expect(html).toMatch(/data-accessed="long"[^>]*>14 November 2023</);
    expect(html).toMatch(/data-accessed="iso"[^>]*>2023-11-14</);
    expect(html).toMatch(/data-accessed="parts"[^>]*>\[2023, 11, 14\]</);
    // The page's own history (first published, last changed) comes from git, not the clock, and so
    // does the citation's date: both are left out before looking for the clock's year.
    const history = readGitDates(SHARED_BUILDS.engine.content).dates.get('events/2015-01-10-mary-roe-found.md');
    expect(history).toBeDefined();
    const last = history?.last ?? new Date(0);
    const long = (date: Date) => format(new UTCDate(date), 'd MMMM yyyy');
    expect(html).toContain(`published ${long(history?.first ?? new Date(0))}`);
    expect(html).toContain(`date = {${format(new UTCDate(last), 'yyyy-MM-dd')}}`);
    const withoutHistory = html
      .replace(/<p class="history"[^>]*>[\s\S]*?<\/p>/g, '')
      .replace(/published [^.]*\./g, '')
      .replace(/(year|date) = \{[^}]*\}/g, '')
      .replace(/&quot;issued&quot;: \{[\s\S]*?\]\s*\]\s*\}/g, '');
    expect(withoutHistory).not.toMatch(/2026|\(accessed (?!<)/);
  });

  it('draws a time chart that runs to the build date, not the day of the build', () => {
    // The fixture's investigation is closed, so the axis ends with its last year.
    expect(page('/')).not.toMatch(/<text[^>]*class="year"[^>]*>202[4-9]</);
  });
});
