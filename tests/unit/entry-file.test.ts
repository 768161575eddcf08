import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryData, readEntryFile, writeEntryFile } from '../../src/lib/model/entry-file';
import { EDITED, entrySchemas, type Edited } from '../../src/lib/model/entry-schemas';
import { FIXTURES } from '../helpers/fixtures';

const schemas = entrySchemas();

/** Every content file of the valid fixture cases, with the schema of its folder. */
function fixtureFiles(): { path: string; kind: Edited }[] {
  return readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !name.startsWith('bad/') && !name.startsWith('import/'))
    .map((name) => {
      const kind = basename(name) === 'site.md' ? 'site' : basename(dirname(name));
      return { path: join(FIXTURES, name), kind: kind as Edited };
    })
    .filter((file) => (EDITED as readonly string[]).includes(file.kind));
}

describe('the browser editor’s file format (readEntryFile, writeEntryFile)', () => {
  const files = fixtureFiles();

  it('reads every fixture file', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  // What the editor's serialiser changes in a hand-written file (docs/editing-in-the-browser.md):
  // quoting, list style, key order and comments. What the file says never changes.
  it.each(files.map((f) => [relative(FIXTURES, f.path), f.kind]))(
    '%s: the same data after a round trip',
    (name, kind) => {
      const schema = schemas[kind];
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const read = readEntryFile(text, schema);
      const written = writeEntryFile(read, schema);
      const back = readEntryFile(written, schema);
      expect(back.body).toBe(read.body);
      expect(back.data).toEqual(entryData(read.data, schema));
      // A file the editor wrote comes back byte for byte.
      expect(writeEntryFile(back, schema)).toBe(written);
    },
  );

  it('writes the house style: schema order, text in double quotes, dates plain, lists as blocks', () => {
    const text = [
      '---',
      'kind: inquest',
      "title: 'It''s 2015'",
      'date: 2015',
      'end: 2015-06',
      'tags: [a-tag]',
      'approximate: false',
      'scheduled: true',
      'place: ""',
      'people: []',
      'citations:',
      '  - quote: "said: \\"no\\""',
      '    source: the-gazette',
      '    __sc_item_id: "x1"',
      'summary: "Done."',
      '---',
      '',
      '',
      'Body **text**.',
      '',
      '',
    ].join('\n');
    expect(writeEntryFile(readEntryFile(text, schemas.events), schemas.events)).toBe(
      [
        '---',
        'title: "It\'s 2015"',
        'date: 2015',
        'tags:',
        '  - "a-tag"',
        'end: 2015-06',
        'scheduled: true',
        'kind: "inquest"',
        'summary: "Done."',
        'citations:',
        '  - source: "the-gazette"',
        '    quote: "said: \\"no\\""',
        '---',
        '',
        'Body **text**.',
        '',
      ].join('\n'),
    );
  });

  it('keeps a key the schema does not know, for the build to name', () => {
    const written = writeEntryFile({ data: { title: 'T', colour: 'red' }, body: '' }, schemas.pages);
    expect(written).toBe('---\ntitle: "T"\ncolour: "red"\n---\n');
  });

  it('leaves out a comment: the one thing of a hand-written file it cannot keep', () => {
    const text = "---\n# why\nname: 'A'\n---\n";
    expect(writeEntryFile(readEntryFile(text, schemas.people), schemas.people)).toBe('---\nname: "A"\n---\n');
  });

  it('refuses a file that is not front matter, naming the problem', () => {
    expect(() => readEntryFile('no front matter', schemas.events)).toThrow(/front matter|---/);
  });
});
