import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationsOf, readEntries } from '../helpers/content';

// The research material lives beside the project (../shared), as on every developer machine and in CI.
const SHARED = join(import.meta.dirname, '../../../shared');
const SEEDS: Record<string, string> = {
  'bbc-2023-met-officers-investigated': 'seeds/000_c3c953b1b60281f3.txt',
  'newham-recorder-2023-iopc-probe': 'seeds/002_0581f86abef0f15b.txt',
};
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.skipIf(!existsSync(SHARED))('every quote is verbatim', () => {
  const facts = normalise(readFileSync(join(SHARED, 'research/case-facts.md'), 'utf8'));
  const seeds = Object.fromEntries(
    Object.entries(SEEDS).map(([id, file]) => [id, normalise(readFileSync(join(SHARED, file), 'utf8'))]),
  );
  const citations = readEntries().flatMap((entry) => citationsOf(entry.data).map((c) => ({ ...c, file: entry.file })));

  it('finds citations to check', () => {
    expect(citations.length).toBeGreaterThan(100);
  });

  it('quotes the two seed articles word for word from their text', () => {
    const wrong = citations
      .filter((c) => c.source in SEEDS)
      .filter((c) => !(seeds[c.source] ?? '').includes(normalise(c.quote)))
      .map((c) => `${c.file}: "${c.quote}"`);
    expect(wrong).toEqual([]);
  });

  it('quotes every other source word for word as the research notes give it', () => {
    const wrong = citations
      .filter((c) => !(c.source in SEEDS))
      .filter((c) => !facts.includes(normalise(c.quote)))
      .map((c) => `${c.file} (${c.source}): "${c.quote}"`);
    expect(wrong).toEqual([]);
  });
});
