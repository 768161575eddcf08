import { describe, expect, it } from 'vitest';
import { IdAllocator, slugify, wantedEventId } from '../../../src/lib/import/ids';
import { ID_PATTERN } from '../../../src/lib/content/validate';

describe('slugify', () => {
  it('makes lower-case words joined by hyphens, accents taken off', () => {
    expect(slugify("Arab Army led by Omar Ibn Al-'Aas takes Alexandria")).toBe(
      'arab-army-led-by-omar-ibn-al-aas-takes-alexandria',
    );
    expect(slugify('Nicéphore Niépce')).toBe('nicephore-niepce');
    expect(slugify('  --  ')).toBe('');
  });

  it('cuts a long slug at a word boundary, and the result is always a valid id', () => {
    const slug = slugify('0602 ' + 'word '.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(ID_PATTERN);
  });
});

describe('IdAllocator', () => {
  it('gives the first asker the id and numbers the next ones, in order', () => {
    const ids = new IdAllocator();
    expect(ids.take('1960-10-07 The second debate', 'x')).toBe('1960-10-07-the-second-debate');
    expect(ids.take('1960-10-07 The second debate', 'x')).toBe('1960-10-07-the-second-debate-2');
    expect(ids.take('1960-10-07 the SECOND debate!', 'x')).toBe('1960-10-07-the-second-debate-3');
  });

  it('uses the fallback when the wish has no letters or digits', () => {
    const ids = new IdAllocator();
    expect(ids.take('—', '1960-event')).toBe('1960-event');
    expect(ids.take('', '1960-event')).toBe('1960-event-2');
  });
});

describe('wantedEventId', () => {
  it('prefers the unique_id the timeline gives', () => {
    expect(wantedEventId('1960', 'Title', 'rally-opens')).toBe('rally-opens');
  });

  it('else starts with the date, as the engine’s ids do by convention', () => {
    expect(wantedEventId('0602', 'Last great war')).toBe('0602-Last great war');
    expect(wantedEventId('0602', 'Last great war', '  ')).toBe('0602-Last great war');
  });
});
