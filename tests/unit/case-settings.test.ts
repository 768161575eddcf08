import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkCaseSettings,
  imageProblem,
  imageProblems,
  quoteProblems,
  tagProblems,
  timeZoneProblems,
} from '../../src/lib/content/case-settings';
import { formatProblem } from '../../src/lib/model/problems';
import { validateCase } from '../../src/lib/content/validate';
import { caseWith } from '../helpers/fixtures';

const quoted = { citations: 'quoted', tags: [] } as const;
const linked = { citations: 'linked', tags: [{ id: 'campaign' }, { id: 'trial' }] } as const;
const entry = (filePath: string, data: object) => ({ filePath, data });

/** A case folder with an images/ folder holding one picture, and a file outside it. */
function caseWithPicture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'timeline-images-'));
  mkdirSync(join(dir, 'images'));
  writeFileSync(join(dir, 'images/launch.png'), 'png');
  writeFileSync(join(dir, 'images/notes.txt'), 'text');
  writeFileSync(join(dir, 'site.md'), '---\n---\n');
  const outside = mkdtempSync(join(tmpdir(), 'timeline-outside-'));
  writeFileSync(join(outside, 'secret.png'), 'png');
  symlinkSync(join(outside, 'secret.png'), join(dir, 'images/escape.png'));
  return dir;
}

describe('tagProblems', () => {
  it('accepts declared tags', () => {
    expect(tagProblems(linked, [entry('events/a.md', { tags: ['campaign', 'trial'] })])).toEqual([]);
  });
  it('refuses an undeclared tag, listing the declared ones', () => {
    expect(tagProblems(linked, [entry('events/a.md', { tags: ['trial', 'campain'] })])).toEqual([
      {
        file: 'events/a.md',
        field: 'tags[1]',
        message: '"campain" is not a declared tag (declared in site.md: campaign, trial)',
      },
    ]);
  });
  it('says so when site.md declares no tags at all', () => {
    expect(tagProblems(quoted, [entry('events/a.md', { tags: ['x'] })])[0]?.message).toBe(
      '"x" is not a declared tag (site.md declares no tags)',
    );
  });
});

describe('timeZoneProblems', () => {
  it('asks site.md for a time zone once an event has a time, naming the event', () => {
    const events = [entry('events/a.md', { time: '12:14' }), entry('events/b.md', { time: '15:34' })];
    expect(timeZoneProblems(quoted, events, 'site.md')).toEqual([
      {
        file: 'site.md',
        field: 'timeZone',
        message:
          'is required once an event has a time of day (events/a.md and 1 more): write the IANA zone the times are in, such as Europe/London',
      },
    ]);
  });
  it('needs no time zone when no event has a time, or when site.md gives one', () => {
    expect(timeZoneProblems(quoted, [entry('events/a.md', {})], 'site.md')).toEqual([]);
    expect(
      timeZoneProblems({ ...quoted, timeZone: 'UTC' }, [entry('events/a.md', { time: '09:00' })], 'site.md'),
    ).toEqual([]);
  });
});

describe('quoteProblems', () => {
  const data = {
    citations: [{ source: { id: 's' }, disputes: false }],
    findings: [{ citations: [{ source: { id: 's' }, quote: 'q', disputes: false }] }],
  };
  it('refuses a citation without a quote in a quoted case, saying the case requires quotes', () => {
    expect(quoteProblems(quoted, [entry('people/p.md', data)]).map(formatProblem)).toEqual([
      'people/p.md: citations[0].quote: is required: this case quotes every source (site.md says citations: quoted): copy a short passage word for word',
    ]);
  });
  it('finds a quote-less citation however deep it sits', () => {
    const deep = { findings: [{ citations: [{ source: { id: 's' }, disputes: false }] }] };
    expect(quoteProblems(quoted, [entry('people/p.md', deep)])[0]?.field).toBe('findings[0].citations[0].quote');
  });
  it('accepts a linked citation in a linked case', () => {
    expect(quoteProblems(linked, [entry('people/p.md', data)])).toEqual([]);
  });
});

