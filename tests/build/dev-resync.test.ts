import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect as expectPage } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/browser.mjs';
import { freePort, inheritedEnv, ROOT } from '../helpers/build';
import { caseWith } from '../helpers/fixtures';

// The content loader re-checks the whole case on every save in `astro dev`: a broken
// reference is reported as `file: field: message` and fixing it recovers without a restart.
// Runs the real dev server on a copy of the minimal fixture case.

const EVENT = 'events/2015-01-10-first-event.md';
const PAGE = '/events/2015-01-10-first-event/';

let server: ChildProcess;
let log = '';
let base = '';
let content = '';
let work = '';

/** Polls until `check` passes, or fails with what the dev server said so far. */
async function eventually<T>(what: string, check: () => Promise<T | undefined>, seconds = 60): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out waiting for ${what}. The dev server said:\n${log.slice(-4000)}`);
}

/** The page's HTML when it is served with `text` in it. */
async function pageWith(text: string, page = PAGE): Promise<string | undefined> {
  const response = await fetch(`${base}${page}`);
  const html = await response.text();
  return response.ok && html.includes(text) ? html : undefined;
}

/** Waits for `text` to appear in the log after position `from`, and returns the position after it. */
async function logged(text: string, from: number): Promise<number> {
  return eventually(`"${text}" in the log`, () => {
    const at = log.indexOf(text, from);
    return Promise.resolve(at < 0 ? undefined : at + text.length);
  });
}

function edit(file: string, change: (text: string) => string): void {
  const path = join(content, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

beforeAll(async () => {
  content = caseWith();
  work = mkdtempSync(join(tmpdir(), 'timeline-dev-'));
  const port = await freePort();
  base = `http://127.0.0.1:${String(port)}`;
  server = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: ROOT,
      env: {
        ...inheritedEnv(),
        ASTRO_TELEMETRY_DISABLED: '1',
        TIMELINE_CACHE_DIR: join(work, 'cache'),
        TIMELINE_CONTENT: content,
        FORCE_COLOR: '0',
      },
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  // Long: on a loaded machine, Vite's first optimisation of dependencies alone can take minutes.
  await eventually('the first page', () => pageWith('Something happened'), 270);
});

afterAll(() => {
  server.kill();
  rmSync(work, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('checks the content once at start-up', () => {
    expect(log).toContain('Content checked: 1 events, 2 people, 1 investigations, 1 sources, 1 pages.');
  });

  it('reports a reference broken by a save, keeps serving, and recovers when it is fixed', async () => {
    const before = log.length;
    edit(EVENT, (text) => text.replace('person: ada-lovelace', 'person: ada-lovelance'));
    const after = await logged(
      `${EVENT}: people[0].person: no person "ada-lovelance" (did you mean "ada-lovelace"?)`,
      before,
    );
    expect(log.slice(before)).toContain('The content has 1 problem(s)');
    // The server survives and shows the content as it was before the bad save.
    expect(await pageWith('Something happened')).toBeDefined();

    edit(EVENT, (text) =>
      text.replace('person: ada-lovelance', 'person: ada-lovelace').replace('Something happened', 'Something changed'),
    );
    await logged('Content checked: 1 events', after);
    const html = await eventually('the edited page', () => pageWith('Something changed'));
    expect(html).toContain('href="/people/ada-lovelace/"');
  });

  it('shows a refused save on the page in the browser, and the content again once it is fixed', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const before = log.length;
      edit(EVENT, (text) => text.replace("quote: 'something happened'", "quote: ''"));
      await logged('The content has 1 problem(s)', before);
      await page.goto(`${base}${PAGE}`);
      const banner = page.getByRole('alert');
      await expectPage(banner).toContainText('The content has 1 problem and is shown as it was before');
      await expectPage(banner).toContainText(`${EVENT}: citations[0].quote: must not be empty`);
      // Every page says so, not only the entry's.
      await page.goto(`${base}/people/`);
      await expectPage(page.getByRole('alert')).toContainText(`${EVENT}: citations[0].quote: must not be empty`);

      edit(EVENT, (text) => text.replace("quote: ''", "quote: 'something happened'"));
      await eventually('the banner to go', async () => {
        await page.goto(`${base}${PAGE}`);
        return (await page.getByRole('alert').count()) === 0 ? true : undefined;
      });
      await expectPage(page.locator('h1')).toContainText('Something changed');
    } finally {
      await browser.close();
    }
  });

  it('adds a new entry and removes a deleted one, and reports a stray file, without a restart', async () => {
    const added = 'events/2015-01-11-second-event.md';
    const page = '/events/2015-01-11-second-event/';
    writeFileSync(
      join(content, added),
      readFileSync(join(content, EVENT), 'utf8').replace(/title: .*/, "title: 'A second thing happened'"),
    );
    await eventually('the added page', () => pageWith('A second thing happened', page));

    const before = log.length;
    writeFileSync(join(content, 'events', 'notes.txt'), 'not an entry');
    await logged('events/notes.txt: (file): is not part of the site', before);
    unlinkSync(join(content, 'events', 'notes.txt'));
    unlinkSync(join(content, added));
    await eventually('the deleted page to go', async () =>
      (await fetch(`${base}${page}`)).status === 404 ? true : undefined,
    );
    expect(await pageWith('Something changed')).toBeDefined();
  });
});
