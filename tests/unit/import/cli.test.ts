import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError, main, reportPath, runImport } from '../../../scripts/import';
import { FIXTURES } from '../../helpers/fixtures';
import { SVG_WITH_SCRIPT } from '../../helpers/pictures';
import { runScript } from '../../helpers/script';

const ROOT = join(import.meta.dirname, '../../..');
const SHARED = join(ROOT, '../shared/data/timelinejs');
const IMPORT = join(FIXTURES, 'import');
const tmp = () => mkdtempSync(join(tmpdir(), 'timeline-import-'));

/** Every file of a folder with its bytes, by path: two folders are identical when these are equal. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(dir);
  return files;
}

/** The command as an editor runs it (npm run import). */
const cli = (args: string[]) => runScript('import.ts', args);

describe('runImport', () => {
  it('writes the case folder and the report beside it, not inside', () => {
    const out = join(tmp(), 'eras');
    const result = runImport({ format: 'timelinejs', input: join(SHARED, 'eras.json'), out });
    expect(result.report).toBe(`${out}.import-report.md`);
    expect(existsSync(join(out, 'site.md'))).toBe(true);
    expect(readdirSync(join(out, 'events'))).toHaveLength(20);
    expect(existsSync(join(out, 'eras.import-report.md'))).toBe(false);
    expect(result.placeholders).toBeGreaterThan(0);
  });

  it('gives a byte-identical folder and report for the same input, wherever it is written', () => {
    const [a, b] = [join(tmp(), 'case'), join(tmp(), 'case')] as [string, string];
    for (const out of [a, b]) runImport({ format: 'timelinejs', input: join(IMPORT, 'script.json'), out, lang: 'en' });
    expect(tree(a)).toEqual(tree(b));
    expect(Object.keys(tree(a))).toContain('images/rally-opens.png');
    expect(readFileSync(reportPath(a), 'utf8')).toBe(readFileSync(reportPath(b), 'utf8'));
  });

  it('copies pictures only from inside the input folder, read as the build reads them, and says where each came from', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'input/pictures'), { recursive: true });
    mkdirSync(join(dir, 'private'));
    writeFileSync(join(dir, 'private/passport.jpg'), readFileSync(join(IMPORT, 'motorcade.png')));
    writeFileSync(join(dir, 'input/pictures/motorcade.png'), readFileSync(join(IMPORT, 'motorcade.png')));
    writeFileSync(join(dir, 'input/drawing.png'), SVG_WITH_SCRIPT);
    symlinkSync(join(dir, 'private/passport.jpg'), join(dir, 'input/link.jpg'));
    const slide = (id: string, url: string) => ({
      unique_id: id,
      start_date: { year: '1963' },
      text: { headline: id, text: 'Text.' },
      media: { url },
    });
    const input = join(dir, 'input/timeline.json');
    writeFileSync(
      input,
      JSON.stringify({
        events: [
          slide('outside', '../private/passport.jpg'),
          slide('linked', 'link.jpg'),
          slide('drawing', 'drawing.png'),
          slide('inside', 'pictures/motorcade.png'),
        ],
      }),
    );
    const out = join(dir, 'case');
    runImport({ format: 'timelinejs', input, out });
    expect(readdirSync(join(out, 'images'))).toEqual(['inside.png']);
    const report = readFileSync(reportPath(out), 'utf8');
    expect(report).toContain('| images/inside.png | pictures/motorcade.png |');
    expect(report).toContain('Media: picture "../private/passport.jpg" left out: it is outside the input\'s folder');
    expect(report).toContain('Media: picture "link.jpg" left out: it is outside the input\'s folder');
    expect(report).toMatch(/Media: picture "drawing.png" left out: it is an SVG drawing/);
  });

  it('never overwrites an existing folder or report without --force', () => {
    const out = join(tmp(), 'case');
    runImport({ format: 'csv', input: join(IMPORT, 'plain.csv'), out });
    writeFileSync(join(out, 'site.md'), 'edited by hand');
    expect(() => runImport({ format: 'csv', input: join(IMPORT, 'plain.csv'), out })).toThrow(
      /case: already exists: choose another --out, or add --force to replace it/,
    );
    expect(readFileSync(join(out, 'site.md'), 'utf8')).toBe('edited by hand');
    runImport({ format: 'csv', input: join(IMPORT, 'plain.csv'), out, force: true });
    expect(readFileSync(join(out, 'site.md'), 'utf8')).toMatch(/^---\n/);
  });

  it('refuses, even with --force, to replace a folder that is not a case it could have written', () => {
    const out = join(tmp(), 'documents');
    mkdirSync(out);
    writeFileSync(join(out, 'thesis.txt'), 'years of work');
    expect(() => runImport({ format: 'csv', input: join(IMPORT, 'plain.csv'), out, force: true })).toThrow(
      /is not a case folder the importer wrote/,
    );
    expect(readdirSync(out)).toEqual(['thesis.txt']);
  });

  it('reads the TimelineJS spreadsheet by its .csv name and the plain layout with "csv"', () => {
    const dir = tmp();
    runImport({ format: 'timelinejs', input: join(IMPORT, 'sheet.csv'), out: join(dir, 'sheet') });
    runImport({ format: 'csv', input: join(IMPORT, 'plain.csv'), out: join(dir, 'plain') });
    expect(readdirSync(join(dir, 'sheet', 'events'))).toContain('1963-11-25-the-funeral.md');
    expect(readdirSync(join(dir, 'plain', 'sources')).sort()).toEqual([
      'example-org-b.md',
      'first-report.md',
      'source-to-find.md',
    ]);
  });

  it('lists the BCE and cosmological events it could not import, and writes the others', () => {
    const out = join(tmp(), 'cosmo');
    runImport({ format: 'timelinejs', input: join(SHARED, 'cosmo-mixed.json'), out });
    expect(readdirSync(join(out, 'events'))).toHaveLength(5);
    const report = readFileSync(reportPath(out), 'utf8');
    expect(report).toContain('| events not imported | 6 |');
    expect(report).toContain('- events[0] "The Big Bang" (year -13800000000): BCE dates are not supported');
  });

  it('writes the site title given with --title, which a spreadsheet cannot give, in place of a placeholder', () => {
    const dir = tmp();
    const input = join(IMPORT, 'plain.csv');
    const without = runImport({ format: 'csv', input, out: join(dir, 'without') });
    expect(readFileSync(join(dir, 'without', 'site.md'), 'utf8')).toMatch(/^title: 'FILL IN: .*--title'$/m);
    const titled = runImport({ format: 'csv', input, out: join(dir, 'titled'), title: '  The case’s chronology ' });
    expect(readFileSync(join(dir, 'titled', 'site.md'), 'utf8')).toMatch(/^title: 'The case’s chronology'$/m);
    expect(titled.placeholders).toBe(without.placeholders - 1);
  });

  it('refuses an empty --title before reading anything', () => {
    expect(() => runImport({ format: 'csv', input: 'missing.csv', out: 'y', title: ' ' })).toThrow('--title: is empty');
  });

  it('refuses a format it does not know', () => {
    expect(() => runImport({ format: 'excel', input: 'x.xlsx', out: 'y' })).toThrow(/unknown format "excel"\nUsage:/);
  });

  it('refuses a language or time zone that the build would refuse, before reading anything', () => {
    const input = join(IMPORT, 'plain.csv');
    expect(() => runImport({ format: 'csv', input, out: 'y', lang: 'english please' })).toThrow(
      '--lang: "english please" is not a language tag',
    );
    expect(() => runImport({ format: 'csv', input, out: 'y', timeZone: 'Mars/Olympus' })).toThrow(
      '--time-zone: "Mars/Olympus" is not a time zone',
    );
  });

  it('writes nothing when the input has problems', () => {
    const dir = tmp();
    const input = join(dir, 'bad.csv');
    writeFileSync(input, 'date,title\n2014-13,Bad month\n');
    expect(() => runImport({ format: 'csv', input, out: join(dir, 'out') })).toThrow(/line 2: date: month 13/);
    expect(readdirSync(dir)).toEqual(['bad.csv']);
  });
});