describe('imageProblem', () => {
  const dir = caseWithPicture();
  it('accepts a picture inside images/', () => {
    expect(imageProblem(dir, 'images/launch.png')).toBeUndefined();
  });
  it('refuses a path outside images/, with .., or absolute', () => {
    for (const src of ['launch.png', 'images/../site.md', '../images/launch.png', '/etc/passwd.png']) {
      expect(imageProblem(dir, src)).toContain("write a path inside the case's images/ folder");
    }
  });
  it('refuses a file type the image pipeline does not read', () => {
    expect(imageProblem(dir, 'images/notes.txt')).toContain('use a .jpg, .jpeg, .png, .webp, .gif or .avif file');
  });
  it('refuses a missing picture and a symbolic link that leads out of the case', () => {
    expect(imageProblem(dir, 'images/missing.png')).toBe('"images/missing.png" does not exist in the case folder');
    expect(imageProblem(dir, 'images/escape.png')).toContain('leads outside the case folder');
  });
});

describe('imageProblems', () => {
  it('names the event and the field of each bad picture', () => {
    const dir = caseWithPicture();
    const events = [
      entry('events/a.md', { image: { src: 'images/launch.png' } }),
      entry('events/b.md', { image: { src: 'images/gone.jpg' } }),
      entry('events/c.md', {}),
    ];
    expect(imageProblems(dir, events).map((p) => `${p.file}: ${p.field}`)).toEqual(['events/b.md: image.src']);
  });
});

describe('checkCaseSettings', () => {
  /** The minimal case with site.md and its event edited. */
  function problemsWith(site: (text: string) => string, event: (text: string) => string): string[] {
    const dir = caseWith();
    const edit = (file: string, change: (text: string) => string) =>
      writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
    edit('site.md', site);
    edit('events/2015-01-10-first-event.md', event);
    return validateCase(dir, dir).problems.map(formatProblem);
  }
  const addToFront = (lines: string) => (text: string) => text.replace(/\n---\n/, `\n${lines}\n---\n`);

  it('reports a time with no time zone, an undeclared tag and a missing picture at once', () => {
    expect(
      problemsWith(
        addToFront('tags:\n  - id: inquiry\n    label: The inquiry'),
        addToFront("time: '12:14'\ntags: [inquest]\nimage:\n  src: images/x.png\n  alt: 'A picture'"),
      ),
    ).toEqual([
      'site.md: timeZone: is required once an event has a time of day (events/2015-01-10-first-event.md): write the IANA zone the times are in, such as Europe/London',
      'events/2015-01-10-first-event.md: tags[0]: "inquest" is not a declared tag (declared in site.md: inquiry)',
      'events/2015-01-10-first-event.md: image.src: "images/x.png" does not exist in the case folder',
    ]);
  });

  it('accepts a linked citation once site.md says citations: linked', () => {
    const noQuote = (text: string) => text.replace("    quote: 'something happened'\n---", '---');
    expect(problemsWith(addToFront('citations: linked'), noQuote)).toEqual([]);
    expect(problemsWith((t) => t, noQuote)).toEqual([
      'events/2015-01-10-first-event.md: citations[0].quote: is required: this case quotes every source (site.md says citations: quoted): copy a short passage word for word',
    ]);
  });

  it('refuses a time on a date that is not day-precise, a malformed time, a bad zone and a BCE date', () => {
    expect(
      problemsWith(addToFront('timeZone: Mars/Base'), (t) =>
        t.replace('date: 2015-01-10', "date: 2015-01\ntime: '9:30'"),
      ),
    ).toEqual([
      'site.md: timeZone: "Mars/Base" is not a time zone: write an IANA name such as Europe/London, America/Chicago or UTC',
      'events/2015-01-10-first-event.md: time: "9:30" is not a time of day: write HH:MM on the 24-hour clock (for example 09:05 or 15:34), in quotes',
      'events/2015-01-10-first-event.md: time: a time of day needs a day-precise date: write the date as YYYY-MM-DD, or leave the time out',
    ]);
    expect(
      problemsWith(addToFront('timeZone: UTC'), (t) => t.replace('date: 2015-01-10', "date: 2015-01\ntime: '09:30'")),
    ).toEqual([
      'events/2015-01-10-first-event.md: time: a time of day needs a day-precise date: write the date as YYYY-MM-DD, or leave the time out',
    ]);
    expect(
      problemsWith(
        (t) => t,
        (t) => t.replace('date: 2015-01-10', 'date: -0500'),
      )[0],
    ).toContain('BCE dates are not supported');
  });

  it('checks nothing that depends on site.md when the case uses none of it', () => {
    expect(checkCaseSettings(caseWith(), quoted, 'site.md', { events: [], people: [], investigations: [] })).toEqual(
      [],
    );
  });
});
