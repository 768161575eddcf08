import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/model/problems';
import { validateCase } from '../../src/lib/content/validate';
import { scaffold } from '../../scripts/new';
import { buildSite } from '../helpers/build';
import { citationsOf, readEntries } from '../helpers/content';
import { parseCsv } from '../helpers/csv';
import { caseWith, fillNewEvent } from '../helpers/fixtures';
import { SHARED_BUILDS, sharedBuild } from '../helpers/shared-builds';
import { isEmbed, readPages } from '../helpers/site';

// The downloads, feed and metadata of the engine fixture (tests/fixtures/engine), built once.
let build: { outDir: string };
let pages: Map<string, string>;
const entries = readEntries(SHARED_BUILDS.engine.content);
const count = (collection: string) => entries.filter((e) => e.collection === collection).length;
const file = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

beforeAll(() => {
  build = { outDir: sharedBuild('engine') };
  pages = readPages(build.outDir);
});

describe('the JSON downloads', () => {
  for (const [name, collection] of [
    ['events', 'events'],
    ['people', 'people'],
    ['investigations', 'investigations'],
    ['sources', 'sources'],
  ] as const) {
    it(`${name}.json matches its JSON Schema and holds every entry`, () => {
      const data = JSON.parse(file(`data/${name}.json`)) as { id: string }[];
      const schema = JSON.parse(file(`data/schema/${name}.schema.json`)) as object;
      const validate = new Ajv2020({ strict: false }).compile(schema);
      expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(data.length).toBe(count(collection));
    });
  }

  it('resolves references to names and titles, with known values', () => {
    const events = JSON.parse(file('data/events.json')) as {
      id: string;
      date: string;
      precision: string;
      people: { name: string }[];
      citations: { publisher: string; quote: string }[];
    }[];
    const found = events.find((e) => e.id === '2015-01-10-mary-roe-found');
    expect(found?.date).toBe('2015-01-10');
    expect(found?.people.map((p) => p.name)).toEqual(['Mary Roe', 'John Doe', 'Pat Walker']);
    expect(found?.citations.map((c) => c.publisher)).toEqual(['The Gazette']);
    expect(events.find((e) => e.id === '2015-06-03-inquest-opens')?.precision).toBe('day');
  });
});

describe('the CSV downloads', () => {
  it('has one row per event', () => {
    const rows = parseCsv(file('data/events.csv'));
    expect(rows[0]?.slice(0, 3)).toEqual(['id', 'date', 'end']);
    expect(rows.length - 1).toBe(count('events'));
    expect(rows.find((r) => r[0] === '2015-06-03-inquest-opens')?.[5]).toBe('3–4 June 2015');
    // The label is the one the JSON and the pages use, made by one function.
    const json = JSON.parse(file('data/events.json')) as { id: string; dateLabel: string }[];
    for (const row of rows.slice(1)) expect(row[5], row[0]).toBe(json.find((e) => e.id === row[0])?.dateLabel);
  });

  it('has one row per citation, quotes intact', () => {
    const rows = parseCsv(file('data/citations.csv'));
    const citations = entries.filter((e) => e.collection === 'events').flatMap((e) => citationsOf(e.data['citations']));
    expect(rows.length - 1).toBe(citations.length);
    expect(rows.map((r) => r[7])).toContain('found dead');
  });
});

describe('the FollowTheMoney export', () => {
  // Schema names and the properties used, as the FollowTheMoney model defines them.
  const MODEL: Record<string, string[]> = {
    Person: ['name', 'alias', 'position', 'birthDate', 'deathDate', 'summary', 'sourceUrl'],
    PublicBody: ['name'],
    Organization: ['name'],
    Membership: ['member', 'organization', 'role'],
    Event: ['name', 'date', 'startDate', 'endDate', 'summary', 'location', 'involved', 'sourceUrl'],
    Article: ['title', 'publisher', 'author', 'publishedAt', 'sourceUrl'],
    Documentation: ['document', 'entity', 'role'],
  };
  const entities = () =>
    file('data/ftm.json')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; schema: string; properties: Record<string, string[]> });

  it('uses only FtM schemas and their properties, one entity per line', () => {
    for (const entity of entities()) {
      expect(Object.keys(MODEL), entity.id).toContain(entity.schema);
      for (const [key, values] of Object.entries(entity.properties)) {
        expect(MODEL[entity.schema], `${entity.id}.${key}`).toContain(key);
        expect(values.length).toBeGreaterThan(0);
      }
    }
  });

  it('has every person, event and source, the public bodies, and links that resolve', () => {
    const all = entities();
    const ids = new Set(all.map((e) => e.id));
    const bySchema = (schema: string) => all.filter((e) => e.schema === schema);
    expect(bySchema('Person').length).toBe(count('people'));
    expect(bySchema('Event').length).toBe(count('events'));
    expect(bySchema('Article').length).toBe(count('sources'));
    expect(bySchema('PublicBody').map((e) => e.properties['name']?.[0])).toEqual(['The Coroner’s Office']);
    // Dates come from the export records: the range event starts and ends where events.json says.
    const range = all.find((e) => e.id === 'event-2015-06-03-inquest-opens');
    expect(range?.properties['startDate']).toEqual(['2015-06-03']);
    expect(range?.properties['endDate']).toEqual(['2015-06-04']);
    for (const entity of all) {
      for (const key of ['involved', 'document', 'entity', 'member', 'organization']) {
        for (const target of entity.properties[key] ?? []) expect(ids, `${entity.id}.${key}`).toContain(target);
      }
    }
  });
});

