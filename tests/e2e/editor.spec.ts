import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { validateCase } from '../../src/lib/content/validate';

// The browser editor (/admin/, docs/editing-in-the-browser.md) on the engine fixture, through
// Sveltia CMS's in-browser test backend: the fixture's files are put in the browser's private
// storage (where that backend keeps its repository), edited through the interface, and read
// back. Every request of the page is recorded: none may go to another origin.

const FIXTURE = 'tests/fixtures/engine';

function fixtureFiles(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(FIXTURE, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .map((name) => [`${FIXTURE}/${name}`, readFileSync(join(FIXTURE, name), 'utf8')]),
  );
}

/** The test backend's repository: the folder sveltia-cms-test of the origin's private file system. */
async function seed(page: Page, files: Record<string, string>) {
  await page.evaluate(async (entries) => {
    const root = await navigator.storage.getDirectory();
    const repo = await root.getDirectoryHandle('sveltia-cms-test', { create: true });
    for (const [path, text] of entries) {
      const parts = path.split('/');
      const name = parts.pop() ?? '';
      let dir = repo;
      for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, Object.entries(files));
}

async function readBack(page: Page): Promise<Record<string, string>> {
  return Object.fromEntries(
    await page.evaluate(async () => {
      const out: [string, string][] = [];
      const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
        for await (const [name, handle] of dir.entries()) {
          if (handle.kind === 'directory') await walk(handle, `${prefix}${name}/`);
          else out.push([`${prefix}${name}`, await (await handle.getFile()).text()]);
        }
      };
      const root = await navigator.storage.getDirectory();
      await walk(await root.getDirectoryHandle('sveltia-cms-test'), '');
      return out;
    }),
  );
}

/** Every request the page makes, so the test can say none left the site's origin. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.context().on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Requests that left the site's origin (a `data:` or `blob:` address is the page's own). */
function elsewhere(urls: readonly string[], baseURL: string | undefined): string[] {
  const origin = new URL(baseURL ?? 'http://invalid').origin;
  return urls.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
}

/** Saves the entry open in the editor and waits for the editor to say so. */
async function save(page: Page) {
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Entry saved/ })).toBeVisible();
}

const field = (page: Page, name: string) => page.getByRole('group', { name: new RegExp(`^“.?${name}.?” Field$`) });

/**
 * Picks an entry in a relation field, and waits until the preview shows it: the editor takes the
 * value a moment after the click, and a Save sooner finds the field still empty.
 */
async function pick(page: Page, name: string, label: string, id: string) {
  // Under load the options can render before the field listens: click again until it takes.
  await expect(async () => {
    await field(page, name).getByRole('radio', { name: label }).click();
    await expect(page.getByRole('document', { name: 'Content Preview' })).toContainText(new RegExp(`${label}|${id}`), {
      timeout: 3000,
    });
  }).toPass({ timeout: 30_000 });
}

/** Opens a new event and fills the fields every event needs but its citations. */
async function startEvent(page: Page, title: string, date: string, summary: string) {
  await page.goto('/admin/?backend=test-repo#/collections/events/new');
  await field(page, 'title').getByRole('textbox').fill(title);
  await field(page, 'date').getByRole('textbox').fill(date);
  await field(page, 'kind').getByRole('combobox').click();
  await page.getByRole('option', { name: 'Inquest', exact: true }).click();
  await field(page, 'summary').getByRole('textbox').fill(summary);
}

async function openEditor(page: Page, files: Record<string, string>) {
  await page.setViewportSize({ width: 1280, height: 4000 });
  await page.goto('/');
  await seed(page, files);
  await page.goto('/admin/?backend=test-repo');
  await page.getByRole('button', { name: /Test Repository/ }).click();
  await expect(page.getByRole('radio', { name: 'Contents' })).toBeVisible();
}

