import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkQuotesAgainstCopies,
  citationsIn,
  copiesDir,
  copiesFolderProblems,
  countCheckedQuotes,
  readCopies,
  sha256,
  type Copy,
} from '../../src/lib/content/copies';

const copyText = 'The watchdog said it had reviewed the evidence. Officers were told on Monday.';
const copy: Copy = { sourceId: 'gazette', file: 'copies/gazette.txt', text: copyText, sha256: sha256(copyText) };
const copies = new Map([['gazette', copy]]);
const sources = new Set(['gazette', 'herald']);
const cite = (source: string, quote: string) => ({ source: { id: source, collection: 'sources' }, quote });

describe('copiesDir', () => {
  it('is copies/ inside the case folder by default', () => {
    expect(copiesDir('/case', {})).toBe('/case/copies');
  });
  it('is TIMELINE_COPIES when set, so copies can live outside a public repository', () => {
    expect(copiesDir('/case', { TIMELINE_COPIES: ' /private/copies/ ' })).toBe('/private/copies');
  });
});

describe('copiesFolderProblems', () => {
  it('has nothing to say about the case’s own copies/ folder, even when it does not exist', () => {
    expect(copiesFolderProblems('/no/such/case', {})).toEqual({ problems: [], notes: [] });
  });
  it('refuses a TIMELINE_COPIES folder that does not exist, rather than check nothing', () => {
    expect(copiesFolderProblems('/case', { TIMELINE_COPIES: '/no/such/copies' }).problems).toEqual([
      { file: '/no/such/copies', field: '(folder)', message: 'TIMELINE_COPIES names a folder that does not exist' },
    ]);
  });
  it('notes that the case’s own copies/ is not read while TIMELINE_COPIES points elsewhere', () => {
    const dir = mkdtempSync(join(tmpdir(), 'case-'));
    mkdirSync(join(dir, 'copies'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'copies-'));
    const { problems, notes } = copiesFolderProblems(dir, { TIMELINE_COPIES: elsewhere });
    expect(problems).toEqual([]);
    expect(notes).toEqual([
      `${dir}/copies is not read: TIMELINE_COPIES points to ${elsewhere}, which holds the copies instead.`,
    ]);
  });
});

describe('sha256', () => {
  it('gives the hex digest of the text', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('readCopies', () => {
  it('reads each <source-id>.txt with its digest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copies-'));
    writeFileSync(join(dir, 'gazette.txt'), 'abc');
    const { copies: read, problems } = readCopies(dir);
    expect(problems).toEqual([]);
    expect(read.get('gazette')).toMatchObject({ text: 'abc', sha256: sha256('abc') });
  });
  it('refuses a file that is not a .txt copy, and ignores hidden files and a capture’s WARC', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copies-'));
    writeFileSync(join(dir, 'gazette.pdf'), '');
    writeFileSync(join(dir, 'gazette.warc.gz'), '');
    writeFileSync(join(dir, '.DS_Store'), '');
    const { copies: read, problems } = readCopies(dir, (p) => p.replace(dir, 'copies'));
    expect(read.size).toBe(0);
    expect(problems).toEqual([
      { file: 'copies/gazette.pdf', field: '(file)', message: expect.stringMatching(/<source-id>\.txt/) as string },
    ]);
  });
  it('gives no copies for a folder that does not exist', () => {
    expect(readCopies('/no/such/folder').copies.size).toBe(0);
  });
});

describe('citationsIn', () => {
  it('finds citations at the top level and nested in findings, with their paths', () => {
    const data = {
      citations: [cite('gazette', 'a'), cite('herald', 'b')],
      findings: [{ citations: [cite('gazette', 'c')] }],
    };
    expect(citationsIn(data)).toEqual([
      { path: 'citations[0]', source: 'gazette', quote: 'a' },
      { path: 'citations[1]', source: 'herald', quote: 'b' },
      { path: 'findings[0].citations[0]', source: 'gazette', quote: 'c' },
    ]);
  });
  it('reads a source written as a plain id', () => {
    expect(citationsIn({ citations: [{ source: 'x', quote: 'q' }] })).toEqual([
      { path: 'citations[0]', source: 'x', quote: 'q' },
    ]);
  });
});

describe('checkQuotesAgainstCopies', () => {
  const entry = (citations: unknown[]) => ({ id: 'e', filePath: 'content/events/e.md', data: { citations } });

  it('accepts quotes found in the copy and quotes of sources without a copy', () => {
    const events = [entry([cite('gazette', 'reviewed the evidence'), cite('herald', 'anything at all')])];
    expect(checkQuotesAgainstCopies({ events }, copies, sources)).toEqual([]);
  });
  it('refuses a quote not in the copy, naming the file, the citation and the nearest passage', () => {
    const events = [
      entry([cite('gazette', 'reviewed the evidence'), cite('gazette', 'Officers were told on Tuesday')]),
    ];
    expect(checkQuotesAgainstCopies({ events }, copies, sources)).toEqual([
      {
        file: 'content/events/e.md',
        field: 'citations[1].quote',
        message:
          'is not in the copy of "gazette" (copies/gazette.txt); the nearest passage there is: "Officers were told on Monday."',
      },
    ]);
  });
  it('checks citations under a person’s findings too', () => {
    const people = [{ id: 'p', data: { findings: [{ citations: [cite('gazette', 'never said')] }] } }];
    expect(checkQuotesAgainstCopies({ people }, copies, sources)[0]).toMatchObject({
      file: 'people/p.md',
      field: 'findings[0].citations[0].quote',
    });
  });
  it('refuses a copy named after no source', () => {
    expect(checkQuotesAgainstCopies({}, copies, new Set(['herald']))).toEqual([
      {
        file: 'copies/gazette.txt',
        field: '(file)',
        message: expect.stringMatching(/no sources\/gazette\.md/) as string,
      },
    ]);
  });
});

describe('countCheckedQuotes', () => {
  it('counts the quotes whose source has a copy, out of all quotes', () => {
    const entries = [{ data: { citations: [cite('gazette', 'a'), cite('herald', 'b')] } }, { data: { citations: [] } }];
    expect(countCheckedQuotes(entries, (id) => id === 'gazette')).toEqual({ checked: 1, total: 2 });
  });
});
