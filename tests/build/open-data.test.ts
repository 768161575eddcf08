import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/integrity';
import { validateCase } from '../../src/lib/validate';
import { scaffold } from '../../scripts/new';
import { buildSite, type BuildResult } from '../helpers/build';
import { citationsOf, readEntries } from '../helpers/content';
import { caseWith } from '../helpers/fixtures';
import { readPages } from '../helpers/site';

let build: BuildResult;
let pages: Map<string, string>;
const entries = readEntries();
const count = (collection: string) => entries.filter((e) => e.collection === collection).length;
const file = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

beforeAll(async () => {
  build = await buildSite({ env: { SITE_URL: 'https://example.org' } });
  if (build.code !== 0) throw new Error(build.output);
  pages = readPages(build.outDir);
});

/** A small RFC 4180 reader, enough to check what the site writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',' || c === '\n') {
      row.push(cell);
      cell = '';
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    } else if (c !== '\r') {
      cell += c;
    }
  }
  return rows;
}

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
    const found = events.find((e) => e.id === '2014-06-19-anthony-walgate-found');
    expect(found?.date).toBe('2014-06-19');
    expect(found?.people.map((p) => p.name)).toContain('Anthony Walgate');
    expect(found?.citations.map((c) => c.publisher)).toContain('Newham Recorder');
    expect(events.find((e) => e.id === '2015-03-port-jailed-for-perverting-justice')?.precision).toBe('month');
  });
});

describe('the CSV downloads', () => {
  it('has one row per event', () => {
    const rows = parseCsv(file('data/events.csv'));
    expect(rows[0]?.slice(0, 3)).toEqual(['id', 'date', 'end']);
    expect(rows.length - 1).toBe(count('events'));
    expect(rows.find((r) => r[0] === '2016-10-04-trial-opens')?.[5]).toBe('4–5 October 2016');
  });

  it('has one row per citation, quotes intact', () => {
    const rows = parseCsv(file('data/citations.csv'));
    const citations = entries.filter((e) => e.collection === 'events').flatMap((e) => citationsOf(e.data['citations']));
    expect(rows.length - 1).toBe(citations.length);
    expect(rows.map((r) => r[7])).toContain('No comment interviews simply will not do.');
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
    expect(bySchema('PublicBody').map((e) => e.properties['name']?.[0])).toContain('Metropolitan Police Service');
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
    expect(rss).toContain('https://example.org/events/2014-06-19-anthony-walgate-found/');
  });

  it('gives every page valid JSON-LD with a BreadcrumbList, and Open Graph tags', () => {
    for (const [url, html] of pages) {
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) =>
        JSON.parse(m[1] ?? ''),
      );
      const items = blocks.flat() as { '@type': string }[];
      expect(
        items.map((i) => i['@type']),
        url,
      ).toContain('BreadcrumbList');
      expect(html, url).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html, url).toContain('<meta name="twitter:card" content="summary">');
    }
  });

  it('describes an event as an Event with its people and its sources as citations', () => {
    const html = pages.get('/events/2023-11-16-taylor-sisters-statement/') ?? '';
    const [page] =
      [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
        (m) =>
          JSON.parse(m[1] ?? '') as [
            { mainEntity: { '@type': string; about: { name: string }[] }; citation: { '@type': string }[] },
          ],
      )[0] ?? [];
    expect(page?.mainEntity['@type']).toBe('Event');
    expect(page?.mainEntity.about.map((p) => p.name)).toContain('Donna Taylor');
    expect(page?.citation[0]?.['@type']).toBe('NewsArticle');
  });

  it('offers a permalink and a citation in plain text, BibTeX and CSL-JSON on event pages', () => {
    const html = pages.get('/events/2016-11-23-port-convicted/') ?? '';
    expect(html).toContain('href="https://example.org/events/2016-11-23-port-convicted/"');
    expect(html).toMatch(/“Port is jailed|“Port is convicted/);
    expect(html).toContain('@misc{2016-11-23-port-convicted,');
    expect(html).toContain('&quot;type&quot;: &quot;webpage&quot;');
  });
});

describe('the scaffolder', () => {
  it('writes a file with every field described, which builds once filled in', async () => {
    const dir = caseWith();
    const path = scaffold('event', '2015-05-01-a-new-event', dir);
    const draft = readFileSync(path, 'utf8');
    expect(draft).toContain('# A plain headline for the event, in the past tense. Required.');
    // Unfilled, the build names what is missing.
    expect(validateCase(dir, dir).problems.map(formatProblem)).toContainEqual(
      expect.stringContaining('events/2015-05-01-a-new-event.md: title: must not be empty'),
    );
    // Filled as an editor would: required fields set, unknown optional ones deleted.
    const filled = draft
      .replace('title: ""', 'title: "A new event"')
      .replace('date: ""', 'date: 2015-01-20')
      .replace(/kind: "".*/, 'kind: statement')
      .replace('summary: ""', 'summary: "Something new happened."')
      .replace(/^(end|dateNote|place): ""\n/gm, '')
      .replace(/^\s*# [^\n]*\n(?=\s*(end|dateNote|place):)/gm, '')
      .replace(/people:\n(\s+#.*\n|\s+(- )?(person|role|subject):.*\n)+/, '')
      .replace(/corrections:\n(\s+#.*\n|\s+(- )?(date|text):.*\n)+/, '')
      .replace('source: ""', 'source: the-gazette')
      .replace('quote: ""', 'quote: "something new"')
      .replace(/^\s+(locator|note): ""\n/gm, '');
    writeFileSync(path, filled);
    expect(validateCase(dir, dir).problems.map(formatProblem)).toEqual([]);
    const result = await buildSite({ content: dir });
    expect(result.code, result.output).toBe(0);
    expect(readFileSync(join(result.outDir, 'events/2015-05-01-a-new-event/index.html'), 'utf8')).toContain(
      'A new event',
    );
  });
});
