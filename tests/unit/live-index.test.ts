import { afterEach, describe, expect, it } from 'vitest';
import {
  liveIndex,
  livePolicies,
  pageFile,
  searchablePart,
  setLiveIndex,
  setLivePolicies,
} from '../../src/integrations/rendered-pages/live-index';

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

describe('setLivePolicies and livePolicies', () => {
  afterEach(() => setLivePolicies(undefined));
  it('has no collector outside a build, whatever the search index holds', () => {
    setLiveIndex({ add: () => Promise.resolve() });
    expect(livePolicies()).toBeUndefined();
    setLiveIndex(undefined);
  });
  it('hands back the collector a build set', () => {
    const collector = { add: () => undefined };
    setLivePolicies(collector);
    expect(livePolicies()).toBe(collector);
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

describe('searchablePart', () => {
  const page = (main: string) =>
    `<!DOCTYPE html><html lang="fr" data-theme="auto"><head><title>T</title><script>let a = 1 < 2;</script></head>` +
    `<body><header><nav><a href="/">Home</a></nav></header><main>${main}</main><footer>Footer</footer></body></html>`;
  const wrapped = (element: string) =>
    `<!DOCTYPE html><html lang="fr" data-theme="auto"><head><meta charset="utf-8"></head><body>${element}</body></html>`;

  it('keeps only the marked element, inside the html tag of the page itself', () => {
    const article = '<article class="event" data-pagefind-body><h1>A day</h1><p>Text</p></article>';
    expect(searchablePart(page(`<p>Before</p>${article}<p>After</p>`))).toBe(wrapped(article));
  });
  it('keeps the filters, meta and sort spans the element holds', () => {
    const article =
      '<article data-pagefind-body><h1>A</h1><span data-pagefind-filter="type:event"></span><span data-pagefind-sort="date:2014-06-19"></span></article>';
    expect(searchablePart(page(article))).toBe(wrapped(article));
  });
  it('finds the end of an element with elements of the same name inside it', () => {
    const article = '<article data-pagefind-body><h1>A</h1><article><p>Inner</p></article><p>Still in</p></article>';
    expect(searchablePart(page(`${article}<article><p>Next</p></article>`))).toBe(wrapped(article));
  });
  it('is not misled by the attribute name written in text or inside another value', () => {
    const article = '<div data-pagefind-body><h1>A</h1></div>';
    const html = page(`<p title="x data-pagefind-body">data-pagefind-body</p>${article}`);
    expect(searchablePart(html)).toBe(wrapped(article));
  });
  it('reads a greater-than sign inside a quoted attribute value as part of the value', () => {
    const article = '<article data-terms="a > b" data-pagefind-body><h1>A</h1></article>';
    expect(searchablePart(page(article))).toBe(wrapped(article));
  });
  it('leaves out a page with no marked element', () => {
    expect(searchablePart(page('<h1>Embed</h1>'))).toBeUndefined();
  });
  it('reads an element left open to the end of the page', () => {
    const html = '<!DOCTYPE html><html lang="en"><body><article data-pagefind-body><h1>A</h1>';
    expect(searchablePart(html)).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body><article data-pagefind-body><h1>A</h1></body></html>',
    );
  });
});
