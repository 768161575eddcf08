import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseText } from '../../../src/lib/content/quote-match';
import { CONTENT } from '../../helpers/content';
import { sharedBuild } from '../../helpers/shared-builds';

// About this case's content: the editors' copies in content/copies/ must never reach the site.

/** Every file under a folder, with its text. */
function texts(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return texts(path, keep);
    return keep(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

const flat = (text: string) => normaliseText(text.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' '));

// The case as `npm run build` built it, shared by the case suite.
let build: { outDir: string };

beforeAll(() => {
  build = { outDir: sharedBuild('case') };
});

describe('the real case’s copies', () => {
  const copies = readdirSync(join(CONTENT, 'copies')).filter((n) => n.endsWith('.txt'));
  // Everything an editor wrote in the case (quotes, bodies) may be on the site; the rest of a copy may not.
  const content = flat(texts(CONTENT, (n) => n.endsWith('.md')).join('\n'));

  it('are the two seed articles, one per source that has a copy', () => {
    expect(copies.sort()).toEqual(['bbc-2023-met-officers-investigated.txt', 'newham-recorder-2023-iopc-probe.txt']);
  });

  for (const name of copies) {
    it(`${name}: none of its sentences that the case does not quote is anywhere in dist/`, () => {
      const sentences = readFileSync(join(CONTENT, 'copies', name), 'utf8')
        .split(/(?<=[.!?])\s+|\n+/)
        .map(flat)
        .filter((s) => s.split(' ').length >= 10 && !content.includes(s));
      // Enough unquoted sentences that the check means something.
      expect(sentences.length).toBeGreaterThanOrEqual(5);
      const published = texts(build.outDir, (n) => /\.(html|xml|json|csv|txt|js)$/.test(n)).map(flat);
      for (const sentence of sentences) {
        expect(
          published.some((text) => text.includes(sentence)),
          sentence,
        ).toBe(false);
      }
    });
  }
});
