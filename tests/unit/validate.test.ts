import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/model/problems';
import { validateCase } from '../../src/lib/content/validate';
import { caseWith, FIXTURES, MINIMAL_SIZES } from '../helpers/fixtures';

/** The problems a fixture produces, as the build prints them (paths relative to the case). */
function problemsOf(fixture?: string): string[] {
  const dir = caseWith(fixture);
  return validateCase(dir, dir).problems.map(formatProblem);
}

const EVENT = 'events/2015-01-10-first-event.md';

describe('validateCase', () => {
  it('finds nothing wrong with the minimal case', () => {
    expect(problemsOf()).toEqual([]);
  });

  it('returns every entry it checked, parsed once, with its body, for the content loader to store', () => {
    const dir = caseWith();
    const { entries } = validateCase(dir, dir);
    expect(Object.fromEntries(Object.entries(entries).map(([name, list]) => [name, list.length]))).toEqual(
      MINIMAL_SIZES,
    );
    const [event] = entries.events;
    expect(event?.id).toBe('2015-01-10-first-event');
    expect(event?.filePath).toBe(EVENT);
    expect(event?.body).toContain('A body with a [safe link](https://example.org/)');
    expect(event?.text.startsWith('---\n')).toBe(true);
    // The data is what the schemas make of the front matter: partial dates and references.
    expect(event?.data).toMatchObject({
      date: { year: 2015, month: 1, day: 10, precision: 'day' },
      investigations: [{ id: 'the-inquiry', collection: 'investigations' }],
    });
  });

  it('leaves out of its entries a file that has problems, and still counts it', () => {
    const dir = caseWith('missing-title');
    const { entries, counts } = validateCase(dir, dir);
    expect(entries.events).toEqual([]);
    expect(counts['events']).toBe(1);
  });

  it('refuses an id of digits alone for a listed entry: a page of its list has that address', () => {
    const dir = caseWith();
    copyFileSync(join(dir, 'people/ada-lovelace.md'), join(dir, 'people/2.md'));
    expect(validateCase(dir, dir).problems.map(formatProblem)).toEqual([
      'people/2.md: (file name): "2" cannot be an id: digits alone are the address of a page of the people list (/people/2/); add a word',
    ]);
  });

  it('refuses a list page size that is not a whole number of at least 1', () => {
    const dir = caseWith();
    const site = readFileSync(join(dir, 'site.md'), 'utf8');
    writeFileSync(join(dir, 'site.md'), site.replace(/^---\n/, '---\nlistPageSize: 0\n'));
    expect(validateCase(dir, dir).problems.map(formatProblem)).toEqual([
      'site.md: listPageSize: must be at least 1 (got 0)',
    ]);
  });

  it('finds nothing wrong with the real case', () => {
    const dir = join(import.meta.dirname, '../../content');
    expect(validateCase(dir, dir).problems.map(formatProblem)).toEqual([]);
  });

  const cases: [fixture: string, expected: string[]][] = [
    ['missing-title', [`${EVENT}: title: is required: expected string`]],
    ['empty-summary', [`${EVENT}: summary: must not be empty`]],
    ['unknown-field', [`${EVENT}: titel: unknown field (did you mean "title"?): remove it or fix its name`]],
    ['wrong-type', [`${EVENT}: investigations: expected array, got 42`]],
    ['impossible-date', [`${EVENT}: date: "2014-13-40" has month 13: a month is 01 to 12`]],
    [
      'ambiguous-date',
      [
        `${EVENT}: date: "19/06/14" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD (for example 2014, 2014-06 or 2014-06-19)`,
      ],
    ],
    ['end-before-start', [`${EVENT}: end: the end date is before the start date`]],
    ['missing-reference', [`${EVENT}: people[0].person: no person "ada-lovelance" (did you mean "ada-lovelace"?)`]],
    [
      'duplicate-id',
      [
        'events/2015-01-10-First-Event.md: (file name): "2015-01-10-First-Event" cannot be an id: use lower-case letters, digits and single hyphens (it becomes the page address)',
      ],
    ],
    ['no-citation', [`${EVENT}: citations: at least one citation is needed: every fact on the site shows its source`]],
    [
      'placeholders',
      [
        'site.md: timelineHeading: is a placeholder left by the importer: the heading over the timeline',
        `${EVENT}: kind: is a placeholder left by the importer: one of the event kinds`,
        `${EVENT}: citations[0].quote: is a placeholder left by the importer: copy a short verbatim passage from the source`,
      ],
    ],
    [
      'citation-without-quote',
      [
        `${EVENT}: citations[0].quote: is required: this case quotes every source (site.md says citations: quoted): copy a short passage word for word`,
      ],
    ],
    ['empty-quote', [`${EVENT}: citations[0].quote: must not be empty`]],
    [
      'after-publication',
      [
        `${EVENT}: date: 1 March 2015 is after the publication of every source cited for it: a source cannot report what had not happened yet`,
      ],
    ],
    [
      'death-before-acting',
      [
        `${EVENT}: people[0].person: "charles-babbage" died 1 December 2014, before this event, so cannot act in it (mark them "subject: true" if the event is about them)`,
      ],
    ],
    [
      'outside-investigation',
      [
        `${EVENT}: investigations[0]: the event (10 January 2015) falls outside "the-inquiry" (June 2015 to December 2015)`,
      ],
    ],
    [
      'invalid-yaml',
      [
        `${EVENT}: (front matter): is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (line 5)`,
      ],
    ],
  ];

  for (const [fixture, expected] of cases) {
    it(`reports ${fixture.replace(/-/g, ' ')} with the file, the field and what was expected`, () => {
      const problems = problemsOf(fixture);
      for (const line of expected) expect(problems).toContain(line);
    });
  }

  it('catches an impossible date before YAML rolls it over into a real one', () => {
    expect(problemsOf('impossible-date')).toEqual([`${EVENT}: date: "2014-13-40" has month 13: a month is 01 to 12`]);
  });

  it('reports a duplicate id that differs only in case', () => {
    expect(problemsOf('duplicate-id')).toContainEqual(expect.stringMatching(/duplicate id/));
  });

  it('reports files that would silently not appear: other types, no front matter, subfolders', () => {
    const problems = problemsOf('not-markdown');
    expect(problems).toContainEqual(expect.stringMatching(/^events\/notes\.txt: \(file\): is not part of the site/));
    expect(problems).toContainEqual(expect.stringMatching(/^events\/drafts: \(file\): is not part of the site/));
    expect(problems).toContain(
      'events/2015-01-11-no-front-matter.md: (file): is not Markdown with front matter: it must start with a --- block',
    );
  });

  it('refuses active content in Markdown and non-web addresses, naming the file and line', () => {
    const problems = problemsOf('unsafe-markdown');
    for (const pattern of [
      /\(body\) line 16: a `<script>` element is not allowed/,
      /\(body\) line 18: a `<iframe>` element is not allowed/,
      /\(body\) line 20: an `onerror` attribute on `<img>` is not allowed/,
      /\(body\) line 22: a link to `javascript:` \("javascript:alert\(1\)"\) is not allowed/,
      /\(body\) line 22: a link to `data:`/,
      /\(body\) line 24: a `<style>` element is not allowed/,
      /^sources\/the-gazette\.md: url: expected a web address starting with http:\/\/ or https:\/\//,
    ]) {
      expect(problems).toContainEqual(expect.stringMatching(pattern));
    }
  });

  it('reports every problem of a run together, not only the first', () => {
    expect(problemsOf('many-problems')).toEqual([
      `${EVENT}: title: is required: expected string`,
      `${EVENT}: titel: unknown field (did you mean "title"?): remove it or fix its name`,
      `people/ada-lovelace.md: roles[0]: "offical" is not a role of this case (did you mean "official"?): expected one of victim, perpetrator, suspect, accused, family, police, watchdog, lawyer, coroner, judge, witness, official, journalist, author, other (site.md vocabulary)`,
      // The misspelt person of the event the schema refuses is reported in the same run.
      `${EVENT}: people[0].person: no person "ada-lovelance" (did you mean "ada-lovelace"?)`,
    ]);
  });

  it('reports every entry of the hostile fixture (one of each kind the build test uses)', () => {
    const problems = problemsOf('hostile');
    const files = new Set(problems.map((p) => p.split(': ')[0]));
    expect(files.size).toBe(16);
    expect(problems.every((p) => !/\n\s+at /.test(p))).toBe(true);
  });

  it('has a fixture folder for every bad-input case it tests', () => {
    const folders = readdirSync(join(FIXTURES, 'bad')).sort();
    const tested = [
      ...cases.map(([f]) => f),
      'duplicate-id',
      'not-markdown',
      'unsafe-markdown',
      'many-problems',
      'hostile',
    ];
    expect(folders).toEqual([...new Set(tested)].sort());
  });
});

