import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/model/problems';
import { validateCase } from '../../src/lib/content/validate';
import { caseWith } from '../helpers/fixtures';
import { png, SVG_WITH_SCRIPT } from '../helpers/pictures';

// What a hostile or careless editor could put in a case, tried on the content check itself
// (validateCase): each is refused with the file and what is wrong, and never a stack trace.

const EVENT = 'events/2015-01-10-first-event.md';

/** The minimal case's event, with front matter lines added or replaced and a body. */
function event(body = 'A plain body.', fields: Record<string, string> = {}): string {
  const front: Record<string, string> = {
    title: "'Something happened'",
    date: '2015-01-10',
    kind: 'statement',
    summary: "'Something happened, as the source says.'",
    ...fields,
  };
  const lines = Object.entries(front).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\ninvestigations: [the-inquiry]\ncitations:\n  - source: the-gazette\n    quote: 'something happened'\n---\n\n${body}\n`;
}

/** The problems of the minimal case with these files written over it, as the build prints them. */
function problemsWith(files: Record<string, string | Buffer>, prepare?: (dir: string) => void): string[] {
  const dir = caseWith();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  prepare?.(dir);
  return validateCase(dir, dir).problems.map(formatProblem);
}

const bodyProblems = (body: string) => problemsWith({ [EVENT]: event(body) });

function expectRefused(problems: string[], ...patterns: RegExp[]) {
  for (const pattern of patterns) expect(problems).toContainEqual(expect.stringMatching(pattern));
  for (const problem of problems) expect(problem).not.toMatch(/\n\s+at /);
}

describe('script the old text patterns did not see', () => {
  it('refuses a javascript: link written with decimal, hexadecimal or named entities', () => {
    const problems = bodyProblems(
      ['[a](&#106;avascript:alert(1))', '[b](jav&#x61;script:alert(1))', '[c](javascript&colon;alert(1))'].join('\n\n'),
    );
    expect(problems.filter((p) => p.includes('a link to `javascript:`'))).toHaveLength(3);
    expectRefused(problems, /^events\/2015-01-10-first-event\.md: \(body\) line 14: a link to `javascript:`/);
  });

  it('refuses a javascript: link in raw HTML with entities or a tab inside the word', () => {
    expectRefused(
      bodyProblems('<a href="jav&#x09;ascript:alert(1)">x</a>\n\n<a href="java\tscript:alert(1)">y</a>'),
      /line 12: a link to `javascript:`/,
      /line 14: a link to `javascript:`/,
    );
  });

  it('refuses a javascript: address in a reference definition', () => {
    expectRefused(bodyProblems('See [this][r].\n\n[r]: javascript:alert(1)'), /a link to `javascript:`/);
  });

  it('refuses onerror after an attribute whose value holds >, and one joined to the tag by /', () => {
    expectRefused(
      bodyProblems('<img alt=">" src="x.png" onerror="alert(1)">\n\n<div>\n<img/onerror=alert(1) src="y.png">\n</div>'),
      /line 12: an `onerror` attribute on `<img>` is not allowed/,
      /line 15: an `onerror` attribute on `<img>` is not allowed/,
    );
  });

  it('refuses a handler in raw HTML inside a GFM table cell', () => {
    expectRefused(
      bodyProblems('| a | b |\n| - | - |\n| <img src="x.png" onmouseover="alert(1)"> | c |'),
      /line 14: an `onmouseover` attribute on `<img>` is not allowed/,
    );
  });
});

describe('loads from other sites', () => {
  it('refuses a raw <img> from another site', () => {
    expectRefused(
      bodyProblems('<img src="https://tracker.example/x.png" alt="">'),
      /an image or media file from another site on `<img>` \("https:\/\/tracker\.example\/x\.png"\) is not allowed/,
    );
  });

  it('refuses a protocol-relative Markdown image and a data: image', () => {
    expectRefused(
      bodyProblems('![](//host.example/x.png)\n\n![](data:image/png;base64,AAAA)'),
      /line 12: an image or media file from another site on `<img>` \("\/\/host\.example\/x\.png"\)/,
      /line 14: an image or media file from `data:` on `<img>`/,
    );
  });

  it('accepts an image of the case by a relative path, and refuses one outside the case or missing', () => {
    const withImage = (body: string) =>
      problemsWith({ [EVENT]: event(body), 'images/map.png': png(2, 2), 'images/notes.txt': 'x' });
    expect(withImage('![A map](../images/map.png)')).toEqual([
      'images/notes.txt: (file): is not an image the site can show: images/ holds .png, .jpg, .gif, .webp and .avif files',
    ]);
    expectRefused(
      withImage('![](../images/missing.png)\n\n![](../../../../../etc/hostname)'),
      /line 12: an image or media file that is not in the case \("\.\.\/images\/missing\.png"\)/,
      /line 14: an image or media file that is not in the case \("\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/hostname"\)/,
    );
  });

  it('refuses a picture whose bytes are not what its name says, naming the file, not publishing it', () => {
    expect(
      problemsWith({
        [EVENT]: event('![A map](../images/map.png)'),
        'images/map.png': SVG_WITH_SCRIPT,
        'images/bomb.png': png(30_000, 30_000),
      }),
    ).toEqual([
      'images/bomb.png: (picture): is 30,000 × 30,000 pixels: a picture may be at most 16,383 pixels a side',
      'images/map.png: (picture): is an SVG drawing (whatever its name says): SVG can carry scripts, so the site does not publish it; export it as a PNG',
    ]);
  });
});

describe('layout and deception', () => {
  it('refuses an inline style, in any attribute order', () => {
    expectRefused(
      bodyProblems('<div style="position:fixed;inset:0">x</div>\n\n<span title="a" STYLE="color:red">y</span>'),
      /line 12: an inline `style` attribute on `<div>` is not allowed/,
      /line 14: an inline `style` attribute on `<span>` is not allowed/,
    );
  });

  it('refuses raw-text elements that swallow the rest of the page', () => {
    const problems = bodyProblems(
      // <plaintext> last: the browser reads everything after it as text, the rest of the page too.
      ['<xmp>x</xmp>', '<textarea>x</textarea>', '<title>x</title>', '<noscript>x</noscript>', '<plaintext>'].join(
        '\n\n',
      ),
    );
    for (const tag of ['plaintext', 'xmp', 'textarea', 'title', 'noscript']) {
      expect(problems).toContainEqual(expect.stringContaining(`a \`<${tag}>\` element is not allowed`));
    }
  });

  it('refuses a right-to-left override or isolate in a title and a name', () => {
    const problems = problemsWith({
      [EVENT]: event(undefined, { title: "'Paid \u202Efeirf'" }),
      'people/ada-lovelace.md':
        "---\nname: 'Ada \u2067Lovelace'\nroles: [official]\nsummary: 'An official.'\ncitations:\n  - source: the-gazette\n    quote: 'an official'\n---\n",
    });
    expectRefused(
      problems,
      /^events\/2015-01-10-first-event\.md: title: holds an invisible U\+202E RIGHT-TO-LEFT OVERRIDE character/,
      /^people\/ada-lovelace\.md: name: holds an invisible U\+2067 RIGHT-TO-LEFT ISOLATE character/,
    );
  });

  it('allows right-to-left text and its marks in the body', () => {
    expect(bodyProblems('قال المتحدث \u200Fإن التحقيق مستمر.\n\nעברית גם.')).toEqual([]);
  });
});

