import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  compareDates,
  DATE_PATTERN,
  describePrecision,
  earliestDay,
  formatPartialDate,
  formatSpan,
  gapLabel,
  isOrdered,
  latestDay,
  parsePartialDate,
  sortKey,
  toDatetime,
  utcDay,
} from '../../src/lib/model/dates';
import { exportSchemas } from '../../src/lib/outputs/export';

const d = parsePartialDate;

describe('DATE_PATTERN', () => {
  it('matches the three forms parsePartialDate reads, and no other shape', () => {
    for (const text of ['2014', '2014-06', '2014-06-19']) {
      expect(text).toMatch(DATE_PATTERN);
      expect(() => d(text)).not.toThrow();
    }
    for (const text of ['19/06/14', '2014-6-1', '14', '2014-06-19T10:00']) {
      expect(text).not.toMatch(DATE_PATTERN);
      expect(() => d(text)).toThrow();
    }
  });
  it('is the pattern the open data JSON Schema gives every date', () => {
    const schema = z.toJSONSchema(exportSchemas.event) as { properties: Record<string, { pattern?: string }> };
    expect(schema.properties['date']?.pattern).toBe(DATE_PATTERN.source);
  });
});

describe('parsePartialDate', () => {
  it('reads a full day', () => {
    expect(d('2014-06-19')).toEqual({ year: 2014, month: 6, day: 19, precision: 'day' });
  });
  it('reads a year and month', () => {
    expect(d('2015-03')).toEqual({ year: 2015, month: 3, precision: 'month' });
  });
  it('reads a year alone', () => {
    expect(d('2014')).toEqual({ year: 2014, precision: 'year' });
  });
  it('refuses a month that does not exist', () => {
    expect(() => d('2014-13')).toThrow(/month 13/);
  });
  it('refuses a day that does not exist, naming the month', () => {
    expect(() => d('2014-13-40')).toThrow(/month 13/);
    expect(() => d('2014-02-30')).toThrow(/February 2014 has days 01 to 28/);
  });
  it('accepts 29 February in a leap year only', () => {
    expect(d('2016-02-29').day).toBe(29);
    expect(() => d('2015-02-29')).toThrow(/February 2015/);
  });
  it('refuses ambiguous day-month forms with the expected format in the message', () => {
    expect(() => d('19/06/14')).toThrow(/expected YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(() => d('06/19/2014')).toThrow(/expected/);
  });
  it('refuses unpadded months and days', () => {
    expect(() => d('2014-6-1')).toThrow(/expected/);
  });
  it('refuses BCE dates (-0500, -500, 500 BC, 44 BCE), saying so and suggesting a displayDate', () => {
    for (const bce of ['-0500', '-500', '500 BC', '44 BCE', '300 B.C.']) {
      expect(() => d(bce)).toThrow(/BCE dates are not supported/);
      expect(() => d(bce)).toThrow(/displayDate/);
    }
  });
});

describe('earliestDay and latestDay', () => {
  it('span a whole month for a month date', () => {
    expect(earliestDay(d('2014-02')).toISOString()).toBe('2014-02-01T00:00:00.000Z');
    expect(latestDay(d('2014-02')).toISOString()).toBe('2014-02-28T00:00:00.000Z');
  });
  it('span a whole year for a year date', () => {
    expect(latestDay(d('2014')).toISOString()).toBe('2014-12-31T00:00:00.000Z');
  });
  it('are the same day for a day date', () => {
    expect(latestDay(d('2014-06-19')).getTime()).toBe(earliestDay(d('2014-06-19')).getTime());
  });
});

describe('toDatetime', () => {
  it('writes each precision as a valid HTML datetime', () => {
    expect(toDatetime(d('2014-06-19'))).toBe('2014-06-19');
    expect(toDatetime(d('2014-06'))).toBe('2014-06');
    expect(toDatetime(d('2014'))).toBe('2014');
  });
  it('pads an early year to four digits, as date-fns does', () => {
    expect(toDatetime({ year: 66, month: 3, day: 5, precision: 'day' })).toBe('0066-03-05');
    expect(sortKey({ year: 66, precision: 'year' })).toBe('0066-01-01');
  });
});

describe('formatPartialDate', () => {
  it('says only what is known', () => {
    expect(formatPartialDate(d('2014-06-19'))).toBe('19 June 2014');
    expect(formatPartialDate(d('2014-06'))).toBe('June 2014');
    expect(formatPartialDate(d('2014'))).toBe('2014');
  });
  it('does not shift a date across midnight, whatever the machine’s time zone', () => {
    expect(formatPartialDate(d('2014-01-01'))).toBe('1 January 2014');
  });
});

describe('formatSpan', () => {
  it('shares the month and year of a range within one month', () => {
    expect(formatSpan({ start: d('2016-10-04'), end: d('2016-10-05') })).toBe('4–5 October 2016');
  });
  it('shares the year of a range across months', () => {
    expect(formatSpan({ start: d('2016-09-30'), end: d('2016-10-02') })).toBe('30 September – 2 October 2016');
  });
  it('joins month ranges within a year', () => {
    expect(formatSpan({ start: d('2014-06'), end: d('2014-09') })).toBe('June–September 2014');
  });
  it('joins ranges across years in full', () => {
    expect(formatSpan({ start: d('2014-06'), end: d('2015-03') })).toBe('June 2014 – March 2015');
    expect(formatSpan({ start: d('2019'), end: d('2022') })).toBe('2019–2022');
  });
  it('marks an approximate date with c.', () => {
    expect(formatSpan({ start: d('2018'), approximate: true })).toBe('c. 2018');
  });
  it('shows a range whose ends are equal as one date', () => {
    expect(formatSpan({ start: d('2014-06-19'), end: d('2014-06-19') })).toBe('19 June 2014');
  });
});

describe('compareDates', () => {
  it('orders by the earliest possible day', () => {
    expect(compareDates(d('2014-06-19'), d('2014-08-28'))).toBeLessThan(0);
  });
  it('puts a month before the days inside it that start later', () => {
    expect(compareDates(d('2015-10'), d('2015-10-14'))).toBeLessThan(0);
  });
  it('puts the vaguer date first when both start on the same day', () => {
    expect(compareDates(d('2014'), d('2014-01'))).toBeLessThan(0);
    expect(compareDates(d('2014-01'), d('2014-01-01'))).toBeLessThan(0);
  });
  it('treats the same date as equal', () => {
    expect(compareDates(d('2014-06'), d('2014-06'))).toBe(0);
  });
});

describe('isOrdered', () => {
  it('accepts an end on or after the start', () => {
    expect(isOrdered(d('2016-10-04'), d('2016-10-05'))).toBe(true);
    expect(isOrdered(d('2016-10-04'), d('2016-10-04'))).toBe(true);
  });
  it('accepts a vague end that could be after the start', () => {
    expect(isOrdered(d('2016-10-04'), d('2016-10'))).toBe(true);
  });
  it('refuses an end before the start', () => {
    expect(isOrdered(d('2016-10-05'), d('2016-10-04'))).toBe(false);
  });
});

describe('gapLabel', () => {
  it('says nothing for a short gap', () => {
    expect(gapLabel(d('2014-06-19'), d('2014-08-28'))).toBeUndefined();
  });
  it('counts months for a gap under two years', () => {
    expect(gapLabel(d('2017-11-28'), d('2019-01-28'))).toBe('14 months later');
    expect(gapLabel(d('2017-11-28'), d('2019-01-27'))).toBe('13 months later');
  });
  it('counts years and months for a long gap', () => {
    expect(gapLabel(d('2019-07-05'), d('2021-10-05'))).toBe('2 years and 3 months later');
    expect(gapLabel(d('2019-07'), d('2021-07'))).toBe('2 years later');
    expect(gapLabel(d('2019-01'), d('2021-02'))).toBe('2 years and 1 month later');
  });
  it('honours a custom threshold', () => {
    expect(gapLabel(d('2014-06'), d('2014-08'), 2)).toBe('2 months later');
  });
});

describe('describePrecision', () => {
  it('explains each precision in words', () => {
    expect(describePrecision(d('2014'))).toBe('Known to the year only');
    expect(describePrecision(d('2014-06-19'), true)).toBe('Known to the day; approximate');
  });
});

describe('years 1 to 999', () => {
  it('keeps 0066-03-01 as 1 March 66, not 1966 (the two-digit-year rule of Date.UTC)', () => {
    const date = parsePartialDate('0066-03-01');
    expect(earliestDay(date).getUTCFullYear()).toBe(66);
    expect(toDatetime(date)).toBe('0066-03-01');
    expect(formatPartialDate(date)).toBe('1 March 66');
  });

  it('reads 0999 as the year 999 and checks leap days by the real year', () => {
    expect(formatPartialDate(parsePartialDate('0999'))).toBe('999');
    expect(latestDay(parsePartialDate('0999')).toISOString()).toBe('0999-12-31T00:00:00.000Z');
    // 4 was a leap year in the proleptic Gregorian calendar; 1904 too, but 0001 and 1901 were not.
    expect(parsePartialDate('0004-02-29').day).toBe(29);
    expect(() => parsePartialDate('0001-02-29')).toThrow(/February 1 has days 01 to 28/);
  });
});

describe('utcDay', () => {
  it('builds midnight UTC for any year, including years below 100', () => {
    expect(utcDay(12, 0, 1).toISOString()).toBe('0012-01-01T00:00:00.000Z');
    expect(utcDay(2014, 5, 19).toISOString()).toBe('2014-06-19T00:00:00.000Z');
  });
});