/** The problems of the minimal case with one line of a file replaced (or removed, with ''). */
function problemsWith(file: string, line: RegExp, replacement: string): string[] {
  const dir = caseWith();
  const path = join(dir, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(line, replacement));
  return validateCase(dir, dir).problems.map(formatProblem);
}

describe('validateCase order hints', () => {
  /** The minimal case with a second event, 2015-01-20 (or `date`), and each event's hint lines. */
  function problemsWithHints(first: string, second: string, date = '2015-01-20'): string[] {
    const dir = caseWith();
    const path = join(dir, EVENT);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(/^kind: statement$/m, `kind: statement\n${first}`));
    const other = text
      .replace(/^date: .*$/m, `date: ${date}`)
      .replace(/^kind: statement$/m, `kind: statement\n${second}`);
    writeFileSync(join(dir, 'events/second.md'), other);
    return validateCase(dir, dir).problems.map(formatProblem);
  }

  it('accepts one id or a list, in either direction, when the dates can hold it', () => {
    expect(problemsWithHints('before: second', 'after: [2015-01-10-first-event]')).toEqual([]);
    expect(problemsWithHints('after: second', '', '2015-01')).toEqual([]);
  });

  it('refuses a hint the two dates cannot satisfy, naming both files', () => {
    expect(problemsWithHints('after: second', '')).toEqual([
      `${EVENT}: after[0]: "2015-01-10-first-event" (${EVENT}, 10 January 2015) cannot come after "second" (events/second.md, 20 January 2015): their dates put it earlier. Fix a date or remove the hint`,
    ]);
  });

  it('refuses a cycle, naming both files', () => {
    const problems = problemsWithHints('after: second', 'after: 2015-01-10-first-event', '2015-01');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/: after\[0\]: the order hints form a cycle: /);
    expect(problems[0]).toContain(`(${EVENT})`);
    expect(problems[0]).toContain('(events/second.md)');
  });

  it('names a hint to an event that does not exist like any other missing reference', () => {
    expect(problemsWithHints('after: secnd', '')).toEqual([
      `${EVENT}: after[0]: no event "secnd" (did you mean "second"?)`,
    ]);
  });
});

