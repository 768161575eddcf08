import { describe, expect, it } from 'vitest';
import { daysInMonth, isoDate, pad } from '../../src/lib/model/iso-date';

describe('pad', () => {
  it('pads with zeros to the width, and leaves a longer number as it is', () => {
    expect(pad(5, 2)).toBe('05');
    expect(pad(602, 4)).toBe('0602');
    expect(pad(2014, 2)).toBe('2014');
  });
});

describe('daysInMonth', () => {
  it('gives 31, 30 and 28 days to the months that have them', () => {
    expect(daysInMonth(2014, 1)).toBe(31);
    expect(daysInMonth(2014, 6)).toBe(30);
    expect(daysInMonth(2014, 2)).toBe(28);
  });
  it('gives February 29 days in a leap year, including a 400th year, but not in a plain century', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });
});

describe('isoDate', () => {
  it('writes as many parts as it is given, the year always in four digits', () => {
    expect(isoDate(2014)).toBe('2014');
    expect(isoDate(2014, 6)).toBe('2014-06');
    expect(isoDate(2014, 6, 19)).toBe('2014-06-19');
    expect(isoDate(66, 3, 1)).toBe('0066-03-01');
  });
});
