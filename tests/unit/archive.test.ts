import { describe, expect, it } from 'vitest';
import {
  archiveLink,
  robustLinkAttributes,
  versionDate,
  waybackAll,
  waybackNear,
  waybackTimestamp,
} from '../../src/lib/archive';
import { parsePartialDate } from '../../src/lib/model/dates';

const d = parsePartialDate;
const url = 'https://example.org/news/story?id=1';

describe('versionDate', () => {
  it('is the day the source was read when it is recorded', () => {
    expect(versionDate({ accessed: d('2024-01-02'), published: d('2023-11-16') })).toEqual(d('2024-01-02'));
  });
  it('falls back to the publication date', () => {
    expect(versionDate({ published: d('2023-11') })).toEqual(d('2023-11'));
  });
  it('is undefined when neither is known', () => {
    expect(versionDate({})).toBeUndefined();
  });
});

describe('waybackTimestamp', () => {
  it('writes a full day as YYYYMMDD', () => {
    expect(waybackTimestamp(d('2023-11-16'))).toBe('20231116');
  });
  it('writes a month or a year only as precisely as known', () => {
    expect(waybackTimestamp(d('2023-11'))).toBe('202311');
    expect(waybackTimestamp(d('2023'))).toBe('2023');
  });
});

describe('waybackNear', () => {
  it('asks the Internet Archive for the capture nearest the date, keeping the address whole', () => {
    expect(waybackNear(url, d('2023-11-16'))).toBe(
      'https://web.archive.org/web/20231116/https://example.org/news/story?id=1',
    );
  });
});

describe('waybackAll', () => {
  it('lists every capture of the address', () => {
    expect(waybackAll(url)).toBe('https://web.archive.org/web/*/https://example.org/news/story?id=1');
  });
});

describe('archiveLink', () => {
  it('uses a recorded snapshot as it is', () => {
    const archived = 'https://web.archive.org/web/20231117000000/https://example.org/news/story?id=1';
    expect(archiveLink({ url, archived, published: d('2023-11-16') })).toEqual({ kind: 'snapshot', href: archived });
  });
  it('without a snapshot, asks for the capture nearest the day the source was read, and says it is a search', () => {
    expect(archiveLink({ url, accessed: d('2024-02-03'), published: d('2023-11-16') })).toEqual({
      kind: 'search',
      href: 'https://web.archive.org/web/20240203/https://example.org/news/story?id=1',
      near: d('2024-02-03'),
      nearLabel: '3 February 2024',
    });
  });
  it('with only a publication month, looks near that month', () => {
    const link = archiveLink({ url, published: d('2023-11') });
    expect(link).toMatchObject({ kind: 'search', nearLabel: 'November 2023' });
    expect(link?.href).toContain('/web/202311/');
  });
  it('with no date at all, lists every capture rather than inventing one', () => {
    expect(archiveLink({ url })).toEqual({ kind: 'search-any', href: waybackAll(url) });
  });
  it('gives nothing for a source with no address and no snapshot', () => {
    expect(archiveLink({ published: d('2023') })).toBeUndefined();
  });
});

describe('robustLinkAttributes', () => {
  it('carries the original address, the snapshot and its date', () => {
    const archived = 'https://web.archive.org/web/2023/https://example.org/a';
    expect(robustLinkAttributes(url, { url, archived, accessed: d('2023-12-01') })).toEqual({
      'data-originalurl': url,
      'data-versionurl': archived,
      'data-versiondate': '2023-12-01',
    });
  });
  it('never names a search of the archive as a version', () => {
    const attributes = robustLinkAttributes(url, { url, published: d('2023-11-16') });
    expect(attributes).toEqual({ 'data-originalurl': url, 'data-versiondate': '2023-11-16' });
    expect(attributes).not.toHaveProperty('data-versionurl');
  });
  it('leaves the date out when none is known', () => {
    expect(robustLinkAttributes(url, { url })).toEqual({ 'data-originalurl': url });
  });
});
