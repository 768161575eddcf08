import { describe, expect, it } from 'vitest';
import { judgeBody } from '../../src/lib/content/html-safety';

const messages = (markdown: string) => judgeBody(markdown).map((f) => `${String(f.line)}: ${f.message}`);

describe('judgeBody', () => {
  it('passes text, emphasis, web links, mail links, tables, footnotes and task lists', () => {
    const body = [
      'Plain *text* with [a link](https://example.org/) and <mailto:press@example.org>.',
      '| a | b |\n| - | - |\n| 1 | 2 |',
      'A note[^1].\n\n[^1]: The note.',
      '- [x] done',
      '<details><summary>More</summary>\n\nHidden text.\n\n</details>',
    ].join('\n\n');
    expect(messages(body)).toEqual([]);
  });

  it('judges links after entity decoding and URL parsing: entities, tabs, newlines, upper case', () => {
    expect(messages('[a](&#x6A;avascript:x)')).toEqual([
      expect.stringMatching(/^1: a link to `javascript:`/) as unknown as string,
    ]);
    expect(messages('<a href="JaVa&#9;Script:x">b</a>')).toEqual([
      expect.stringMatching(/^1: a link to `javascript:`/) as unknown as string,
    ]);
    expect(messages('<a href="vbscript:x">c</a> <a href="file:///etc/passwd">d</a>')).toHaveLength(2);
    // The value is shown as the editor can find it in the file: the tab written as \t.
    expect(messages('<a href="java\tscript:x">e</a>')[0]).toContain('("java\\tscript:x")');
  });

  it('finds the same problem on the same line whether or not the body also holds raw HTML', () => {
    // Raw HTML elsewhere in the body (read by parse5) must not move or hide a Markdown link's problem.
    const body = 'Text.\n\n[a](javascript:x) and ![b](https://example.org/b.png)';
    expect(messages(body)).toHaveLength(2);
    expect(messages(`${body}\n\n<b>bold</b>`)).toEqual(messages(body));
  });

  it('names the attribute as written, whatever its case or position', () => {
    expect(messages('<p title="a>b" ONCLICK="x">t</p>')).toEqual(['1: an `onclick` attribute on `<p>` is not allowed']);
    expect(messages('<div>\n<svg/onload=alert(1)>\n</div>')).toEqual([
      '2: a `<svg>` element is not allowed in content',
    ]);
  });

  it('refuses elements GitHub would drop and form controls', () => {
    expect(messages('<form action="/x"><input name="q"></form>')).toEqual([
      '1: a `<form>` element is not allowed in content',
      '1: an `<input>` element is not allowed (only the checkbox of a task list)',
    ]);
    expect(messages('<meta http-equiv="refresh" content="0;url=https://example.org">')).toHaveLength(1);
  });

  it('refuses class values outside the allowlist, and allows those the renderer itself adds', () => {
    expect(messages('<span class="visually-hidden">x</span>')).toEqual([
      '1: an `class` attribute on `<span>` is not allowed',
    ]);
    expect(messages('```js\ncode\n```')).toEqual([]);
  });

  it('allows images of the case and refuses images from elsewhere, in srcset too', () => {
    expect(messages('![x](../images/a.png) <img src="../images/b.png" alt="b">')).toEqual([]);
    expect(messages('<img src="/images/b.png" alt="b">')[0]).toMatch(/by an absolute path on `<img>`/);
    const inCase = (path: string) => path === '../images/a.png';
    expect(judgeBody('![x](../images/a.png)\n\n![y](../../../../etc/hostname)', { mediaExists: inCase })).toEqual([
      {
        line: 3,
        message:
          'an image or media file that is not in the case ("../../../../etc/hostname"): put the file in the case folder and give its path relative to this entry',
      },
    ]);
    expect(
      messages('<picture><source srcset="a.png 1x, https://example.org/b.png 2x"><img src="a.png" alt=""></picture>'),
    ).toEqual([
      '1: an image or media file from another site on `<source>` ("https://example.org/b.png") is not allowed: use a file of the case, by a relative path',
    ]);
  });

  it('shows HTML written in code spans and fences as text, without refusing it', () => {
    expect(messages('`<script>alert(1)</script>`\n\n```\n<iframe src="x"></iframe>\n```')).toEqual([]);
  });

  it('reports nesting past the limit before parsing, for quotes, lists and elements', () => {
    expect(messages(`${'> '.repeat(17)}x`)).toEqual([
      '1: quotes or lists nested more than 16 deep: content may nest at most 16 levels',
    ]);
    expect(messages(`${'> '.repeat(16)}x`)).toEqual([]);
    expect(messages(`<div>\n${'<div>'.repeat(5000)}\n</div>`)[0]).toMatch(/nested/);
  });
});