describe('feeds, metadata and citation', () => {
  it('has an RSS feed with every event', () => {
    const rss = file('rss.xml');
    expect(rss.match(/<item>/g)?.length).toBe(count('events'));
    expect(rss).toContain('<link>https://example.org/events/2015-01-10-mary-roe-found/</link>');
    expect(rss).toContain('<title>3–4 June 2015: The inquest opens</title>');
  });

  it('gives every page valid JSON-LD with a BreadcrumbList, and Open Graph tags', () => {
    for (const [url, html] of pages) {
      if (isEmbed(url)) continue;
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
        (m) => JSON.parse(m[1] ?? '') as unknown,
      );
      const items = blocks.flat() as { '@type': string }[];
      expect(
        items.map((i) => i['@type']),
        url,
      ).toContain('BreadcrumbList');
      expect(html, url).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html, url).toMatch(/<meta name="twitter:card" content="summary(_large_image)?">/);
    }
  });

  it('describes an event as an Event with its people and its sources as citations', () => {
    const html = pages.get('/events/2015-01-10-mary-roe-found/') ?? '';
    const [page] =
      [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
        (m) =>
          JSON.parse(m[1] ?? '') as [
            { mainEntity: { '@type': string; about: { name: string }[] }; citation: { '@type': string }[] },
          ],
      )[0] ?? [];
    expect(page?.mainEntity['@type']).toBe('Event');
    expect(page?.mainEntity.about.map((p) => p.name)).toContain('Pat Walker');
    expect(page?.citation[0]?.['@type']).toBe('NewsArticle');
  });

  it('offers a permalink and a citation in plain text, BibTeX and CSL-JSON on event pages', () => {
    const html = pages.get('/events/2016-01-05-doe-convicted/') ?? '';
    expect(html).toContain('href="https://example.org/events/2016-01-05-doe-convicted/"');
    // Dated by the page's publication (git), with the event's date as its subject.
    expect(html).toMatch(
      /“John Doe is convicted” \(event: 5 January 2016\)\. The engine fixture, published \d{1,2} \w+ \d{4}/,
    );
    expect(html).toContain('@misc{2016-01-05-doe-convicted,');
    expect(html).toContain('&quot;type&quot;: &quot;webpage&quot;');
  });
});

describe('the scaffolder', () => {
  it('writes a file with every field described, which builds once its required fields are filled in', async () => {
    const dir = caseWith();
    const path = scaffold('event', '2015-05-01-a-new-event', dir);
    const draft = readFileSync(path, 'utf8');
    expect(draft).toContain('# A plain headline for the event, in the past tense. Required.');
    // Unfilled, the build names what is missing.
    expect(validateCase(dir, dir).problems.map(formatProblem)).toContainEqual(
      expect.stringContaining('events/2015-05-01-a-new-event.md: title: must not be empty'),
    );
    // Filled as an editor with no source for any optional field would: the required ones only.
    const filled = fillNewEvent(draft);
    writeFileSync(path, filled);
    expect(validateCase(dir, dir).problems.map(formatProblem)).toEqual([]);
    const result = await buildSite({ content: dir });
    expect(result.code, result.output).toBe(0);
    expect(readFileSync(join(result.outDir, 'events/2015-05-01-a-new-event/index.html'), 'utf8')).toContain(
      'A new event',
    );
  });
});
