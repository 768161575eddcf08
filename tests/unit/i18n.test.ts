import { describe, expect, it } from 'vitest';
import { DICTIONARIES, dateLocale, primaryLanguage, unsupportedLanguage, useTranslations } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { formatPartialDate, formatSpan, gapLabel, parsePartialDate as d } from '../../src/lib/model/dates';
import { dateSearchForms } from '../../src/lib/model/search-terms';

const fr = useTranslations('fr-FR');
const english = useTranslations('en-GB');

describe('DICTIONARIES', () => {
  it('gives every language every key of the English dictionary, and no other', () => {
    for (const [lang, dictionary] of Object.entries(DICTIONARIES)) {
      expect(Object.keys(dictionary).sort(), lang).toEqual(Object.keys(en).sort());
    }
  });

  it('keeps the same parameters in every translation of a key', () => {
    const params = (value: unknown) => [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [lang, dictionary] of Object.entries(DICTIONARIES)) {
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(new Set(params(dictionary[key])), `${lang} ${key}`).toEqual(new Set(params(en[key])));
      }
    }
  });
});

describe('useTranslations', () => {
  it('says a key in the language of the primary subtag', () => {
    expect(fr('nav.timeline')).toBe('Chronologie');
    expect(useTranslations('en-US')('nav.timeline')).toBe('Timeline');
  });

  it('fills in parameters', () => {
    expect(fr('person.involving', { name: 'Céline Dion' })).toBe('Événements concernant Céline Dion');
  });

  it('chooses the plural form by the language’s rules', () => {
    expect(english('count.event', { count: 1 })).toBe('1 event');
    expect(english('count.event', { count: 0 })).toBe('0 events');
    expect(english('count.person', { count: 3 })).toBe('3 people');
    // French counts 0 and 1 as singular.
    expect(fr('count.event', { count: 0 })).toBe('0 événement');
    expect(fr('count.event', { count: 1 })).toBe('1 événement');
    expect(fr('count.event', { count: 2 })).toBe('2 événements');
  });

  it('joins lists with the language’s "and"', () => {
    expect(english.list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(fr.list(['a', 'b'])).toBe('a et b');
    expect(fr.list(['a'])).toBe('a');
  });

  it('refuses a language with no dictionary, naming the ones there are', () => {
    expect(() => useTranslations('ar')).toThrow(/has no dictionary for "ar": the engine speaks en, fr/);
  });
});

describe('unsupportedLanguage', () => {
  it('accepts any region of a language the engine speaks', () => {
    expect(unsupportedLanguage('en')).toBeUndefined();
    expect(unsupportedLanguage('fr-CA')).toBeUndefined();
  });
  it('says how to add a language it does not speak', () => {
    expect(unsupportedLanguage('de-DE')).toMatch(/add src\/i18n\/de\.ts/);
  });
});

describe('primaryLanguage', () => {
  it('reads the primary subtag in lower case', () => {
    expect(primaryLanguage('FR-fr')).toBe('fr');
  });
});

describe('dateLocale', () => {
  it('writes English months for en and French months for fr', () => {
    expect(formatPartialDate(d('2024-07-26'), useTranslations('en'))).toBe('26 July 2024');
    expect(dateLocale('fr').code).toBe('fr');
    expect(dateLocale('en-US').code).toBe('en-US');
    expect(dateLocale('en').code).toBe('en-GB');
  });
});

describe('French dates', () => {
  it('formats days, months and years in French', () => {
    expect(formatPartialDate(d('2024-07-26'), fr)).toBe('26 juillet 2024');
    expect(formatPartialDate(d('2024-07'), fr)).toBe('juillet 2024');
    expect(formatPartialDate(d('2024'), fr)).toBe('2024');
  });

  it('formats spans and approximate dates in French', () => {
    expect(formatSpan({ start: d('2024-07-26'), end: d('2024-08-11') }, fr)).toBe('26 juillet – 11 août 2024');
    expect(formatSpan({ start: d('2018'), approximate: true }, fr)).toBe('vers 2018');
  });

  it('says long silences in French', () => {
    expect(gapLabel(d('2021-12-13'), d('2024-07-26'), 6, fr)).toBe('2 ans et 7 mois plus tard');
    expect(gapLabel(d('2024-01-01'), d('2024-09-01'), 6, fr)).toBe('8 mois plus tard');
  });
});

describe('dateSearchForms', () => {
  it('gives French forms of a French day, and no US month/day form', () => {
    const forms = dateSearchForms(d('2024-07-26'), 'fr');
    expect(forms).toEqual(
      expect.arrayContaining(['26 juillet 2024', '26/07/2024', '2024-07-26', 'juillet 2024', '2024']),
    );
    expect(forms.join()).not.toMatch(/July|07\/26/);
  });

  it('adds "1er" for the first of a month in French', () => {
    expect(dateSearchForms(d('2024-07-01'), 'fr')).toContain('1er juillet 2024');
  });

  it('keeps the English forms for English', () => {
    expect(dateSearchForms(d('2014-06-19'), 'en-GB')).toEqual([
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
});
