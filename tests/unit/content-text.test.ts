import { describe, expect, it } from 'vitest';
import { bidiControlProblems } from '../../src/lib/content/bidi';
import { neutraliseCsvCell } from '../../src/lib/outputs/csv-cell';
import { isLanguageTag } from '../../src/lib/model/language-tag';
import { stringLeaves } from '../../src/lib/content/leaves';
import { bodyLimit, fieldLengthProblems, markdownNestingEstimate } from '../../src/lib/content/limits';

describe('stringLeaves', () => {
  it('lists every string with the path an editor would write', () => {
    expect(stringLeaves({ title: 'a', citations: [{ quote: 'b' }], n: 1 })).toEqual([
      { path: 'title', value: 'a' },
      { path: 'citations[0].quote', value: 'b' },
    ]);
  });
  it('walks deep data without recursion', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(stringLeaves(deep)).toHaveLength(1);
  });
});

describe('bidiControlProblems', () => {
  it('names the field and the character of a right-to-left override or a mark', () => {
    expect(bidiControlProblems({ title: 'a\u202Eb', people: [{ role: 'x\u200Fy' }] }).map((p) => p.field)).toEqual([
      'title',
      'people[0].role',
    ]);
    expect(bidiControlProblems({ name: '\u061Cx' })[0]?.message).toMatch(/U\+061C ARABIC LETTER MARK/);
  });
  it('accepts right-to-left text itself', () => {
    expect(bidiControlProblems({ title: 'تحقيق الشرطة', name: 'דוד' })).toEqual([]);
  });
});

describe('isLanguageTag', () => {
  it('accepts well-formed BCP 47 tags', () => {
    for (const tag of ['en', 'en-GB', 'ar', 'zh-Hant-TW', 'sr-Latn']) expect(isLanguageTag(tag)).toBe(true);
  });
  it('refuses words, underscores, spaces and empty text', () => {
    for (const tag of ['english', 'en_GB', 'en GB', '', ' en', '"><script>']) expect(isLanguageTag(tag)).toBe(false);
  });
});

describe('neutraliseCsvCell', () => {
  it('prefixes text a spreadsheet would run as a formula', () => {
    expect(neutraliseCsvCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseCsvCell('+1')).toBe("'+1");
    expect(neutraliseCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCsvCell('\tx')).toBe("'\tx");
  });
  it('leaves every other cell exactly as written', () => {
    expect(neutraliseCsvCell('A title = a title')).toBe('A title = a title');
    expect(neutraliseCsvCell('')).toBe('');
  });
});

describe('fieldLengthProblems', () => {
  it('allows short fields up to 300 characters and long ones up to 3,000', () => {
    expect(fieldLengthProblems({ title: 'x'.repeat(300), summary: 'x'.repeat(3000) })).toEqual([]);
  });
  it('refuses a longer title or quote, naming the field and the size', () => {
    expect(fieldLengthProblems({ title: 'x'.repeat(301), citations: [{ quote: 'x'.repeat(3001) }] })).toEqual([
      { field: 'title', message: 'is 301 characters long: this field may hold at most 300' },
      { field: 'citations[0].quote', message: 'is 3,001 characters long: this field may hold at most 3,000' },
    ]);
  });
  it('counts characters, not UTF-16 units, so emoji are not penalised', () => {
    expect(fieldLengthProblems({ title: '🕯'.repeat(300) })).toEqual([]);
  });
});

describe('bodyLimit', () => {
  it('allows 100,000 characters and refuses more', () => {
    expect(bodyLimit('x'.repeat(100_000))).toBeUndefined();
    expect(bodyLimit('x'.repeat(100_001))?.message).toMatch(/^is 100,001 characters long/);
  });
});

describe('markdownNestingEstimate', () => {
  it('counts quote markers, list markers and indentation at the start of lines', () => {
    expect(markdownNestingEstimate('text\n> > quote\n- a\n  - b')).toEqual({ depth: 2, line: 2 });
    expect(markdownNestingEstimate('1. one\n   2) two').depth).toBe(2);
  });
  it('ignores markers that are not at the start of the line', () => {
    expect(markdownNestingEstimate('a > b - c').depth).toBe(0);
  });
});
