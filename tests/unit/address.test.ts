import { describe, expect, it } from 'vitest';
import { judgeBody } from '../../src/lib/content/html-safety';
import { addressProblem, codePoint, lookAlikeHost } from '../../src/lib/model/address';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../../src/lib/model/problems';
import { validateCase } from '../../src/lib/content/validate';
import { caseWith } from '../helpers/fixtures';

/** The minimal case with one source's file replaced, checked as the build checks it. */
function problemsOf(source: string): string[] {
  const dir = caseWith();
  writeFileSync(join(dir, 'sources/the-gazette.md'), source);
  return validateCase(dir, dir).problems.map(formatProblem);
}

describe('addressProblem', () => {
  it('passes ordinary addresses, encoded characters, ports, and one-script international hosts', () => {
    for (const address of [
      'https://example.org/a%20b?q=1#top',
      'http://example.org:8080/x',
      'https://fr.wikipedia.org/wiki/Étienne',
      'https://bücher.de/',
      'https://пример.рф/',
      'https://medium.com/@someone/post',
    ]) {
      expect(addressProblem(address), address).toBeUndefined();
    }
  });

  it('refuses a user name or password without repeating it', () => {
    for (const address of ['https://editor:hunter2@example.org/x', 'https://token@example.org/', 'http://a:b@c.d']) {
      const problem = addressProblem(address) ?? '';
      expect(problem).toMatch(/^holds a user name or password/);
      expect(problem).not.toMatch(/hunter2|token|editor/);
    }
  });

  it('refuses spaces, invisible characters and those a URL excludes, by code point, and a stray %', () => {
    expect(addressProblem('https://example.org/a b')).toMatch(/^holds a space, which an address may not/);
    expect(addressProblem('https://exa\u200bmple.org/')).toMatch(/^holds the character U\+200B, which/);
    expect(addressProblem('https://example.org/a"b')).toMatch(/^holds the character U\+0022 \("""\)/);
    expect(addressProblem('https://example.org/100%')).toMatch(/^holds a "%" that does not start an encoded character/);
  });

  it('refuses a host that would read as another site, showing its punycode and code points', () => {
    expect(addressProblem('https://аpple.com/')).toBe(
      'its host "аpple.com" (xn--pple-43d.com) mixes Cyrillic and Latin letters in "аpple" ("а" U+0430): it would read as another site\'s address; write the address as the site itself gives it',
    );
    expect(lookAlikeHost('аррӏе.com')).toMatch(
      /is written in Cyrillic letters that look like Latin ones \("а" U\+0430, "р" U\+0440, "ӏ" U\+04CF, "е" U\+0435\)/,
    );
    expect(codePoint('а')).toBe('U+0430');
  });
});

describe('addresses in content', () => {
  it('names the file and field of a source address with a password, never the password', () => {
    const problems = problemsOf(
      [
        '---',
        "title: 'The Gazette report'",
        "publisher: 'The Gazette'",
        'kind: news-report',
        "url: 'https://editor:hunter2@example.org/gazette'",
        "archived: 'https://example.org/a report'",
        'published: 2015-02-01',
        '---',
        '',
      ].join('\n'),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^sources\/the-gazette\.md: url: holds a user name or password/),
      expect.stringMatching(/^sources\/the-gazette\.md: archived: holds a space/),
    ]);
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it('refuses a body link with a password or to a look-alike host', () => {
    const messages = judgeBody('[a](https://me:hunter2@example.org/)\n\n[b](https://аpple.com/)').map((f) => f.message);
    expect(messages).toEqual([
      expect.stringMatching(/^a link in `href` on `<a>` holds a user name or password/),
      expect.stringMatching(
        /^a link in `href` on `<a>`: its host "аpple\.com" \(xn--pple-43d\.com\) mixes Cyrillic and Latin/,
      ),
    ]);
    expect(messages.join('\n')).not.toContain('hunter2');
  });
});
