import { describe, expect, it } from 'vitest';
import { bceSuggestion, endFollows, mapDate, timeParts } from '../../../src/lib/import/dates';

describe('mapDate', () => {
  it('writes a year, a month or a day as the engine does, padding month and day', () => {
    expect(mapDate({ year: '1969' })).toEqual({ ok: true, value: { date: '1969', notes: [] } });
    expect(mapDate({ year: 1609, month: 11 })).toEqual({ ok: true, value: { date: '1609-11', notes: [] } });
    expect(mapDate({ year: '1969', month: '7', day: '20' })).toEqual({
      ok: true,
      value: { date: '1969-07-20', notes: [] },
    });
  });

  it('pads years before 1000 to four digits in the file', () => {
    expect(mapDate({ year: '602' })).toMatchObject({ ok: true, value: { date: '0602' } });
    expect(mapDate({ year: 66, month: 3, day: 1 })).toMatchObject({ ok: true, value: { date: '0066-03-01' } });
  });

  it('keeps the hour and minute of a full date as HH:MM', () => {
    expect(mapDate({ year: 1963, month: 11, day: 25, hour: 12, minute: 14 })).toEqual({
      ok: true,
      value: { date: '1963-11-25', time: '12:14', notes: [] },
    });
    expect(mapDate({ year: '1963', month: '11', day: '22', hour: '9' })).toMatchObject({ value: { time: '09:00' } });
  });

  it('leaves out seconds and says so', () => {
    const result = mapDate({ year: 1963, month: 11, day: 25, hour: 12, minute: 14, second: 30 });
    expect(result).toMatchObject({ ok: true, value: { time: '12:14' } });
    expect(result.ok && result.value.notes).toEqual(['seconds left out: the engine keeps hours and minutes']);
  });

  it('leaves out a time without a day, and says so (the engine dates a time to a day)', () => {
    const result = mapDate({ year: 1963, month: 11, hour: 12 });
    expect(result).toEqual({
      ok: true,
      value: { date: '1963-11', notes: ['time 12:00 left out: the engine keeps a time only with a full date'] },
    });
  });

  it('keeps the display date', () => {
    expect(mapDate({ year: '1963', display_date: 'Autumn 1963' })).toMatchObject({
      value: { date: '1963', displayDate: 'Autumn 1963' },
    });
  });

  it('refuses years before the common era, and cosmological ones, with the suggestion of a display date', () => {
    expect(mapDate({ year: '-300' })).toEqual({ ok: false, refusal: { kind: 'bce', message: bceSuggestion('-300') } });
    expect(mapDate({ year: '-13800000000' })).toMatchObject({ ok: false, refusal: { kind: 'bce' } });
    expect(mapDate({ year: 0 })).toMatchObject({ ok: false, refusal: { kind: 'bce' } });
  });

  it('refuses what is not a date: no year, letters, month 13, 31 February, a day with no month, year 10000', () => {
    const refused = (parts: Parameters<typeof mapDate>[0]) => {
      const result = mapDate(parts);
      return result.ok ? 'accepted' : `${result.refusal.kind}: ${result.refusal.message}`;
    };
    expect(refused({})).toBe('invalid: has no year');
    expect(refused({ year: 'soon' })).toBe('invalid: year "soon" is not a whole number');
    expect(refused({ year: 2014, month: 13 })).toBe('invalid: month 13 is not between 1 and 12');
    expect(refused({ year: 2014, month: 2, day: 31 })).toContain('February 2014 has days 01 to 28');
    expect(refused({ year: 2014, day: 3 })).toBe('invalid: has day 3 but no month');
    expect(refused({ year: 10000 })).toBe('invalid: year 10000 is after 9999, the last year the engine holds');
    expect(refused({ year: 2014, month: 1, day: 1, hour: 25 })).toBe('invalid: hour 25 is not between 0 and 23');
  });
});

describe('bceSuggestion', () => {
  it('says BCE is not supported and suggests the nearest date with a display date, grouped for reading', () => {
    expect(bceSuggestion('-13800000000')).toBe(
      'BCE dates are not supported: write the nearest supported date (0001) with a displayDate such as "13,800,000,000 BCE"',
    );
    expect(bceSuggestion('-300')).toContain('"300 BCE"');
  });
});

describe('endFollows', () => {
  it('accepts an end on or after the start, at any precision', () => {
    expect(endFollows('0602', '0629')).toBe(true);
    expect(endFollows('1960-10-07', '1960-10-07')).toBe(true);
    expect(endFollows('1960-10', '1960')).toBe(true);
  });

  it('refuses an end before the start', () => {
    expect(endFollows('1960-10-07', '1960-09')).toBe(false);
  });
});

describe('timeParts', () => {
  it('reads 24-hour times, with or without seconds', () => {
    expect(timeParts('15:34')).toEqual({ hour: '15', minute: '34' });
    expect(timeParts('9:05:30')).toEqual({ hour: '9', minute: '05', second: '30' });
  });

  it('reads AM and PM, noon and midnight included', () => {
    expect(timeParts('12:30 PM')).toEqual({ hour: '12', minute: '30' });
    expect(timeParts('12:05 am')).toEqual({ hour: '0', minute: '05' });
    expect(timeParts('3:30 p.m.')).toEqual({ hour: '15', minute: '30' });
  });

  it('refuses what is not a time', () => {
    expect(timeParts('noon')).toBeUndefined();
    expect(timeParts('13:00 PM')).toBeUndefined();
  });
});