describe('validateCase messages', () => {
  it('says a missing choice "is required", not zod\'s "Invalid option"', () => {
    const problems = problemsWith(EVENT, /^kind: statement\n/m, '');
    expect(problems).toEqual([`${EVENT}: kind: is required: expected string`]);
    expect(problems.join('\n')).not.toMatch(/Invalid option|received undefined/);
  });

  it('says an empty field (YAML null) "is required" too', () => {
    expect(problemsWith(EVENT, /^kind: statement$/m, 'kind:')).toEqual([
      `${EVENT}: kind: is required: expected string`,
    ]);
    expect(problemsWith(EVENT, /^title: .*$/m, 'title:')).toEqual([`${EVENT}: title: is required: expected string`]);
  });

  it('says a missing date "is required"', () => {
    expect(problemsWith(EVENT, /^date: .*\n/m, '')).toEqual([`${EVENT}: date: is required`]);
  });

  it('echoes a wrong choice back, with the closest one', () => {
    expect(problemsWith(EVENT, /^kind: statement$/m, 'kind: statment')).toEqual([
      expect.stringMatching(
        /^events\/2015-01-10-first-event\.md: kind: "statment" is not a kind of event of this case \(did you mean "statement"\?\): expected one of death, .*, other \(site\.md vocabulary\)$/,
      ),
    ]);
  });

  it('echoes a value of the wrong type back', () => {
    expect(problemsWith(EVENT, /^kind: statement$/m, 'kind: statement\napproximate: yes please')).toEqual([
      `${EVENT}: approximate: expected boolean, got "yes please"`,
    ]);
  });

  it('echoes a number out of bounds and a bad web address back, in plain words', () => {
    const person = 'people/ada-lovelace.md';
    expect(problemsWith(person, /^roles: .*$/m, 'roles: [official]\nage: { years: 200, at: 2015 }')).toEqual([
      `${person}: age.years: must be at most 130 (got 200)`,
    ]);
    expect(problemsWith(person, /^roles: .*$/m, 'roles: []')).toEqual([`${person}: roles: needs at least 1 item(s)`]);
    expect(problemsWith('sources/the-gazette.md', /^url: .*$/m, "url: 'ftp://example.org/x'")).toEqual([
      `sources/the-gazette.md: url: expected a web address starting with http:// or https:// (got "ftp://example.org/x")`,
    ]);
  });
});

