import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../helpers/csv';
import { sharedBuild } from '../../helpers/shared-builds';
import { readPages } from '../../helpers/site';

// The Stephen Port case's suite: known values of this case in its downloads and metadata (the
// engine's open-data tests run on the fixture in tests/build/open-data.test.ts).
let dir: string;
let pages: Map<string, string>;
const file = (path: string) => readFileSync(join(dir, path), 'utf8');
const jsonLd = (url: string) =>
  [...(pages.get(url) ?? '').matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? '') as unknown,
  );

beforeAll(() => {
  dir = sharedBuild('case');
  pages = readPages(dir);
});

describe('the Stephen Port case’s downloads', () => {
  it('resolves references to names and titles, with known values', () => {
    const events = JSON.parse(file('data/events.json')) as {
      id: string;
      date: string;
      precision: string;
      people: { name: string }[];
      citations: { publisher: string }[];
    }[];
    const found = events.find((e) => e.id === '2014-06-19-anthony-walgate-found');
    expect(found?.date).toBe('2014-06-19');
    expect(found?.people.map((p) => p.name)).toContain('Anthony Walgate');
    expect(found?.citations.map((c) => c.publisher)).toContain('Newham Recorder');
    expect(events.find((e) => e.id === '2015-03-port-jailed-for-perverting-justice')?.precision).toBe('month');
  });

  it('writes a range as readers read it, and quotes intact, in the CSV files', () => {
    expect(parseCsv(file('data/events.csv')).find((r) => r[0] === '2016-10-04-trial-opens')?.[5]).toBe(
      '4–5 October 2016',
    );
    expect(parseCsv(file('data/citations.csv')).map((r) => r[7])).toContain(
      'No comment interviews simply will not do.',
    );
  });

  it('lists a source cited only by a person page as cited by that person', () => {
    const sources = JSON.parse(file('data/sources.json')) as { id: string; citedBy: { kind: string; id: string }[] }[];
    expect(sources.find((s) => s.id === 'police-oracle-dick-regret')?.citedBy).toMatchObject([
      { kind: 'person', id: 'cressida-dick' },
    ]);
  });

  it('marks the Metropolitan Police as a public body in the FollowTheMoney export', () => {
    const names = file('data/ftm.json')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { schema: string; properties: Record<string, string[]> })
      .filter((e) => e.schema === 'PublicBody')
      .map((e) => e.properties['name']?.[0]);
    expect(names).toContain('Metropolitan Police Service');
  });

  it('describes an event as an Event with its people and its sources as citations', () => {
    const [page] = (jsonLd('/events/2023-11-16-taylor-sisters-statement/')[0] ?? []) as [
      { mainEntity: { '@type': string; about: { name: string }[] }; citation: { '@type': string }[] },
    ];
    expect(page.mainEntity['@type']).toBe('Event');
    expect(page.mainEntity.about.map((p) => p.name)).toContain('Donna Taylor');
    expect(page.citation[0]?.['@type']).toBe('NewsArticle');
  });
});
