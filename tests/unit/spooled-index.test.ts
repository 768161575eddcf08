import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spooledIndex, type Indexed, type PageIndexer } from '../../src/integrations/pagefind/spooled-index';

/** An indexer that records what it was told, reading each named file as Pagefind would. */
function recorder(answer: (glob: string) => Indexed = () => ({ errors: [], page_count: 1 })) {
  const calls: { how: 'file' | 'text'; path: string; content: string }[] = [];
  const indexer: PageIndexer = {
    addDirectory: ({ path, glob = '' }) => {
      calls.push({ how: 'file', path: glob, content: readFileSync(join(path, glob), 'utf8') });
      return Promise.resolve(answer(glob));
    },
    addHTMLFile: ({ sourcePath, content }) => {
      calls.push({ how: 'text', path: sourcePath, content });
      return Promise.resolve({ errors: [] });
    },
  };
  return { calls, indexer };
}

const spoolFolder = () => mkdtempSync(join(tmpdir(), 'timeline-spool-test-'));
/** Every file left under a folder. */
const filesIn = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);

describe('spooledIndex', () => {
  it('names each page to the indexer as a file, in the order the pages were handed over', async () => {
    const { calls, indexer } = recorder();
    const live = spooledIndex(Promise.resolve(indexer), spoolFolder(), []);
    // A long page first: its file takes longest to write, and must still be named first.
    const pages = [
      ['events/long/index.html', 'x'.repeat(2_000_000)],
      ['events/b/index.html', '<p>b</p>'],
      ['people/c/index.html', '<p>c</p>'],
      ['404.html', '<p>missing</p>'],
    ] as const;
    for (const [path, html] of pages) await live.add(path, html);
    await live.settled();
    expect(calls.map((c) => [c.how, c.path, c.content.length])).toEqual(
      pages.map(([path, html]) => ['file', path, html.length]),
    );
    expect([live.handed(), live.indexed()]).toEqual([4, 4]);
  });

  it('deletes each page’s file once it is indexed', async () => {
    const folder = spoolFolder();
    const live = spooledIndex(Promise.resolve(recorder().indexer), folder, []);
    await live.add('events/a/index.html', '<p>a</p>');
    await live.settled();
    expect(existsSync(join(folder, 'events'))).toBe(true);
    expect(filesIn(folder)).toEqual([]);
  });

  it('hands a page whose path a glob would read otherwise as text, keeping its place', async () => {
    const { calls, indexer } = recorder();
    const live = spooledIndex(Promise.resolve(indexer), spoolFolder(), []);
    await live.add('events/a/index.html', 'a');
    await live.add('events/b[1]/index.html', 'b');
    await live.add('events/{c,d}/index.html', 'c');
    await live.add('events/e/index.html', 'e');
    await live.settled();
    expect(calls.map((c) => `${c.how} ${c.path}`)).toEqual([
      'file events/a/index.html',
      'text events/b[1]/index.html',
      'text events/{c,d}/index.html',
      'file events/e/index.html',
    ]);
    expect(live.indexed()).toBe(4);
  });

  it('reports, naming the page, what the indexer said was wrong and a page it did not read', async () => {
    const errors: string[] = [];
    const { indexer } = recorder((glob) =>
      glob.includes('bad') ? { errors: ['could not parse'], page_count: 1 } : { errors: [], page_count: 0 },
    );
    const live = spooledIndex(Promise.resolve(indexer), spoolFolder(), errors);
    await live.add('events/bad/index.html', 'x');
    await live.add('events/lost/index.html', 'y');
    await live.settled();
    expect(errors).toEqual([
      'events/bad/index.html: could not parse',
      'events/lost/index.html: Pagefind read 0 pages, not 1',
    ]);
  });

  it('reports a page whose file could not be written, and still indexes the pages after it', async () => {
    const folder = spoolFolder();
    // A file where the page's folder should be: the page cannot be written there.
    writeFileSync(join(folder, 'events'), 'not a folder');
    const errors: string[] = [];
    const { calls, indexer } = recorder();
    const live = spooledIndex(Promise.resolve(indexer), folder, errors);
    await live.add('events/a/index.html', 'a');
    await live.add('people/b/index.html', 'b');
    await live.settled();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^events\/a\/index\.html: Error: (ENOTDIR|EEXIST)/);
    expect(calls.map((c) => c.path)).toEqual(['people/b/index.html']);
  });

  it('makes the page past the limit wait until the indexer has caught up', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const indexer: PageIndexer = {
      addDirectory: () => gate.then(() => ({ errors: [], page_count: 1 })),
      addHTMLFile: () => gate.then(() => ({ errors: [] })),
    };
    const live = spooledIndex(Promise.resolve(indexer), spoolFolder(), [], 2);
    await live.add('events/a/index.html', 'a');
    await live.add('events/b/index.html', 'b');
    let thirdBack = false;
    const third = live.add('events/c/index.html', 'c').then(() => (thirdBack = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(thirdBack).toBe(false);
    release();
    await third;
    await live.settled();
    expect(live.indexed()).toBe(3);
  });
});