describe('crashes that become messages', () => {
  it('reports a blockquote nested 10,000 deep, quickly, without a stack overflow', () => {
    const started = performance.now();
    const problems = bodyProblems(`${'>'.repeat(10_000)} deep`);
    expect(performance.now() - started).toBeLessThan(5000);
    expectRefused(problems, /\(body\) line 12: quotes or lists nested more than 16 deep/);
  });

  it('reports lists nested thousands deep and HTML elements nested past the limit', () => {
    expectRefused(bodyProblems(`${'- '.repeat(3000)}x`), /quotes or lists nested more than 16 deep/);
    expectRefused(bodyProblems(`${'<span>'.repeat(40)}x`), /elements nested more than 16 deep are not allowed/);
  });

  it('reports a folder named like an entry and a dangling symbolic link', () => {
    const problems = problemsWith({}, (dir) => {
      mkdirSync(join(dir, 'events', 'x.md'));
      symlinkSync(join(dir, 'events', 'gone.md'), join(dir, 'events', '2015-01-11-link.md'));
    });
    expectRefused(
      problems,
      /^events\/x\.md: \(file\): is a folder named like an entry/,
      /^events\/2015-01-11-link\.md: \(file\): is a symbolic link to nothing/,
    );
  });

  it('reports a folder where site.md should be, and a file where a collection folder should be', () => {
    const problems = problemsWith({}, (dir) => {
      rmSync(join(dir, 'site.md'));
      mkdirSync(join(dir, 'site.md'));
      rmSync(join(dir, 'pages'), { recursive: true });
      writeFileSync(join(dir, 'pages'), 'x');
    });
    expectRefused(
      problems,
      /^site\.md: \(file\): is a folder where the site\.md file should be$/,
      /^pages: \(file\): is not part of the site/,
    );
  });
});

