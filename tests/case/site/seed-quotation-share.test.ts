/**
 * Real-case suite: about the Stephen Port case in content/, not the engine.
 *
 * The site quotes its two seed articles in short passages and links to them; it must never come close
 * to republishing one. No page or download of the built site (HTML, citations.csv, the JSON exports,
 * feeds…) may hold more than half of either article's sentences of eight words or more, verbatim.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/build';
import { sharedBuild } from '../../helpers/shared-builds';
import { normalise, readableText, sentencesOf } from '../../helpers/case-text';

const SHARED = join(ROOT, '../shared');
const SEEDS = [
  {
    name: 'BBC News, “Stephen Port: Met Police officers investigated over serial killer”',
    file: 'seeds/000_c3c953b1b60281f3.txt',
  },
  {
    name: 'Newham Recorder, “Met Police officers face IOPC probe over Stephen Port case”',
    file: 'seeds/002_0581f86abef0f15b.txt',
  },
];
const TEXT_FILES = /\.(html|csv|json|xml|txt|md|ics|webmanifest)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

let outDir: string;
let files: { path: string; text: string }[];

beforeAll(() => {
  outDir = sharedBuild('case');
  files = filesUnder(outDir)
    .filter((file) => TEXT_FILES.test(file))
    .map((file) => ({ path: relative(outDir, file), text: normalise(readableText(file, readFileSync(file, 'utf8'))) }));
});

describe('the built site does not republish a seed article', () => {
  it('has the seed articles beside the project', () => {
    for (const seed of SEEDS) {
      expect(
        existsSync(join(SHARED, seed.file)),
        `${seed.file} not found in ${SHARED}: the check needs ../shared beside the project`,
      ).toBe(true);
    }
  });

  it('reads the pages and downloads, including the citations download', () => {
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['index.html', 'data/citations.csv']));
  });

  for (const seed of SEEDS) {
    it(`holds at most half of the longer sentences of ${seed.name} in any one file`, () => {
      const path = join(SHARED, seed.file);
      if (!existsSync(path)) throw new Error(`${seed.file} not found in ${SHARED}`);
      const sentences = sentencesOf(readFileSync(path, 'utf8'));
      expect(sentences.length).toBeGreaterThan(10);
      const over = files
        .map((file) => ({ file: file.path, held: sentences.filter((s) => file.text.includes(s)).length }))
        .filter(({ held }) => held * 2 > sentences.length)
        .map(
          ({ file, held }) =>
            `${file} holds ${held} of the ${sentences.length} sentences (${Math.round((100 * held) / sentences.length)}%) of ${seed.name}`,
        );
      expect(over).toEqual([]);
    });
  }
});

describe('finding an article’s sentences in built files', () => {
  it('counts sentences of eight words or more, without their quotation marks', () => {
    expect(sentencesOf('Short one. “This sentence has exactly eight words in it.” Next!')).toEqual([
      'This sentence has exactly eight words in it.',
    ]);
  });

  it('reads HTML as a reader does, across inline tags and entities', () => {
    const html = '<p>He said they were <q>cautiously&nbsp;encouraged</q> &amp; glad.</p>';
    expect(normalise(readableText('a.html', html))).toBe('He said they were cautiously encouraged & glad.');
  });

  it('reads the strings of JSON and the cells of CSV', () => {
    expect(readableText('a.json', JSON.stringify({ q: 'He said "no".' }))).toBe('He said "no".');
    expect(readableText('a.csv', '"He said ""no""."')).toBe('"He said "no"."');
  });
});
