import { describe, expect, it } from 'vitest';
import { describeDateQuery, holdsDate, monthNames, readDateQuery } from '../../src/scripts/date-query';

describe('readDateQuery', () => {
  it('reads a year, a month and a day in the forms readers type', () => {
    expect(readDateQuery('2016')).toEqual({ precision: 'year', year: 2016, iso: '2016' });
    expect(readDateQuery('November 2023')).toEqual({ precision: 'month', year: 2023, month: 11, iso: '2023-11' });
    expect(readDateQuery('nov 2023')?.iso).toBe('2023-11');
    expect(readDateQuery('19 June 2014')?.iso).toBe('2014-06-19');
    expect(readDateQuery('June 19, 2014')?.iso).toBe('2014-06-19');
    expect(readDateQuery('19th June 2014')?.iso).toBe('2014-06-19');
    expect(readDateQuery(' 2014-06 ')?.iso).toBe('2014-06');
    expect(readDateQuery('2014-06-19')?.iso).toBe('2014-06-19');
    expect(readDateQuery('06/2014')?.iso).toBe('2014-06');
    expect(readDateQuery('19/06/2014')?.iso).toBe('2014-06-19');
  });

  it('keeps a year below 1000 written with four digits', () => {
    expect(readDateQuery('0066')).toEqual({ precision: 'year', year: 66, iso: '0066' });
  });

  it('refuses names, impossible dates and dates with other words', () => {
    for (const query of ['Taylor', 'June', '31 June 2014', '2014-13', '29 February 2015', 'Port 2016', '12345', '']) {
      expect(readDateQuery(query), query).toBeUndefined();
    }
    expect(readDateQuery('29 February 2016')?.iso).toBe('2016-02-29');
  });

  it('reads month names of the page language too', () => {
    expect(readDateQuery('19 juin 2014', monthNames('fr'))?.iso).toBe('2014-06-19');
    expect(readDateQuery('novembre 2023', monthNames('fr'))?.iso).toBe('2023-11');
  });
});

describe('describeDateQuery', () => {
  it('writes the date as the page language does', () => {
    expect(describeDateQuery({ precision: 'year', year: 2016, iso: '2016' })).toBe('2016');
    expect(describeDateQuery({ precision: 'month', year: 2023, month: 11, iso: '2023-11' }, 'en-GB')).toBe(
      'November 2023',
    );
    expect(describeDateQuery({ precision: 'day', year: 2014, month: 6, day: 19, iso: '2014-06-19' }, 'en-GB')).toBe(
      '19 June 2014',
    );
    expect(describeDateQuery({ precision: 'year', year: 66, iso: '0066' })).toBe('66');
  });
});

describe('holdsDate', () => {
  const june = { precision: 'month', year: 2014, month: 6, iso: '2014-06' } as const;
  const day = { precision: 'day', year: 2014, month: 6, day: 20, iso: '2014-06-20' } as const;

  it('finds the ISO form as a whole word among the index terms', () => {
    const content =
      '19 June 2014 · June 19 2014 · 19/06/2014 · 2014-06-19 · June 2014 · 2014-06 · 06/2014 · 2014. Text.';
    expect(holdsDate(content, june)).toBe(true);
    expect(holdsDate(content, { ...day, day: 19, iso: '2014-06-19' })).toBe(true);
  });

  it('is false for a page that holds only a shorter or longer form', () => {
    expect(holdsDate('June 2014 · 2014-06 · 06/2014', day)).toBe(false);
    expect(holdsDate('2014-06-19 only', june)).toBe(false);
  });
});
