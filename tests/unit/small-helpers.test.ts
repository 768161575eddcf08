import { describe, expect, it } from 'vitest';
import { caseOutput, contentDir } from '../../src/lib/content/content-dir';
import { groupInOrder, unique } from '../../src/lib/model/grouping';
import { makeLinks } from '../../src/lib/model/links';
import { caseParts, holdsEntries } from '../../src/lib/model/parts';
import { closest, editDistance } from '../../src/lib/model/suggest';

describe('contentDir', () => {
  it('defaults to ./content', () => {
    expect(contentDir({})).toBe('./content');
  });
  it('follows TIMELINE_CONTENT without a trailing slash', () => {
    expect(contentDir({ TIMELINE_CONTENT: '/tmp/case/' })).toBe('/tmp/case');
  });
  it('ignores an empty setting', () => {
    expect(contentDir({ TIMELINE_CONTENT: '  ' })).toBe('./content');
  });
});

describe('caseOutput', () => {
  it('builds the project case into dist/ with the default cache', () => {
    expect(caseOutput({})).toEqual({ outDir: './dist', cacheDir: undefined });
    expect(caseOutput({ TIMELINE_CONTENT: './content/' })).toEqual({ outDir: './dist', cacheDir: undefined });
  });
  it('builds another case into a folder and a cache of its own, named after its folder', () => {
    expect(caseOutput({ TIMELINE_CONTENT: '../my-case/' })).toEqual({
      outDir: './dist-my-case',
      cacheDir: './node_modules/.astro-my-case',
    });
  });
  it('follows TIMELINE_DIST and TIMELINE_CACHE_DIR when they are set', () => {
    expect(caseOutput({ TIMELINE_CONTENT: '/cases/a', TIMELINE_DIST: '/out/a', TIMELINE_CACHE_DIR: '/c' })).toEqual({
      outDir: '/out/a',
      cacheDir: '/c',
    });
  });
});

describe('makeLinks', () => {
  it('builds addresses at the domain root', () => {
    const links = makeLinks('/');
    expect(links.entry('events', '2014-06-19-found')).toBe('/events/2014-06-19-found/');
    expect(links.section('people')).toBe('/people/');
    expect(links.home()).toBe('/');
    expect(links.onTimeline('x')).toBe('/#x');
    expect(links.onTimeline('x', 3)).toBe('/timeline/3/#x');
    expect(links.timelinePage(1)).toBe('/');
    expect(links.timelinePage(2)).toBe('/timeline/2/');
  });
  it('numbers the later pages of a list after its own address, under the base path', () => {
    const links = makeLinks('/timeline/');
    expect(links.listPage(links.section('sources'), 1)).toBe('/timeline/sources/');
    expect(links.listPage(links.section('sources'), 2)).toBe('/timeline/sources/2/');
    expect(links.listPage(links.entry('tags', 'launch'), 3)).toBe('/timeline/tags/launch/3/');
  });
  it('keeps every address under a base path', () => {
    for (const base of ['/timeline/', '/timeline']) {
      const links = makeLinks(base);
      expect(links.entry('sources', 's')).toBe('/timeline/sources/s/');
      expect(links.page('/about/')).toBe('/timeline/about/');
    }
  });
});

describe('editDistance', () => {
  it('counts single-letter edits', () => {
    expect(editDistance('antony-walgate', 'anthony-walgate')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('closest', () => {
  it('suggests the nearest id for a typo', () => {
    expect(closest('antony-walgate', ['anthony-walgate', 'jack-taylor'])).toBe('anthony-walgate');
  });
  it('suggests nothing when nothing is close', () => {
    expect(closest('someone-else-entirely', ['jack-taylor'])).toBeUndefined();
  });
  it('suggests nothing when there is nothing to choose from', () => {
    expect(closest('a', [])).toBeUndefined();
  });
});

describe('groupInOrder', () => {
  it('groups by the first matching key in the given order and drops empty groups', () => {
    const people = [
      { name: 'a', roles: ['family'] },
      { name: 'b', roles: ['victim'] },
      { name: 'c', roles: ['lawyer', 'family'] },
    ];
    const groups = groupInOrder(people, ['victim', 'family', 'lawyer', 'judge'], (p) => p.roles);
    expect(groups.map((g) => [g.key, g.entries.map((p) => p.name)])).toEqual([
      ['victim', ['b']],
      ['family', ['a', 'c']],
    ]);
  });
});

describe('unique', () => {
  it('keeps the first of each value, in order', () => {
    expect(unique(['b', 'a', 'b'])).toEqual(['b', 'a']);
  });
});

describe('caseParts', () => {
  it('has investigations and an about page when the case holds them', () => {
    expect(caseParts({ counts: { investigations: 2 }, pages: ['about', 'method'] })).toEqual({
      investigations: true,
      about: true,
    });
  });

  it('leaves out investigations when the folder is empty or missing, and the about page when no page is "about"', () => {
    expect(caseParts({ counts: { investigations: 0 }, pages: ['method'] })).toEqual({
      investigations: false,
      about: false,
    });
    expect(caseParts({ counts: {}, pages: [] })).toEqual({ investigations: false, about: false });
  });
});

describe('holdsEntries', () => {
  it('is true only for a folder with at least one entry', () => {
    const contents = { counts: { events: 3, pages: 0 }, pages: [] };
    expect(holdsEntries(contents, 'events')).toBe(true);
    expect(holdsEntries(contents, 'pages')).toBe(false);
    expect(holdsEntries(contents, 'people')).toBe(false);
  });
});
