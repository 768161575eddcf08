import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationsOf, readEntries } from '../../helpers/content';

// The Stephen Port case's suite: these tests are about this case's content, not the engine.
// The research material lives beside the project (../shared), as on every developer machine and in CI.
const SHARED = join(import.meta.dirname, '../../../../shared');
const SEEDS: Record<string, string> = {
  'bbc-2023-met-officers-investigated': 'seeds/000_c3c953b1b60281f3.txt',
  'newham-recorder-2023-iopc-probe': 'seeds/002_0581f86abef0f15b.txt',
};
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

const NEEDED = ['research/case-facts.md', ...Object.values(SEEDS)];
const missing = NEEDED.filter((file) => !existsSync(join(SHARED, file)));
/** A research file's text, or nothing when it is missing (the first test then says so). */
const read = (file: string) => (missing.includes(file) ? '' : normalise(readFileSync(join(SHARED, file), 'utf8')));

describe('every quote is verbatim', () => {
  const facts = read('research/case-facts.md');
  const seeds = Object.fromEntries(Object.entries(SEEDS).map(([id, file]) => [id, read(file)]));

  it('finds the research material beside the project', () => {
    expect(
      missing,
      `The quotes are checked against the research material in ${SHARED}, which is missing these files: ` +
        `${missing.join(', ')}. Check out ../shared beside the project (as CI does) and run the tests again.`,
    ).toEqual([]);
  });

  const citations = readEntries().flatMap((entry) => citationsOf(entry.data).map((c) => ({ ...c, file: entry.file })));

  it('finds citations to check', () => {
    expect(citations.length).toBeGreaterThan(100);
  });

  it.skipIf(missing.length > 0)('quotes the two seed articles word for word from their text', () => {
    const wrong = citations
      .filter((c) => c.source in SEEDS)
      .filter((c) => !(seeds[c.source] ?? '').includes(normalise(c.quote)))
      .map((c) => `${c.file}: "${c.quote}"`);
    expect(wrong).toEqual([]);
  });

  it.skipIf(missing.length > 0)('quotes every other source word for word as the research notes give it', () => {
    const wrong = citations
      .filter((c) => !(c.source in SEEDS))
      .filter((c) => !facts.includes(normalise(c.quote)))
      .map((c) => `${c.file} (${c.source}): "${c.quote}"`);
    expect(wrong).toEqual([]);
  });
});
