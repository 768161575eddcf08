import { describe, expect, it } from 'vitest';
import { nearestPassage, normaliseText, quoteInCopy, quoteParts } from '../../src/lib/content/quote-match';

const copy = `Eight Metropolitan Police officers are being investigated over their handling of the case.

The watchdog said it had “reviewed the evidence” — and found   officers’ decisions
were not good enough. A spokesperson said: "We are sorry."`;

describe('normaliseText', () => {
  it('collapses runs of whitespace and line breaks to one space', () => {
    expect(normaliseText('a  b\n\tc ')).toBe('a b c');
  });
  it('makes curly and straight quotes and apostrophes alike', () => {
    expect(normaliseText('“officers’ decisions”')).toBe(normaliseText('"officers\' decisions"'));
  });
  it('makes every kind of dash a hyphen, keeping spaced dashes apart from joined words', () => {
    expect(normaliseText('evidence — and')).toBe('evidence - and');
    expect(normaliseText('evidence–and')).toBe('evidence-and');
    expect(normaliseText('gross‑misconduct')).toBe('gross-misconduct');
  });
  it('ignores letter case and soft hyphens', () => {
    expect(normaliseText('Inves\u00adtigated')).toBe('investigated');
  });
});

describe('quoteParts', () => {
  it('splits a quote at an omission and drops bracketed insertions', () => {
    expect(quoteParts('[The] watchdog said … not good enough')).toEqual(['watchdog said', 'not good enough']);
  });
  it('drops quotation marks the editor put around the quote', () => {
    expect(quoteParts('"We are sorry."')).toEqual(['we are sorry.']);
  });
});

describe('quoteInCopy', () => {
  it('finds a quote that differs only in quotes, dashes, case and line breaks', () => {
    expect(quoteInCopy('reviewed the evidence" - and found officers\' decisions were', copy)).toBe(true);
  });
  it('finds a quote with an omission when both passages are there in order', () => {
    expect(quoteInCopy('Eight Metropolitan Police officers … handling of the case', copy)).toBe(true);
  });
  it('refuses passages that are there but out of order', () => {
    expect(quoteInCopy('handling of the case … Eight Metropolitan Police officers', copy)).toBe(false);
  });
  it('refuses a one-word slip', () => {
    expect(quoteInCopy('Eight Metropolitan Police officers are being interviewed', copy)).toBe(false);
  });
  it('refuses a quote with no words in it', () => {
    expect(quoteInCopy('…', copy)).toBe(false);
  });
});

describe('nearestPassage', () => {
  it('finds the sentence a one-word slip was meant to quote, as the copy writes it', () => {
    expect(nearestPassage('officers are being interviewed over their handling', copy)).toMatchObject({
      text: 'officers are being investigated over their handling',
      distance: 1,
    });
  });
  it('finds a passage that runs over a line break, giving it on one line', () => {
    expect(nearestPassage('found officers decision were not good enough', copy)?.text).toBe(
      'found officers’ decisions were not good enough.',
    );
  });
  it('copes with a quote longer than the copy', () => {
    expect(nearestPassage('one two three four five', 'one two')).toMatchObject({ text: 'one two', distance: 3 });
  });
  it('gives nothing for an empty copy', () => {
    expect(nearestPassage('anything', '   ')).toBeUndefined();
  });
});
