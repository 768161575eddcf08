import { describe, expect, it } from 'vitest';
import { parsePartialDate as d } from '../../src/lib/model/dates';
import {
  dateEventsSearch,
  describeCount,
  isEmptySearch,
  pagefindOptions,
  readSearchState,
  writeSearchState,
} from '../../src/scripts/search-state';
import { dateSearchForms, spanSearchForms } from '../../src/lib/model/search-terms';

describe('dateSearchForms', () => {
  it('writes a day every way a reader might type it', () => {
    expect(dateSearchForms(d('2014-06-19'))).toEqual([
      '19 June 2014',
      'June 19 2014',
      '19/06/2014',
      '2014-06-19',
      'June 2014',
      '2014-06',
      '06/2014',
      '2014',
    ]);
  });
  it('gives a month only the forms it really covers: no day', () => {
    expect(dateSearchForms(d('2015-03'))).toEqual(['March 2015', '2015-03', '03/2015', '2015']);
  });
  it('gives a year only the year', () => {
    expect(dateSearchForms(d('2016'))).toEqual(['2016']);
  });
  it('writes a year below 1000 as readers do, without padding, keeping the ISO forms', () => {
    expect(dateSearchForms(d('0602-07-04'))).toEqual([
      '4 July 602',
      'July 4 602',
      '04/07/602',
      '0602-07-04',
      'July 602',
      '0602-07',
      '07/602',
      '602',
    ]);
  });
});

describe('spanSearchForms', () => {
  it('makes each day of a short range findable', () => {
    const forms = spanSearchForms(d('2016-10-04'), d('2016-10-05'));
    expect(forms).toContain('4 October 2016');
    expect(forms).toContain('5 October 2016');
    expect(new Set(forms).size).toBe(forms.length);
  });
  it('uses only the ends of a long range', () => {
    const forms = spanSearchForms(d('2019-05-01'), d('2022-01-25'));
    expect(forms).toContain('1 May 2019');
    expect(forms).toContain('25 January 2022');
    expect(forms).not.toContain('2 May 2019');
  });
});

describe('readSearchState', () => {
  it('reads the query, known filters and sort from the address', () => {
    const state = readSearchState(new URLSearchParams('q=+walgate+&year=2021&colour=red&sort=oldest'));
    expect(state).toEqual({ query: 'walgate', filters: { year: '2021' }, sort: 'oldest' });
  });
  it('falls back to best match for an unknown sort', () => {
    expect(readSearchState(new URLSearchParams('sort=random')).sort).toBe('relevance');
  });
});

describe('writeSearchState', () => {
  it('round-trips a state through the address', () => {
    const state = { query: 'Jack Taylor', filters: { type: 'Event' }, sort: 'newest' } as const;
    expect(writeSearchState(state)).toBe('?q=Jack+Taylor&type=Event&sort=newest');
    expect(readSearchState(new URLSearchParams(writeSearchState(state)))).toEqual(state);
  });
  it('writes nothing for an empty search', () => {
    expect(writeSearchState({ query: '', filters: {}, sort: 'relevance' })).toBe('');
  });
});

describe('isEmptySearch', () => {
  it('treats a filter alone as a search', () => {
    expect(isEmptySearch({ query: '', filters: { year: '2021' }, sort: 'relevance' })).toBe(false);
    expect(isEmptySearch({ query: '', filters: {}, sort: 'oldest' })).toBe(true);
  });
});

describe('pagefindOptions', () => {
  it('sorts by date only when asked', () => {
    expect(pagefindOptions({ query: 'x', filters: { year: '2021' }, sort: 'oldest' })).toEqual({
      filters: { year: '2021' },
      sort: { date: 'asc' },
    });
    expect(pagefindOptions({ query: 'x', filters: {}, sort: 'relevance' })).toEqual({ filters: {} });
  });
});

describe('describeCount', () => {
  it('says how many results, for what', () => {
    expect(describeCount(1, { query: 'Savell', filters: {}, sort: 'relevance' })).toBe('1 result for “Savell”');
    expect(describeCount(5, { query: '', filters: { year: '2021' }, sort: 'oldest' })).toBe('5 results (filtered)');
  });
});

describe('dateEventsSearch', () => {
  const state = (filters: Record<string, string> = {}) => readSearchState(new URLSearchParams(filters));
  const month = { precision: 'month', year: 2023, iso: '2023-11' } as const;

  it('looks for the events of a month by its ISO form and year, oldest first', () => {
    expect(dateEventsSearch(state({ q: 'November 2023' }), month, 'Event')).toEqual({
      term: '2023-11',
      options: { filters: { 'events-2023': 'yes' }, sort: { date: 'asc' } },
    });
  });

  it('needs no term for a year: the year filter alone lists its events', () => {
    expect(dateEventsSearch(state(), { precision: 'year', year: 2016, iso: '2016' }, 'Event')?.term).toBeNull();
  });

  it('keeps the reader’s filters, and gives up when they rule events of that year out', () => {
    expect(dateEventsSearch(state({ person: 'Jane Roe' }), month, 'Event')?.options.filters).toEqual({
      person: 'Jane Roe',
      'events-2023': 'yes',
    });
    expect(dateEventsSearch(state({ type: 'Person' }), month, 'Event')).toBeUndefined();
    expect(dateEventsSearch(state({ year: '2022' }), month, 'Event')).toBeUndefined();
    expect(dateEventsSearch(state({ type: 'Event', year: '2023' }), month, 'Event')).toBeDefined();
  });

  it('knows event pages by the type value of the case’s language', () => {
    expect(dateEventsSearch(state({ type: 'Événement' }), month, 'Événement')).toBeDefined();
    expect(dateEventsSearch(state({ type: 'Event' }), month, 'Événement')).toBeUndefined();
  });
});
