import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_PLACEHOLDER, FOLDERS, scaffold, scaffoldCase } from '../../scripts/new';
import { formatProblem } from '../../src/lib/model/problems';
import { caseSchemas, type ReferenceFn } from '../../src/lib/model/schemas';
import { z } from 'astro/zod';
import { validateCase } from '../../src/lib/content/validate';
import { caseWith, fillNewEvent } from '../helpers/fixtures';
import { runScript } from '../helpers/script';

const reference: ReferenceFn = (collection) => z.string().transform((id) => ({ id, collection }));

/** The problems the whole-case check finds in one file, as the build prints them. */
const problemsOf = (dir: string, file: string) =>
  validateCase(dir, dir)
    .problems.map(formatProblem)
    .filter((line) => line.startsWith(`${file}:`));

/** The top-level fields a draft marks as required, by name. */
const requiredFields = (draft: string) =>
  [...draft.matchAll(/^# .*Required[.,].*\n(\w+):/gm)].map((match) => match[1] ?? '');

/** The scaffolder as an editor runs it (npm run new), on a case folder. */
const cli = (args: string[], content: string) => runScript('new.ts', args, { TIMELINE_CONTENT: content });

describe('scaffold', () => {
  for (const [kind, folder] of Object.entries(FOLDERS) as [keyof typeof FOLDERS, string][]) {
    it(`leaves a new ${kind} with problems only in the fields it marks as required`, () => {
      const dir = caseWith();
      const draft = readFileSync(scaffold(kind, 'a-new-one', dir), 'utf8');
      const required = requiredFields(draft);
      expect(required.length).toBeGreaterThan(0);
      const problems = problemsOf(dir, `${folder}/a-new-one.md`);
      expect(problems.length).toBeGreaterThan(0);
      // Besides the required fields, only the body's placeholder line, which the build refuses.
      const body = `${folder}/a-new-one.md: (body) line ${String(draft.split('\n').indexOf(BODY_PLACEHOLDER) + 1)}: is a placeholder to replace: longer text in Markdown, or delete this line to leave the body empty.`;
      expect(problems).toContain(body);
      for (const problem of problems.filter((p) => p !== body)) {
        const field = problem.split(': ')[1]?.split(/[.[]/)[0] ?? '';
        expect(required, problem).toContain(field);
      }
    });
  }

  it('writes optional fields that would not validate empty commented out, and they validate once brought in', () => {
    const dir = caseWith();
    const path = scaffold('event', '2015-05-01-a-new-event', dir);
    const draft = readFileSync(path, 'utf8');
    expect(draft).toMatch(/^# place: ""$/m);
    expect(draft).toMatch(/^# people:\n(#.*\n)*# {3}- person: ""$/m);
    // Empty lists and false switches validate as they are, so they are written plainly.
    expect(draft).toMatch(/^tags: \[\]$/m);
    expect(draft).toMatch(/^approximate: false$/m);
    // An editor fills the required fields, then brings in a place and a person by removing "# ".
    const filled = fillNewEvent(draft)
      .replace('# place: ""', 'place: "London"')
      .replace(/^# people:\n((?:#.*\n)+?)(?=# \S)/m, (_, lines: string) => `people:\n${lines.replace(/^# /gm, '')}`)
      .replace('person: ""', 'person: ada-lovelace')
      .replace('role: ""', 'role: "witness"');
    writeFileSync(path, filled);
    expect(problemsOf(dir, 'events/2015-05-01-a-new-event.md')).toEqual([]);
    expect(filled).toMatch(/^people:\n/m);
  });

  it('asks for a quote unless the case cites by link alone', () => {
    const quoted = readFileSync(scaffold('event', 'a-quoted-one', caseWith()), 'utf8');
    expect(quoted).toMatch(/^ {4}quote: ""$/m);
    const linkedCase = caseWith();
    const site = join(linkedCase, 'site.md');
    writeFileSync(site, readFileSync(site, 'utf8').replace(/^---\n/, '---\ncitations: linked\n'));
    const linked = readFileSync(scaffold('event', 'a-linked-one', linkedCase), 'utf8');
    expect(linked).toMatch(/^ {4}# quote: ""$/m);
  });

  it('refuses an id that cannot be one, and a file that is already there', () => {
    const dir = caseWith();
    expect(() => scaffold('event', 'Not An Id', dir)).toThrow('"Not An Id" cannot be an id');
    scaffold('event', 'twice', dir);
    expect(() => scaffold('event', 'twice', dir)).toThrow('already exists');
  });
});

describe('scaffoldCase', () => {
  it('writes a case with every site.md field described from the schema, that passes the whole-case check as it is', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'timeline-new-case-')), 'my-case');
    const files = scaffoldCase(dir).map((path) => path.slice(dir.length + 1));
    expect(files).toEqual([
      'site.md',
      'events/2020-01-15-example-event.md',
      'people/example-person.md',
      'sources/example-source.md',
      'README.md',
    ]);
    expect(validateCase(dir, dir).problems.map(formatProblem)).toEqual([]);
    const site = readFileSync(join(dir, 'site.md'), 'utf8');
    // Every field of site.md's schema is there, described, written or commented out.
    for (const key of Object.keys(caseSchemas(reference).site.shape))
      expect(site).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
    // The vocabulary is there to fill, commented out: the default serves until it is.
    expect(site).toMatch(/^# vocabulary:\n#   # .*\n#   # groups:/m);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain(`TIMELINE_CONTENT=${dir} npm run build`);
  });

  it('refuses a folder that already holds something', () => {
    const dir = caseWith();
    expect(() => scaffoldCase(dir)).toThrow('is not empty: a new case needs a new (or empty) folder');
  });
});

describe('npm run new', () => {
  it('writes a case with "case <folder>"', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'timeline-new-case-')), 'cli-case');
    const result = cli(['case', dir], caseWith());
    expect(result.err).toBe('');
    expect(result.out).toContain(`Wrote a new case in ${dir}.`);
    expect(validateCase(dir, dir).problems).toEqual([]);
  });

  it('says what went wrong in a sentence, with no stack trace, and exits 2', () => {
    const result = cli(['event'], caseWith());
    expect(result.code).toBe(2);
    expect(result.err).toContain('Usage: npm run new');
    const bad = cli(['event', 'Bad'], caseWith());
    expect(bad.code).toBe(2);
    expect(bad.err.trim()).toBe('"Bad" cannot be an id: use lower-case letters, digits and single hyphens');
  });

  it('prints its usage for --help and exits 0', () => {
    const result = cli(['event', '--help'], caseWith());
    expect(result.code).toBe(0);
    expect(result.out).toContain('Usage: npm run new -- <event|person|investigation|source> <id>');
  });

  it('writes the file and says where', () => {
    const dir = caseWith();
    const result = cli(['person', 'someone-new'], dir);
    expect(result.code).toBe(0);
    expect(result.out).toContain(join(dir, 'people/someone-new.md'));
  });
});