describe('files taken or dropped without a word', () => {
  it('refuses a symbolic link to a file outside the case folder', () => {
    const outside = join(tmpdir(), `outside-${String(process.pid)}.md`);
    writeFileSync(outside, event());
    const problems = problemsWith({}, (dir) => symlinkSync(outside, join(dir, 'events', '2015-01-12-elsewhere.md')));
    expectRefused(
      problems,
      /^events\/2015-01-12-elsewhere\.md: \(file\): is a symbolic link to .*, outside the case folder/,
    );
  });

  it('reports hidden files in the case and in a collection', () => {
    const problems = problemsWith({ 'events/.2020-01-01-draft.md': event(), '.notes': 'x' });
    expectRefused(problems, /^events\/\.2020-01-01-draft\.md: \(file\): is hidden/, /^\.notes: \(file\): is hidden/);
  });

  it('says nothing of git’s own files in a case kept as its own repository, but reports other hidden ones', () => {
    const problems = problemsWith({ '.git/HEAD': 'ref: refs/heads/main', '.gitignore': 'dist/', '.env': 'x' });
    expect(problems).toEqual([expect.stringMatching(/^\.env: \(file\): is hidden/)]);
  });

  it('accepts text copies of sources (and the WARC a capture kept) in copies/ and reports anything else there', () => {
    // The copy holds every passage the minimal case quotes from the-gazette, so only the stray is refused.
    const copy = 'It said something happened to a victim; an official spoke; an inquiry followed.';
    const problems = problemsWith({
      'copies/the-gazette.txt': copy,
      'copies/the-gazette.warc.gz': 'x',
      'copies/the-gazette.pdf': 'x',
    });
    expect(problems).toEqual([
      'copies/the-gazette.pdf: (file): is not a copy of a source: copies/ holds plain-text files named <source-id>.txt (and captures as <source-id>.warc.gz)',
    ]);
  });
});

describe('limits', () => {
  it('refuses a 100,000-character title and a 5 MB body, naming the sizes', () => {
    expectRefused(
      problemsWith({ [EVENT]: event(undefined, { title: 'x'.repeat(10_000) }) }),
      /^events\/2015-01-10-first-event\.md: title: is 10,000 characters long: this field may hold at most 300$/,
    );
    expectRefused(
      problemsWith({ [EVENT]: event(undefined, { title: 'x'.repeat(100_000) }) }),
      /\(front matter\): is 100,\d{3} characters long: front matter may hold at most 64,000/,
    );
    expectRefused(
      bodyProblems('word '.repeat(1_000_000)),
      /\(body\): is 5,000,00\d characters long: a body may hold at most 100,000/,
    );
  });

  it('refuses front matter padded with 3,000 blank lines, quickly', () => {
    const started = performance.now();
    const padded = event().replace('---\n', `---\n${'\n'.repeat(3000)}`);
    const problems = problemsWith({ [EVENT]: padded });
    expect(performance.now() - started).toBeLessThan(5000);
    expectRefused(problems, /\(front matter\): has 3,0\d\d lines: front matter may have at most 1,000/);
  });

  it('accepts a long title within the limit', () => {
    expect(problemsWith({ [EVENT]: event(undefined, { title: `'${'a'.repeat(300)}'` }) })).toEqual([]);
  });
});

