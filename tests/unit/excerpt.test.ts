import { describe, expect, it } from 'vitest';
import { ownExcerpt } from '../../src/scripts/excerpt';

const terms = 'June 2014 · 2014-06 · 06/2014 · 2014';
const content = `${terms}. Inquest · June 2014. The inquest into <her> death & the police opened in June.`;

describe('ownExcerpt', () => {
  it('quotes the entry’s own text, never the index-only terms, with the query’s words marked', () => {
    const excerpt = ownExcerpt(content, terms.length + 2, '2014-06') ?? '';
    expect(excerpt).not.toContain('06/2014');
    expect(excerpt.startsWith('Inquest · June 2014.')).toBe(true);
    expect(ownExcerpt(content, terms.length + 2, 'police')).toContain('<mark>police</mark>');
  });

  it('escapes the text, and marks words whatever their accents and case', () => {
    const excerpt = ownExcerpt(`${terms}. Café KOVÁRI <b>`, terms.length + 2, 'kovari') ?? '';
    expect(excerpt).toBe('Café <mark>KOVÁRI</mark> &lt;b&gt;');
  });

  it('gives up when the text does not start where the page said', () => {
    expect(ownExcerpt(content, 5, 'June')).toBeUndefined();
    expect(ownExcerpt(content, 0, 'June')).toBeUndefined();
  });
});