test('an editor creates an event, edits a person and relinks a source; the files pass the content check', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const requests = recordRequests(page);
  const before = fixtureFiles();
  await openEditor(page, before);

  // A new event with a person and a citation.
  await startEvent(page, 'The coroner writes to the family', '2015-07-01', 'The coroner wrote to the family.');
  await page.getByRole('button', { name: /^Add .?people.?$/ }).click();
  await pick(page, 'person', 'Sam Clerk', 'sam-clerk');
  await field(page, 'role').getByRole('textbox').fill('coroner');
  await page.getByRole('button', { name: /^Add .?citations.?$/ }).click();
  await pick(page, 'source', 'The Gazette report', 'the-gazette');
  await field(page, 'quote').getByRole('textbox').fill('the inquest opened');
  await save(page);

  // A person edited.
  await page.goto('/admin/?backend=test-repo#/collections/people/entries/pat-walker');
  await field(page, 'summary').getByRole('textbox').fill('The witness who found Mary Roe.');
  await save(page);

  // A source relinked: the verdict's citation now points to the inquest report.
  await page.goto('/admin/?backend=test-repo#/collections/events/entries/2016-01-05-doe-convicted');
  await pick(page, 'source', 'The inquest report', 'inquest-report');
  await save(page);

  const after = await readBack(page);
  const event = `${FIXTURE}/events/2015-07-01-the-coroner-writes-to-the-family.md`;
  // Written as the case's own files are: the schema's key order, text in double quotes, plain dates.
  expect(after[event]).toBe(
    [
      '---',
      'title: "The coroner writes to the family"',
      'date: 2015-07-01',
      'kind: "inquest"',
      'summary: "The coroner wrote to the family."',
      'people:',
      '  - person: "sam-clerk"',
      '    role: "coroner"',
      'citations:',
      '  - source: "the-gazette"',
      '    quote: "the inquest opened"',
      '---',
      '',
    ].join('\n'),
  );
  expect(after[`${FIXTURE}/people/pat-walker.md`]).toBe(
    [
      '---',
      'name: "Pat Walker"',
      'roles:',
      '  - "witness"',
      'relations:',
      '  - person: "sam-clerk"',
      '    relation: "colleague of"',
      'summary: "The witness who found Mary Roe."',
      'citations:',
      '  - source: "profile-only"',
      '    quote: "a walker"',
      '---',
      '',
    ].join('\n'),
  );
  expect(after[`${FIXTURE}/events/2016-01-05-doe-convicted.md`]).toContain('  - source: "inquest-report"\n');
  // Nothing else was touched.
  const changed = Object.keys(after).filter((path) => after[path] !== before[path]);
  expect(changed.sort()).toEqual(
    [event, `${FIXTURE}/people/pat-walker.md`, `${FIXTURE}/events/2016-01-05-doe-convicted.md`].sort(),
  );

  // The files as the editor left them pass the build's content check.
  const dir = mkdtempSync(join(tmpdir(), 'timeline-editor-'));
  for (const [path, text] of Object.entries(after)) {
    const target = join(dir, path.slice(FIXTURE.length + 1));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  expect(validateCase(dir, dir).problems).toEqual([]);

  expect(elsewhere(requests, baseURL)).toEqual([]);
});

test('an entry with a bad date or an empty quote is refused before it is saved, naming the field', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const requests = recordRequests(page);
  const before = fixtureFiles();
  await openEditor(page, before);

  await startEvent(page, 'A refused event', '2015-13-01', 'It should not be saved.');
  await page.getByRole('button', { name: /^Add .?citations.?$/ }).click();
  await field(page, 'source').getByRole('radio', { name: 'The Gazette report' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  // The editor's own checks, from the generated configuration: under the field they concern.
  await expect(field(page, 'date')).toContainText('Write a date as YYYY, YYYY-MM or YYYY-MM-DD.');
  await expect(field(page, 'quote')).toContainText(/required/i);

  // A date of the right shape that is no date: the schema's own check (preSave) names the field.
  await field(page, 'date').getByRole('textbox').fill('2015-02-30');
  await field(page, 'quote').getByRole('textbox').fill('the inquest opened');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alertdialog')).toContainText(/Not saved: date: /);

  const after = await readBack(page);
  expect(after).toEqual(before);
  expect(elsewhere(requests, baseURL)).toEqual([]);
});
