import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { caseSchemas, type ReferenceFn } from '../../src/lib/model/schemas';

// Stands in for astro:content's reference(): an id becomes { id, collection }.
const reference: ReferenceFn = (collection) => z.string().transform((id) => ({ id, collection }));
const schemas = caseSchemas(reference);

const citation = { source: 'a-source', quote: 'a verbatim passage' };
const validEvent = {
  title: 'Something happened',
  date: '2014-06-19',
  kind: 'death',
  summary: 'What happened.',
  citations: [citation],
};

function issues(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('corrections field', () => {
  it('defaults to no corrections', () => {
    expect(schemas.events.parse(validEvent).corrections).toEqual([]);
  });
  it('reads a dated correction on every kind of entry', () => {
    const correction = { date: '2026-11-23', text: 'The title said X; it now says Y.' };
    expect(schemas.events.parse({ ...validEvent, corrections: [correction] }).corrections[0]).toEqual({
      date: { year: 2026, month: 11, day: 23, precision: 'day' },
      text: correction.text,
    });
    for (const schema of [schemas.people, schemas.investigations, schemas.sources]) {
      expect(schema.shape).toHaveProperty('corrections');
    }
  });
  it('refuses a correction dated only to a month', () => {
    expect(issues(schemas.events, { ...validEvent, corrections: [{ date: '2026-11', text: 'Fixed.' }] })).toEqual([
      'corrections.0.date: a correction is dated to the day: write YYYY-MM-DD',
    ]);
  });
  it('refuses a correction with no text', () => {
    expect(issues(schemas.events, { ...validEvent, corrections: [{ date: '2026-11-23', text: ' ' }] })).toEqual([
      'corrections.0.text: must not be empty',
    ]);
  });
});

describe('events schema', () => {
  it('accepts a minimal valid event and fills defaults', () => {
    const parsed = schemas.events.parse(validEvent);
    expect(parsed.date).toEqual({ year: 2014, month: 6, day: 19, precision: 'day' });
    expect(parsed.people).toEqual([]);
    expect(parsed.citations[0]?.source).toEqual({ id: 'a-source', collection: 'sources' });
  });
  it('reads a year that YAML turned into a number, and a month left as text', () => {
    expect(schemas.events.parse({ ...validEvent, date: 2015 }).date.precision).toBe('year');
    expect(schemas.events.parse({ ...validEvent, date: '2015-03' }).date.precision).toBe('month');
  });
  it('refuses an unknown field, naming it', () => {
    expect(issues(schemas.events, { ...validEvent, titel: 'typo' }).join()).toMatch(/titel/);
  });
  it('refuses a malformed date with the expected format', () => {
    expect(issues(schemas.events, { ...validEvent, date: '19/06/14' })).toEqual([
      'date: "19/06/14" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD (for example 2014, 2014-06 or 2014-06-19)',
    ]);
  });
  it('refuses a date with a time of day, as YAML 1.2 reads it (text), and any Date object', () => {
    expect(issues(schemas.events, { ...validEvent, date: '2014-06-19T10:00:00Z' })).toEqual([
      'date: "2014-06-19T10:00:00Z" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD (for example 2014, 2014-06 or 2014-06-19)',
    ]);
    expect(issues(schemas.events, { ...validEvent, date: new Date('2014-06-19T00:00:00Z') })).not.toEqual([]);
  });
  it('refuses an end before the start', () => {
    expect(issues(schemas.events, { ...validEvent, end: '2014-06-01' })).toEqual([
      'end: the end date is before the start date',
    ]);
  });
  it('refuses an event without a citation', () => {
    expect(issues(schemas.events, { ...validEvent, citations: [] }).join()).toMatch(/at least one citation/);
  });
  it('refuses an empty quote', () => {
    expect(issues(schemas.events, { ...validEvent, citations: [{ source: 's', quote: '  ' }] })).toEqual([
      'citations.0.quote: must not be empty',
    ]);
  });
  it('refuses a disputing citation without a note', () => {
    const bad = { ...validEvent, citations: [{ ...citation, disputes: true }] };
    expect(issues(schemas.events, bad).join()).toMatch(/needs a note/);
  });
  it("refuses a kind that is not an id (the case's vocabulary checks which ids exist)", () => {
    expect(issues(schemas.events, { ...validEvent, kind: 'Rumour!' }).join()).toMatch(/is not an id/);
    expect(issues(schemas.events, { ...validEvent, kind: 'rumour' })).toEqual([]);
  });
});

describe('people schema', () => {
  const person = { name: 'A Person', roles: ['family'], summary: 'Who they are.', citations: [citation] };
  it('accepts a person with relations', () => {
    const parsed = schemas.people.parse({ ...person, relations: [{ person: 'b', relation: 'sister of' }] });
    expect(parsed.relations[0]?.person).toEqual({ id: 'b', collection: 'people' });
  });
  it('requires at least one role', () => {
    expect(issues(schemas.people, { ...person, roles: [] }).join()).toMatch(/roles/);
  });
});

describe('investigations schema', () => {
  const investigation = {
    title: 'An inquiry',
    kind: 'inquest',
    conductedBy: 'A coroner',
    start: '2019-05-01',
    status: 'open',
    outcome: 'Not yet reported.',
    summary: 'What it is.',
    citations: [citation],
  };
  it('accepts an open investigation with no end', () => {
    expect(schemas.investigations.parse(investigation).end).toBeUndefined();
  });
  it('asks why a finished investigation has no end date', () => {
    expect(issues(schemas.investigations, { ...investigation, status: 'concluded' }).join()).toMatch(/datesNote/);
  });
  it('asks why there is no start date', () => {
    const { start: _start, ...noStart } = investigation;
    expect(issues(schemas.investigations, noStart).join()).toMatch(/no start date/);
  });
});

describe('sources schema', () => {
  const source = {
    title: 'A report',
    publisher: 'An outlet',
    kind: 'news-report',
    url: 'https://example.org/report',
    published: '2023-11-16',
  };
  it('accepts a dated source with an address', () => {
    expect(schemas.sources.parse(source).published?.precision).toBe('day');
  });
  it('asks why a source has no address', () => {
    const { url: _url, ...noUrl } = source;
    expect(issues(schemas.sources, noUrl).join()).toMatch(/no url needs a caveat/);
  });
  it('asks for a note on an unknown publication date', () => {
    const { published: _published, ...undated } = source;
    expect(issues(schemas.sources, undated).join()).toMatch(/publishedNote/);
  });
  it('asks where a copy was read', () => {
    expect(issues(schemas.sources, { ...source, kind: 'copy' }).join()).toMatch(/via/);
  });
  it('refuses an address that is not a URL', () => {
    expect(issues(schemas.sources, { ...source, url: 'not a url' }).join()).toMatch(/url/);
  });
});
