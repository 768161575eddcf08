import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/lib/model/dates';
import {
  eventDate,
  eventTime,
  gapsBefore,
  groupByYear,
  neighbours,
  sortChronologically,
} from '../../src/lib/model/timeline';

const event = (id: string, date: string) => ({ id, data: { date: parsePartialDate(date) } });

describe('sortChronologically', () => {
  it('puts events in date order', () => {
    const sorted = sortChronologically([event('b', '2015-09-14'), event('a', '2014-06-19')], eventDate);
    expect(sorted.map((e) => e.id)).toEqual(['a', 'b']);
  });
  it('keeps same-day events in a stable order by id', () => {
    const sorted = sortChronologically(
      [event('z', '2023-11-16'), event('m', '2023-11-16'), event('a', '2023-11-16')],
      eventDate,
    );
    expect(sorted.map((e) => e.id)).toEqual(['a', 'm', 'z']);
  });
  it('puts undated entries last', () => {
    const entries = [{ id: 'undated' }, { id: 'dated' }];
    const sorted = sortChronologically(entries, (e) => (e.id === 'dated' ? parsePartialDate('2020') : undefined));
    expect(sorted.map((e) => e.id)).toEqual(['dated', 'undated']);
  });
  it('orders same-day events by their time of day, whatever their ids: a funeral at 12:14 before a burial at 15:34', () => {
    const timed = (id: string, time?: string) => ({ id, data: { date: parsePartialDate('1963-11-25'), time } });
    const sorted = sortChronologically([timed('a-burial', '15:34'), timed('b-funeral', '12:14')], eventDate, eventTime);
    expect(sorted.map((e) => e.id)).toEqual(['b-funeral', 'a-burial']);
  });
  it('puts the untimed events of a day before its timed ones, then by id', () => {
    const timed = (id: string, time?: string) => ({ id, data: { date: parsePartialDate('1963-11-25'), time } });
    const sorted = sortChronologically(
      [timed('a-timed', '08:00'), timed('z-untimed'), timed('m-untimed')],
      eventDate,
      eventTime,
    );
    expect(sorted.map((e) => e.id)).toEqual(['m-untimed', 'z-untimed', 'a-timed']);
  });
  it('does not change the list it is given', () => {
    const entries = [event('b', '2015'), event('a', '2014')];
    sortChronologically(entries, eventDate);
    expect(entries.map((e) => e.id)).toEqual(['b', 'a']);
  });
});

describe('groupByYear', () => {
  it('groups consecutive events under their year', () => {
    const groups = groupByYear([event('a', '2014-06'), event('b', '2014-08'), event('c', '2016')]);
    expect(groups.map((g) => [g.year, g.entries.map((e) => e.id)])).toEqual([
      [2014, ['a', 'b']],
      [2016, ['c']],
    ]);
  });
  it('returns no groups for no events', () => {
    expect(groupByYear([])).toEqual([]);
  });
});

describe('gapsBefore', () => {
  it('marks only long silences, on the later event', () => {
    const gaps = gapsBefore([event('a', '2014-06-19'), event('b', '2014-08-28'), event('c', '2015-10-14')]);
    expect([...gaps]).toEqual([['c', '13 months later']]);
  });
  it('marks nothing before the first event', () => {
    expect(gapsBefore([event('a', '2014')]).size).toBe(0);
  });
});

describe('neighbours', () => {
  const list = [event('a', '2014'), event('b', '2015'), event('c', '2016')];
  it('finds the events either side', () => {
    const { previous, next } = neighbours(list)('b');
    expect([previous?.id, next?.id]).toEqual(['a', 'c']);
  });
  it('has no previous at the start and no next at the end', () => {
    expect(neighbours(list)('a').previous).toBeUndefined();
    expect(neighbours(list)('c').next).toBeUndefined();
  });
  it('finds nothing for an unknown id', () => {
    expect(neighbours(list)('x')).toEqual({ previous: undefined, next: undefined });
  });
});
