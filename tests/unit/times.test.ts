import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/lib/model/dates';
import { compareTimes, isTimeZone, timeProblem, zonedDatetime } from '../../src/lib/model/times';

describe('timeProblem', () => {
  it('accepts HH:MM on the 24-hour clock, midnight and the last minute included', () => {
    for (const time of ['00:00', '09:05', '12:14', '15:34', '23:59']) expect(timeProblem(time)).toBeUndefined();
  });
  it('refuses 24:00, a missing leading zero, seconds and a.m./p.m., saying what to write', () => {
    for (const time of ['24:00', '9:05', '12:14:30', '3pm', '12.14', '12:60']) {
      expect(timeProblem(time)).toContain(`"${time}" is not a time of day: write HH:MM on the 24-hour clock`);
    }
  });
});

describe('isTimeZone', () => {
  it('accepts IANA zones and UTC', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('America/Chicago')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
  });
  it('refuses a zone that does not exist, an abbreviation and an offset', () => {
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('EST')).toBe(false);
    expect(isTimeZone('+05:00')).toBe(false);
  });
});

describe('zonedDatetime', () => {
  it('gives the offset of that zone on that date: winter and summer time differ', () => {
    expect(zonedDatetime(parsePartialDate('1963-11-25'), '12:14', 'America/New_York')).toBe('1963-11-25T12:14-05:00');
    expect(zonedDatetime(parsePartialDate('1969-07-20'), '16:17', 'America/New_York')).toBe('1969-07-20T16:17-04:00');
    expect(zonedDatetime(parsePartialDate('2015-06-19'), '08:00', 'Europe/London')).toBe('2015-06-19T08:00+01:00');
  });
  it('keeps a year below 100 itself and writes it with four digits', () => {
    expect(zonedDatetime(parsePartialDate('0066-03-01'), '10:00', 'UTC')).toBe('0066-03-01T10:00+00:00');
  });
});

describe('compareTimes', () => {
  it('orders two times of one day', () => {
    expect(compareTimes('12:14', '15:34')).toBeLessThan(0);
    expect(compareTimes('15:34', '12:14')).toBeGreaterThan(0);
  });
  it('puts an untimed event of the day first, and treats two untimed ones as equal', () => {
    expect(compareTimes(undefined, '00:00')).toBeLessThan(0);
    expect(compareTimes('00:00', undefined)).toBeGreaterThan(0);
    expect(compareTimes(undefined, undefined)).toBe(0);
  });
});
