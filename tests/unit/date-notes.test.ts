import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { describeSpanPrecision, parsePartialDate as d } from '../../src/lib/model/dates';
import { formatProblem } from '../../src/lib/model/problems';
import { checkDateNotes } from '../../src/lib/model/date-notes';

const en = useTranslations('en-GB');
const fr = useTranslations('fr');
const event = (date: string, dateNote: string, end?: string) => ({
  id: 'e',
  filePath: 'events/e.md',
  data: { date: d(date), end: end === undefined ? undefined : d(end), dateNote },
});

describe('describeSpanPrecision', () => {
  it('labels each end of a range by its own precision when they differ', () => {
    expect(describeSpanPrecision({ start: d('2014-06-03'), end: d('2015-03') }, en)).toBe(
      'Start known to the day; end known to the month only',
    );
    expect(describeSpanPrecision({ start: d('2018'), end: d('2018-12-01'), approximate: true }, en)).toBe(
      'Start known to the year only; end known to the day; approximate',
    );
    expect(describeSpanPrecision({ start: d('2014-06-03'), end: d('2015') }, fr)).toBe(
      'Début : connue au jour près ; fin : connue à l’année près',
    );
  });
  it('says it once when both ends, or a single date, share a precision', () => {
    expect(describeSpanPrecision({ start: d('2018-08'), end: d('2018-12') }, en)).toBe('Known to the month only');
    expect(describeSpanPrecision({ start: d('2018-08-30') }, en)).toBe('Known to the day');
  });
});

describe('checkDateNotes', () => {
  it('refuses a note that denies the month a month-precise range gives (review 3, M2)', () => {
    const note = 'Neither the day nor the month is known: the sources read do not give them.';
    expect(checkDateNotes([event('2018-08', note, '2018-12')], en).map(formatProblem)).toEqual([
      'events/e.md: dateNote: says the month is not known, but date (August 2018) gives it: write the date only as precisely as the note allows (YYYY), and use "after:" to place the event after what it followed',
    ]);
  });
  it('refuses a note that denies the day a day-precise date or end gives', () => {
    expect(checkDateNotes([event('2018-08-30', 'The day is not known.')], en)[0]?.message).toMatch(
      /^says the day is not known, but date \(30 August 2018\) gives it/,
    );
    expect(checkDateNotes([event('2018-08', 'The day was not reported.', '2018-09-02')], en)[0]?.message).toMatch(
      /but end \(2 September 2018\) gives it/,
    );
  });
  it('reads only the first sentence, which speaks of the event’s own date', () => {
    const note =
      '30 August 2018 is the day the court confirmed the appeal. He had made his submission earlier in August; the day is not reported.';
    expect(checkDateNotes([event('2018-08-30', note)], en)).toEqual([]);
    expect(
      checkDateNotes(
        [event('2018-08', 'Not known to the day or to the month: no source gives either.', '2018-12')],
        en,
      ),
    ).toHaveLength(1);
  });
  it('accepts a note whose date claims no more than it allows, and a note that denies nothing', () => {
    expect(checkDateNotes([event('2018', 'Neither the day nor the month is known.')], en)).toEqual([]);
    expect(checkDateNotes([event('2018-08', 'The day is not known.')], en)).toEqual([]);
    expect(checkDateNotes([event('2022-08-29', '29 August 2022 is the day the Met announced it.')], en)).toEqual([]);
  });
  it('reads the note in the case’s language', () => {
    expect(checkDateNotes([event('2018-08', 'Ni le jour ni le mois ne sont connus.')], fr)).toHaveLength(1);
    expect(checkDateNotes([event('2018-08-30', 'Le jour exact n’est pas connu.')], fr)).toHaveLength(1);
    expect(checkDateNotes([event('2018', 'Ni le jour ni le mois ne sont connus.')], fr)).toEqual([]);
  });
});
