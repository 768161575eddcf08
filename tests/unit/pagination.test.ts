import { describe, expect, it } from 'vitest';
import { firstPageOfYear, pageNumbers, pageOfEach, paginate, paginateGroups } from '../../src/lib/model/pagination';

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
  it('keeps a list of exactly one page size on one page, and puts one more on a second page', () => {
    expect(paginate(entries(10), 10).map((p) => p.entries.length)).toEqual([10]);
    expect(paginate(entries(11), 10).map((p) => p.entries.length)).toEqual([10, 1]);
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

describe('paginateGroups', () => {
  const group = (key: string, n: number) => ({
    key,
    heading: key.toUpperCase(),
    entries: Array.from({ length: n }, (_, i) => `${key}${String(i)}`),
  });
  const shape = (pages: ReturnType<typeof paginateGroups<string, ReturnType<typeof group>>>) =>
    pages.map((p) => [p.number, p.entries.map((g) => `${g.key}:${String(g.entries.length)}`)]);

  it('gives an empty list one empty page', () => {
    expect(paginateGroups([], 3)).toEqual([{ number: 1, entries: [] }]);
  });
  it('keeps groups of exactly one page size in all on one page, unchanged', () => {
    const groups = [group('a', 2), group('b', 1)];
    const pages = paginateGroups(groups, 3);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.entries).toEqual(groups);
  });
  it('puts one entry more than a page size on a second page, under its group heading', () => {
    expect(shape(paginateGroups([group('a', 2), group('b', 2)], 3))).toEqual([
      [1, ['a:2', 'b:1']],
      [2, ['b:1']],
    ]);
  });
  it('splits a group across a page boundary, keeping its other fields on both pages', () => {
    const pages = paginateGroups([group('a', 1), group('b', 5), group('c', 1)], 3);
    expect(shape(pages)).toEqual([
      [1, ['a:1', 'b:2']],
      [2, ['b:3']],
      [3, ['c:1']],
    ]);
    expect(pages[1]?.entries[0]).toEqual({ key: 'b', heading: 'B', entries: ['b2', 'b3', 'b4'] });
  });
  it('leaves out empty groups', () => {
    expect(shape(paginateGroups([group('a', 0), group('b', 1)], 3))).toEqual([[1, ['b:1']]]);
  });
});

describe('pageNumbers', () => {
  it('shows every page of a short list', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it('shows the first, the last and the pages near the current one, with gaps between', () => {
    expect(pageNumbers(10, 20)).toEqual([1, undefined, 8, 9, 10, 11, 12, undefined, 20]);
    expect(pageNumbers(1, 20)).toEqual([1, 2, 3, undefined, 20]);
    expect(pageNumbers(20, 20)).toEqual([1, undefined, 18, 19, 20]);
  });
  it('shows a single hidden page rather than a gap standing for it', () => {
    expect(pageNumbers(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageNumbers(4, 10)).toEqual([1, 2, 3, 4, 5, 6, undefined, 10]);
  });
});