describe('impossible facts', () => {
  it('refuses an event dated after the build date unless it is scheduled', () => {
    expectRefused(
      problemsWith({ [EVENT]: event(undefined, { date: '2999-01-10' }) }),
      /^events\/2015-01-10-first-event\.md: date: 10 January 2999 is after the build date \(\d{4}-\d\d-\d\d\): check the year, or add "scheduled: true"/,
    );
    const scheduled = problemsWith({ [EVENT]: event(undefined, { date: '2999-01-10', scheduled: 'true' }) });
    expect(scheduled.filter((p) => p.includes('after the build date'))).toEqual([]);
  });

  it('refuses a source published in the future', () => {
    expectRefused(
      problemsWith({
        'sources/the-gazette.md':
          "---\ntitle: 'The Gazette report'\npublisher: 'The Gazette'\nkind: news-report\nurl: 'https://example.org/gazette'\npublished: 2999-02-01\n---\n",
      }),
      /^sources\/the-gazette\.md: published: 1 February 2999 is after the build date .*: a source cannot be published in the future/,
    );
  });

  it('refuses a person who died before they were born', () => {
    expectRefused(
      problemsWith({
        'people/charles-babbage.md':
          "---\nname: 'Charles Babbage'\nroles: [victim]\nborn: 2014-12-02\ndied: 2014-12-01\nsummary: 'The victim.'\ncitations:\n  - source: the-gazette\n    quote: 'a victim'\n---\n",
      }),
      /^people\/charles-babbage\.md: died: 1 December 2014 is before their birth \(2 December 2014\)/,
    );
  });

  it('refuses an investigation that is part of itself, directly or through another', () => {
    const investigation = (id: string, partOf: string) =>
      `---\ntitle: '${id}'\nkind: inquest\nconductedBy: 'A coroner'\nstart: 2015-01\nend: 2015-12\nstatus: concluded\noutcome: 'It concluded.'\nsummary: 'An inquiry.'\npartOf: ${partOf}\ncitations:\n  - source: the-gazette\n    quote: 'an inquiry'\n---\n`;
    expectRefused(
      problemsWith({ 'investigations/the-inquiry.md': investigation('the-inquiry', 'the-inquiry') }),
      /^investigations\/the-inquiry\.md: partOf: an investigation cannot be part of itself$/,
    );
    expectRefused(
      problemsWith({
        'investigations/the-inquiry.md': investigation('the-inquiry', 'stage-two'),
        'investigations/stage-two.md': investigation('stage-two', 'the-inquiry'),
      }),
      /^investigations\/the-inquiry\.md: partOf: an investigation cannot be part of itself through others: "the-inquiry" → part of "stage-two" → part of "the-inquiry"/,
    );
  });

  it('refuses an impossible date in a flow mapping and under a quoted key', () => {
    expectRefused(
      problemsWith({
        'people/ada-lovelace.md':
          "---\nname: 'Ada Lovelace'\nroles: [official]\nage: {years: 40, at: 2014-02-30}\nsummary: 'An official.'\ncitations:\n  - source: the-gazette\n    quote: 'an official'\n---\n",
      }),
      /^people\/ada-lovelace\.md: age\.at: "2014-02-30" has day 30: February 2014 has days 01 to 28$/,
    );
    const quoted = event().replace('date: 2015-01-10', '"date": 2015-02-29');
    expectRefused(
      problemsWith({ [EVENT]: quoted }),
      /^events\/2015-01-10-first-event\.md: date: "2015-02-29" has day 29: February 2015 has days 01 to 28$/,
    );
  });

  it('refuses a lang that is not a language tag', () => {
    const site = (lang: string) =>
      `---\ntitle: 'A test case'\ndescription: 'A tiny case.'\nlang: '${lang}'\ntimelineHeading: 'The timeline'\ncontentNotice: 'A notice.'\n---\n`;
    expectRefused(problemsWith({ 'site.md': site('english please') }), /^site\.md: lang: is not a language tag/);
    expectRefused(problemsWith({ 'site.md': site('en_GB') }), /^site\.md: lang: is not a language tag/);
    expect(problemsWith({ 'site.md': site('fr-CA') })).toEqual([]);
  });

  it('refuses a lang the engine has no dictionary for, naming the languages it has', () => {
    const site = `---\ntitle: 'A test case'\ndescription: 'A tiny case.'\nlang: 'ar'\ntimelineHeading: 'The timeline'\n---\n`;
    expectRefused(
      problemsWith({ 'site.md': site }),
      /^site\.md: lang: has no dictionary for "ar": the engine speaks en, fr \(add src\/i18n\/ar\.ts to add a language\)$/,
    );
  });
});

describe('valid dates read as written', () => {
  it('keeps years 1 to 999, quoted or not, including an unquoted 0999', () => {
    expect(problemsWith({ [EVENT]: event(undefined, { date: '0066-03-01' }) })).not.toContainEqual(
      expect.stringContaining(': date:'),
    );
    const problems = problemsWith({ [EVENT]: event(undefined, { date: '0999' }) });
    expect(problems.filter((p) => p.includes(': date:') && !p.includes('publication'))).toEqual([]);
  });
});

describe('unusual but valid content', () => {
  it('accepts RTL and combining characters, emoji, < and &, and code spans showing HTML', () => {
    const body = [
      'Résumé with combining: e\u0301, Z\u0351\u0352algo; emoji 🕯️👩🏽‍⚖️.',
      'Less than: 3 < 4 & 5 > 2, AT&T, &amp; written out.',
      'The tag `<script>alert(1)</script>` shown as code, and `<img onerror=x>`.',
      '```html\n<iframe src="https://example.org"></iframe>\n```',
      '| a | b |\n| - | - |\n| H<sub>2</sub>O, 1<sup>st</sup> | <kbd>k</kbd> |',
      'A note[^1].\n\n[^1]: The footnote.',
      '- [x] done\n- [ ] not yet',
    ].join('\n\n');
    expect(
      problemsWith({ [EVENT]: event(body, { title: "'=1+1 and a title that starts with an equals sign'" }) }),
    ).toEqual([]);
  });
});
