import { describe, expect, it } from 'vitest';
import { alsoNamed, isPartOfName } from '../../src/lib/model/names';

describe('isPartOfName', () => {
  it('is true for a surname or first name on its own', () => {
    expect(isPartOfName('Walgate', 'Anthony Walgate')).toBe(true);
    expect(isPartOfName('anthony', 'Anthony Walgate')).toBe(true);
    expect(isPartOfName('Kovari', 'Gabriel Kovári')).toBe(true);
    expect(isPartOfName('Smith', 'Jane Ann Smith-Jones')).toBe(true);
  });

  it('is false for another name, a title with a name, or a word not in the name', () => {
    expect(isPartOfName('Dame Cressida Dick', 'Cressida Dick')).toBe(false);
    expect(isPartOfName('Amanda Whitworth', 'Mandy Pearson')).toBe(false);
    expect(isPartOfName('Mandy', 'Amanda Pearson')).toBe(false);
    expect(isPartOfName('', 'Anthony Walgate')).toBe(false);
  });

  it('works for names in other scripts', () => {
    expect(isPartOfName('محمد', 'محمد علي')).toBe(true);
    expect(isPartOfName('Ἀριστοτέλης', 'Ἀριστοτέλης ὁ Σταγειρίτης')).toBe(true);
  });
});

describe('alsoNamed', () => {
  it('keeps real other names in their order and drops bare parts of the name', () => {
    expect(alsoNamed(['Savell', 'Commander Jon Savell', 'Cdr Jon Savell'], 'Jon Savell')).toEqual([
      'Commander Jon Savell',
      'Cdr Jon Savell',
    ]);
    expect(alsoNamed(['Port'], 'Stephen Port')).toEqual([]);
  });
});
