import { describe, expect, it } from 'vitest';
import { fill, pending15b } from '../../src/i18n/pending-15b';

describe('fill', () => {
  it('fills each {name} slot with its value', () => {
    expect(fill(pending15b.en.citationLevels, { quoted: 3, linked: 2 })).toBe(
      '3 quoted word for word and 2 linked, not quoted.',
    );
  });
  it('leaves a slot it has no value for as written', () => {
    expect(fill('Tagged “{label}”', {})).toBe('Tagged “{label}”');
  });
});

describe('pending15b', () => {
  it('has the same keys in English and French', () => {
    expect(Object.keys(pending15b.fr).sort()).toEqual(Object.keys(pending15b.en).sort());
  });
});