/** The problems of the minimal case once `change` has edited its files, as the build prints them. */
function problemsAfter(change: (dir: string) => void): string[] {
  const dir = caseWith();
  change(dir);
  return validateCase(dir, dir).problems.map(formatProblem);
}

const edit = (dir: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

describe('every problem in one pass (issue 29)', () => {
  it('reports a file’s schema problems and its unknown ids and kinds together', () => {
    const problems = problemsAfter((dir) =>
      edit(dir, EVENT, (text) =>
        text
          .replace("quote: 'something happened'", "quote: ''")
          .replace('kind: statement', 'kind: statment\napproximate: "yes"')
          .replace('person: ada-lovelace', 'person: ada-lovelance'),
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        `${EVENT}: citations[0].quote: must not be empty`,
        `${EVENT}: approximate: expected boolean, got "yes"`,
        `${EVENT}: people[0].person: no person "ada-lovelance" (did you mean "ada-lovelace"?)`,
        expect.stringMatching(
          new RegExp(
            `^${EVENT}: kind: "statment" is not a kind of event of this case \\(did you mean "statement"\\?\\)`,
          ),
        ),
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it('reports a YAML error with its line, and still checks every other file', () => {
    const problems = problemsAfter((dir) => {
      edit(dir, EVENT, (text) => text.replace("title: 'Something happened'", "title: 'Something happened"));
      edit(dir, 'sources/the-gazette.md', (text) => text.replace(/^kind: .*$/m, 'kind: newspaper'));
      edit(dir, 'people/ada-lovelace.md', (text) => text.replace(/^summary: .*$/m, 'summary: ""'));
    });
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${EVENT}: \\(front matter\\): is not valid YAML: .*\\(line \\d+\\)$`)),
      'people/ada-lovelace.md: summary: must not be empty',
      expect.stringMatching(/^sources\/the-gazette\.md: kind: "newspaper" is not a kind of source of this case/),
    ]);
  });

  it('checks every file against the vocabulary site.md declares when site.md itself is refused', () => {
    const problems = problemsAfter((dir) => {
      edit(dir, 'site.md', (text) =>
        text
          .replace(/^title: .*\n/m, '')
          .replace(
            /^---\n/,
            '---\nvocabulary:\n  groups: [{ id: acts, label: Acts }]\n  eventKinds: [{ id: protest, label: Protest, group: acts }]\n',
          ),
      );
      edit(dir, EVENT, (text) => text.replace('kind: statement', 'kind: protest'));
    });
    expect(problems).toEqual(['site.md: title: is required: expected string']);
  });

  it('says to drop the quotes of a number written as text', () => {
    const problems = problemsAfter((dir) =>
      edit(dir, 'people/ada-lovelace.md', (text) =>
        text.replace(/^---\n/, '---\nage:\n  years: "52"\n  at: 2015-01-10\n'),
      ),
    );
    expect(problems).toContain(
      'people/ada-lovelace.md: age.years: expected number, got "52": write it without the quotes (52)',
    );
  });

  it('does not check entries against a vocabulary that is itself what is wrong', () => {
    const problems = problemsAfter((dir) => {
      edit(dir, 'site.md', (text) =>
        text.replace(/^---\n/, '---\nvocabulary:\n  eventKinds: [{ id: protest, label: Protest, group: acts }]\n'),
      );
      edit(dir, EVENT, (text) => text.replace('kind: statement', 'kind: protest'));
    });
    expect(problems).toEqual([
      expect.stringMatching(/^site\.md: vocabulary\.eventKinds\[0\]\.group: "acts" is not a group of this case/),
    ]);
  });
});
