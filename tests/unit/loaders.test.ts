import { EventEmitter } from 'node:events';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';
import { devProblems, withProblemBanner } from '../../src/lib/content/dev-report';
import * as validate from '../../src/lib/content/validate';
import { caseLoaders } from '../../src/loaders';
import { caseWith, MINIMAL_SIZES } from '../helpers/fixtures';

// Counts the whole-case checks the loaders run, without changing what they return.
vi.mock('../../src/lib/content/validate', async (importOriginal) => {
  const actual = await importOriginal<typeof validate>();
  return { ...actual, validateCase: vi.fn(actual.validateCase) };
});
const validateCase = vi.mocked(validate.validateCase);

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
  rendered?: { html: string };
}

/** The parts of Astro's loader context the case loader uses, recording what it is given. */
function fakeAstro(watcher?: EventEmitter & { add: () => void }) {
  const stores = new Map<string, Map<string, Stored>>();
  const logged: { level: string; message: string }[] = [];
  const rendered: string[] = [];
  const context = (collection: string) => {
    const entries = stores.get(collection) ?? new Map<string, Stored>();
    stores.set(collection, entries);
    return {
      collection,
      store: {
        get: (id: string) => entries.get(id),
        set: (entry: Stored) => entries.set(entry.id, entry) && true,
        delete: (id: string) => entries.delete(id),
        keys: () => [...entries.keys()],
      },
      logger: {
        info: (message: string) => logged.push({ level: 'info', message }),
        warn: (message: string) => logged.push({ level: 'warn', message }),
        error: (message: string) => logged.push({ level: 'error', message }),
      },
      config: { root: pathToFileURL(`${process.cwd()}/`) },
      generateDigest: (text: string) => text,
      renderMarkdown: (body: string) => {
        rendered.push(body);
        return Promise.resolve({ html: `<p>${body.trim()}</p>` });
      },
      watcher,
    } as unknown as LoaderContext;
  };
  return { stores, logged, rendered, context };
}

function fakeWatcher() {
  return Object.assign(new EventEmitter(), { add: () => undefined });
}

const COLLECTIONS = ['site', 'events', 'people', 'investigations', 'sources', 'pages'] as const;
const EVENT = 'events/2015-01-10-first-event.md';

async function loadAll(dir: string, astro: ReturnType<typeof fakeAstro>) {
  const content = caseLoaders(dir);
  await Promise.all(COLLECTIONS.map((name) => content.loader(name).load(astro.context(name))));
  return content;
}

describe('caseLoaders', () => {
  it('checks the whole case once for all six collections, and stores each entry with its data, body and HTML', async () => {
    validateCase.mockClear();
    const astro = fakeAstro();
    await loadAll(caseWith(), astro);
    expect(validateCase).toHaveBeenCalledTimes(1);
    expect(Object.fromEntries([...astro.stores].map(([name, entries]) => [name, entries.size]))).toEqual(MINIMAL_SIZES);
    const event = astro.stores.get('events')?.get('2015-01-10-first-event');
    expect(event?.data).toMatchObject({
      date: { year: 2015, month: 1, day: 10, precision: 'day' },
      citations: [{ source: { id: 'the-gazette', collection: 'sources' } }],
    });
    expect(event?.body).toContain('A body with a [safe link]');
    expect(event?.rendered?.html).toContain('A body with a [safe link]');
    expect(event?.filePath).toMatch(/events\/2015-01-10-first-event\.md$/);
    // A temporary copy has no git history: the build says so once, as a warning.
    expect(astro.logged).toEqual([
      { level: 'warn', message: expect.stringMatching(/git history/) as unknown },
      { level: 'info', message: 'Content checked: 1 events, 2 people, 1 investigations, 1 sources, 1 pages.' },
    ]);
  });

  it('stops a build with every problem, as file: field: message, and no stack trace', async () => {
    const astro = fakeAstro();
    const failure = loadAll(caseWith('many-problems'), astro);
    await expect(failure).rejects.toThrow(
      /^The content has 4 problem\(s\) \(in [^\n]+\):\n {2}events\/2015-01-10-first-event\.md: title:/,
    );
    const error: unknown = await failure.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).stack).toBe('');
    expect([...astro.stores.values()].every((entries) => entries.size === 0)).toBe(true);
  });

  it('in dev, re-checks the case once per save, keeps the last good content while it is broken, and reloads the fix', async () => {
    const dir = caseWith();
    const watcher = fakeWatcher();
    const astro = fakeAstro(watcher);
    await loadAll(dir, astro);
    const file = join(dir, EVENT);
    const good = readFileSync(file, 'utf8');
    validateCase.mockClear();
    astro.rendered.length = 0;

    writeFileSync(file, good.replace('person: ada-lovelace', 'person: ada-lovelance'));
    watcher.emit('all', 'change', file);
    await vi.waitFor(() => expect(astro.logged.at(-1)?.level).toBe('error'));
    expect(astro.logged.at(-1)?.message).toContain(
      `${EVENT}: people[0].person: no person "ada-lovelance" (did you mean "ada-lovelace"?)`,
    );
    expect(validateCase).toHaveBeenCalledTimes(1);
    // The stored entry is still the good one (its digest starts with the file's text).
    expect(astro.stores.get('events')?.get('2015-01-10-first-event')?.digest?.startsWith(`${good}\n`)).toBe(true);
    // Every page the dev server serves shows the problem (src/middleware.ts) until the fix.
    expect(devProblems()).toEqual([
      `${EVENT}: people[0].person: no person "ada-lovelance" (did you mean "ada-lovelace"?)`,
    ]);

    writeFileSync(file, good.replace("title: 'Something happened'", "title: 'Something changed'"));
    watcher.emit('all', 'change', file);
    await vi.waitFor(() => expect(astro.logged.at(-1)?.message).toMatch(/^Content checked/));
    expect(validateCase).toHaveBeenCalledTimes(2);
    expect(devProblems()).toEqual([]);
    expect(astro.stores.get('events')?.get('2015-01-10-first-event')?.data['title']).toBe('Something changed');
    // Only the changed file is rendered again.
    expect(astro.rendered).toHaveLength(1);
  });

  it('in dev, drops a deleted entry and ignores changes outside the case folder', async () => {
    const dir = caseWith();
    const watcher = fakeWatcher();
    const astro = fakeAstro(watcher);
    await loadAll(dir, astro);
    validateCase.mockClear();

    watcher.emit('all', 'change', join(process.cwd(), 'README.md'));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(validateCase).not.toHaveBeenCalled();

    rmSync(join(dir, 'pages', 'about.md'));
    watcher.emit('all', 'unlink', join(dir, 'pages', 'about.md'));
    await vi.waitFor(() => expect(astro.stores.get('pages')?.size).toBe(0));
    expect(validateCase).toHaveBeenCalledTimes(1);
  });
});

describe('withProblemBanner', () => {
  it('puts the problems first in the body, escaped, and leaves a page alone when there are none', () => {
    const page = '<html><body class="x"><h1>Title</h1></body></html>';
    expect(withProblemBanner(page, 'The content has 1 problem.', [])).toBe(page);
    expect(withProblemBanner(page, 'The content has 1 problem.', ['a.md: title: <b> & "x"'])).toBe(
      '<html><body class="x"><div class="dev-problems" role="alert"><p>The content has 1 problem.</p><ul><li><code>a.md: title: &lt;b&gt; &amp; &quot;x&quot;</code></li></ul></div><h1>Title</h1></body></html>',
    );
  });
});