describe('npm run import (the command)', () => {
  it('prints what it wrote and how many placeholders are left', () => {
    const out = join(tmp(), 'case');
    const { code, out: printed } = cli(['timelinejs', join(IMPORT, 'sheet.csv'), '--out', out]);
    expect(code).toBe(0);
    expect(printed).toMatch(
      /^Wrote .*case\/ \(\d+ files\) and .*case\.import-report\.md\.\n\d+ placeholder\(s\) to fill in/,
    );
  });

  it('takes the site title from --title', () => {
    const out = join(tmp(), 'case');
    const { code } = cli(['csv', join(IMPORT, 'plain.csv'), '--out', out, '--title', 'A chronology']);
    expect(code).toBe(0);
    expect(readFileSync(join(out, 'site.md'), 'utf8')).toMatch(/^title: 'A chronology'$/m);
  });

  it('names the file, the place and what was expected for bad input, every problem, no stack trace', () => {
    const dir = tmp();
    const input = join(dir, 'bad.json');
    writeFileSync(input, JSON.stringify({ events: [{ text: {} }, 'nonsense'] }));
    const { code, err } = cli(['timelinejs', input, '--out', join(dir, 'out')]);
    expect(code).toBe(1);
    expect(err).toBe(
      `import: ${input}: events[0].start_date: is required: expected {"year": …}\n` +
        `${input}: events[1]: expected an object with start_date and text\n`,
    );
    expect(readdirSync(dir)).toEqual(['bad.json']);
  });

  it('says how to use it when arguments are missing or unknown, as a usage error (exit code 2)', () => {
    for (const args of [[], ['timelinejs', 'x.json'], ['csv', 'x.csv', '--out', 'y', '--bogus']]) {
      let thrown: unknown;
      try {
        main(args);
      } catch (error) {
        thrown = error;
      }
      if (thrown instanceof ImportError) expect(thrown.code, args.join(' ')).toBe(2);
      // parseArgs's own error for an unknown option: the command prints the usage after it, with code 2.
      else expect(String(thrown), args.join(' ')).toContain("Unknown option '--bogus'");
      expect(thrown instanceof ImportError ? thrown.message : '', args.join(' ')).toMatch(/Usage:|^$/);
    }
  });
});
