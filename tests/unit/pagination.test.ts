import { describe, expect, it } from 'vitest';
import { firstPageOfYear, pageOfEach, paginate } from '../../src/lib/pagination';

const entries = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `e${String(i)}`, year: 2000 + Math.floor(i / 4) }));

describe('paginate', () => {
  it('keeps a small timeline on one page', () => {
    expect(paginate(entries(5), 10).map((p) => p.entries.length)).toEqual([5]);
  });
  it('splits a long timeline into full pages and a last partial page', () => {
    expect(paginate(entries(25), 10).map((p) => [p.number, p.entries.length])).toEqual([
      [1, 10],
      [2, 10],
      [3, 5],
    ]);
  });
  it('gives an empty timeline one empty page', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, entries: [] }]);
  });
  it('refuses a page size below one', () => {
    expect(() => paginate(entries(3), 0)).toThrow(RangeError);
  });
});

describe('pageOfEach', () => {
  it('maps every id to its page', () => {
    const map = pageOfEach(paginate(entries(25), 10));
    expect([map.get('e0'), map.get('e10'), map.get('e24')]).toEqual([1, 2, 3]);
  });
});

describe('firstPageOfYear', () => {
  it('points each year at the page where it starts, even when it runs onto the next', () => {
    const first = firstPageOfYear(paginate(entries(12), 5), (e) => e.year);
    expect([...first]).toEqual([
      [2000, 1],
      [2001, 1],
      [2002, 2],
    ]);
  });
});
