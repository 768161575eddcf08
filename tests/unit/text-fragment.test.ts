import { describe, expect, it } from 'vitest';
import { encodeTextDirectiveTerm, quoteSegments, textDirective, withTextFragment } from '../../src/lib/text-fragment';

describe('encodeTextDirectiveTerm', () => {
  it('percent-encodes the characters the syntax reserves: dash, ampersand and comma', () => {
    expect(encodeTextDirectiveTerm('a-b & c, d')).toBe('a%2Db%20%26%20c%2C%20d');
  });
  it('encodes spaces as %20, never as +', () => {
    expect(encodeTextDirectiveTerm('two words')).toBe('two%20words');
  });
  it('encodes the hash, percent sign and non-ASCII letters as UTF-8', () => {
    expect(encodeTextDirectiveTerm('100% #1 café “x”')).toBe('100%25%20%231%20caf%C3%A9%20%E2%80%9Cx%E2%80%9D');
  });
  it('leaves the characters the grammar allows unescaped', () => {
    expect(encodeTextDirectiveTerm("it's (not) here!")).toBe("it's%20(not)%20here!");
  });
  it('round-trips through decodeURIComponent', () => {
    const term = 'gross-misconduct, said the IOPC & the Met';
    expect(decodeURIComponent(encodeTextDirectiveTerm(term))).toBe(term);
  });
});

describe('quoteSegments', () => {
  it('keeps a plain quote whole, whitespace collapsed', () => {
    expect(quoteSegments('one  two\nthree')).toEqual(['one two three']);
  });
  it('splits at an omission, written as an ellipsis or three dots', () => {
    expect(quoteSegments('the start … the end')).toEqual(['the start', 'the end']);
    expect(quoteSegments('the start ... the end')).toEqual(['the start', 'the end']);
  });
  it('splits at an editor’s bracketed insertion', () => {
    expect(quoteSegments('[Port] was jailed')).toEqual(['was jailed']);
  });
  it('drops quotation marks around the quote and segments with no letters', () => {
    expect(quoteSegments('“quoted” …')).toEqual(['quoted']);
  });
});

describe('textDirective', () => {
  it('gives a short quote whole', () => {
    expect(textDirective('eight officers')).toBe('text=eight%20officers');
  });
  it('gives a long quote as textStart,textEnd of four words each', () => {
    const quote = 'one two three four five six seven eight nine ten eleven twelve';
    expect(textDirective(quote)).toBe('text=one%20two%20three%20four,nine%20ten%20eleven%20twelve');
  });
  it('keeps the two ends of a quote just over the limit from overlapping', () => {
    const quote = 'a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11';
    const [start = '', end = ''] = (textDirective(quote) ?? '').slice(5).split(',');
    expect(decodeURIComponent(start).split(' ').length + decodeURIComponent(end).split(' ').length).toBeLessThanOrEqual(
      11,
    );
  });
  it('links a quote with an omission from its first passage to its last', () => {
    expect(textDirective('the jury found … failings')).toBe('text=the%20jury%20found,failings');
  });
  it('encodes a dash inside the quote so it is not read as a prefix or suffix', () => {
    expect(textDirective('a gross-misconduct notice')).toBe('text=a%20gross%2Dmisconduct%20notice');
  });
  it('gives nothing for a quote with no words', () => {
    expect(textDirective('…')).toBeUndefined();
  });
});

describe('withTextFragment', () => {
  it('appends the directive after #:~: to an address with no fragment', () => {
    expect(withTextFragment('https://example.org/a', 'some words')).toBe('https://example.org/a#:~:text=some%20words');
  });
  it('keeps an existing fragment and adds the directive after it', () => {
    expect(withTextFragment('https://example.org/a#para-3', 'some words')).toBe(
      'https://example.org/a#para-3:~:text=some%20words',
    );
  });
  it('joins a second directive with & when the address already has one', () => {
    expect(withTextFragment('https://example.org/a#:~:text=x', 'y')).toBe('https://example.org/a#:~:text=x&text=y');
  });
  it('keeps a query string intact', () => {
    expect(withTextFragment('https://example.org/a?b=1&c=2', 'q')).toBe('https://example.org/a?b=1&c=2#:~:text=q');
  });
  it('leaves the address alone when the quote has nothing to find', () => {
    expect(withTextFragment('https://example.org/a', '[…]')).toBe('https://example.org/a');
  });
});
