import { describe, expect, it } from 'vitest';
import { parsePartialDate as d } from '../../src/lib/model/dates';
import { checkChronology, checkReferences, findReferences } from '../../src/lib/content/integrity';
import { formatProblem } from '../../src/lib/model/problems';

const ref = (collection: string, id: string) => ({ id, collection });

describe('findReferences', () => {
  it('finds nested references with the path an editor writes', () => {
    const data = { people: [{ person: ref('people', 'a') }, { person: ref('people', 'b') }], kind: 'death' };
    expect(findReferences(data).map((r) => r.path)).toEqual(['people[0].person', 'people[1].person']);
  });
  it('does not mistake dates or plain objects for references', () => {
    expect(findReferences({ date: new Date(), age: { years: 3, at: { year: 2014 } } })).toEqual([]);
  });
});

describe('checkReferences', () => {
  const collections = {
    people: [{ id: 'anthony-walgate', data: {} }],
    events: [
      {
        id: 'e1',
        filePath: 'content/events/e1.md',
        data: { people: [{ person: ref('people', 'anthony-walgate') }, { person: ref('people', 'antony-walgate') }] },
      },
    ],
  };
  it('names the file, the field, the missing id and the closest existing one', () => {
    expect(checkReferences(collections).map(formatProblem)).toEqual([
      'content/events/e1.md: people[1].person: no person "antony-walgate" (did you mean "anthony-walgate"?)',
    ]);
  });
  it('reports nothing when every reference resolves', () => {
    expect(checkReferences({ people: collections.people, events: [] })).toEqual([]);
  });
});

describe('checkChronology', () => {
  const source = (id: string, published?: string) => ({
    id,
    data: { published: published ? d(published) : undefined },
  });
  const event = (date: string, extra: object = {}) => ({
    id: 'e',
    filePath: 'content/events/e.md',
    data: { date: d(date), citations: [{ source: ref('sources', 's') }], people: [], investigations: [], ...extra },
  });
  const base = { sources: [source('s', '2016-11')], people: [], investigations: [] };

  it('refuses an event dated after every source that reports it', () => {
    const problems = checkChronology({ ...base, events: [event('2017-01-01')] });
    expect(problems.map(formatProblem)).toEqual([
      'content/events/e.md: date: 1 January 2017 is after the publication of every source cited for it: a source cannot report what had not happened yet',
    ]);
  });
  it('allows an event in the month a month-dated source was published', () => {
    expect(checkChronology({ ...base, events: [event('2016-11-30')] })).toEqual([]);
  });
  it('does not judge an event whose source has no known date', () => {
    expect(checkChronology({ ...base, sources: [source('s')], events: [event('2030')] })).toEqual([]);
  });
  it('refuses a person acting after their death, but not being its subject', () => {
    const people = [{ id: 'p', data: { died: d('2014-08-28') } }];
    const acting = event('2015', { people: [{ person: ref('people', 'p'), subject: false }] });
    const subject = event('2015', { people: [{ person: ref('people', 'p'), subject: true }] });
    expect(checkChronology({ ...base, people, events: [acting] })[0]?.field).toBe('people[0].person');
    expect(checkChronology({ ...base, people, events: [subject] })).toEqual([]);
  });
  it('refuses an event outside its investigation’s dates', () => {
    const investigations = [{ id: 'i', data: { start: d('2015-10-14'), end: d('2016-01') } }];
    const inside = event('2015-12', { investigations: [ref('investigations', 'i')] });
    const outside = event('2016-03', { investigations: [ref('investigations', 'i')] });
    expect(checkChronology({ ...base, investigations, events: [inside] })).toEqual([]);
    expect(checkChronology({ ...base, investigations, events: [outside] })[0]?.message).toMatch(/falls outside "i"/);
  });
});
