import { afterEach, describe, expect, it } from 'vitest';
import { liveIndex, pageFile, setLiveIndex } from '../../src/lib/live-index';

describe('pageFile', () => {
  it('names a directory page by its index.html', () => {
    expect(pageFile('/events/a-day/', '/')).toBe('events/a-day/index.html');
  });
  it('names the home page index.html', () => {
    expect(pageFile('/', '/')).toBe('index.html');
  });
  it('names a page without a trailing slash by its .html file', () => {
    expect(pageFile('/404', '/')).toBe('404.html');
  });
  it('leaves out the base the site is served under', () => {
    expect(pageFile('/timeline/people/x/', '/timeline/')).toBe('people/x/index.html');
    expect(pageFile('/timeline/', '/timeline')).toBe('index.html');
  });
});

describe('setLiveIndex and liveIndex', () => {
  afterEach(() => setLiveIndex(undefined));
  it('has no index outside a build', () => {
    expect(liveIndex()).toBeUndefined();
  });
  it('hands back the index a build set', () => {
    const index = { add: () => Promise.resolve() };
    setLiveIndex(index);
    expect(liveIndex()).toBe(index);
  });
});
