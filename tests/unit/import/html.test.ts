import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../src/lib/import/html';

describe('htmlToMarkdown', () => {
  it('keeps paragraphs, links, emphasis and lists as Markdown', () => {
    const result = htmlToMarkdown(
      '<p>Met in <a href="https://example.org/x">Chicago</a>, <em>live</em>.</p><ul><li>one</li><li>two</li></ul>',
    );
    expect(result.markdown).toBe('Met in [Chicago](https://example.org/x), _live_.\n\n- one\n- two');
    expect(result.dropped).toEqual([]);
    expect(result.simple).toBe(false);
  });

  it('gives the text alone, whitespace collapsed, for a title or a summary', () => {
    const result = htmlToMarkdown("Ibn al-Haytham's <i>Book   of\nOptics</i>");
    expect(result.plain).toBe("Ibn al-Haytham's Book of Optics");
    expect(result.simple).toBe(false);
  });

  it('calls one paragraph of text alone simple, with or without <p>', () => {
    expect(htmlToMarkdown('Muslims conquer Persia.').simple).toBe(true);
    expect(htmlToMarkdown('<p>At Arlington.</p>').simple).toBe(true);
    expect(htmlToMarkdown('').simple).toBe(true);
    expect(htmlToMarkdown('<p>One.</p><p>Two.</p>').simple).toBe(false);
  });

  it('takes out scripts, embeds and styles with their content, and says what it took out', () => {
    const result = htmlToMarkdown(
      '<p>Before.</p><script>alert("x")</script><iframe src="https://evil.example/"></iframe><style>p{}</style><p>After.</p>',
    );
    expect(result.markdown).toBe('Before.\n\nAfter.');
    expect(result.markdown).not.toContain('alert');
    expect(result.dropped).toEqual([
      '<script> with its content: the site runs and embeds nothing',
      '<iframe> (https://evil.example/) with its content: the site runs and embeds nothing',
      '<style> with its content: the site runs and embeds nothing',
    ]);
  });

  it('takes out event handlers and inline styles, keeping the element and its text', () => {
    const result = htmlToMarkdown('<p onclick="steal()" style="color:red">Kept.</p>');
    expect(result.markdown).toBe('Kept.');
    expect(result.dropped).toEqual([
      'an onclick attribute on <p>: the site runs no script from content',
      "a style attribute on <p>: the site's own styles apply",
    ]);
  });

  it('takes out remote and data images, which a body may not show', () => {
    const result = htmlToMarkdown('<p>See <img src="https://example.org/x.png" onerror="alert(1)"> here.</p>');
    expect(result.markdown).toBe('See here.');
    expect(result.dropped).toEqual([
      "an image (https://example.org/x.png): a body may only show pictures kept in the case's images/ folder",
    ]);
  });

  it('keeps the text of a javascript: link, without the link, whatever its disguise', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:x',
      'data:text/html,x',
      '//evil.example/',
    ]) {
      const result = htmlToMarkdown(`<a href="${href}">Results</a> came in.`);
      expect(result.markdown, href).toBe('Results came in.');
      expect(result.dropped, href).toHaveLength(1);
    }
  });

  it('keeps mailto, relative and fragment links', () => {
    expect(htmlToMarkdown('<a href="mailto:a@example.org">mail</a>').dropped).toEqual([]);
    expect(htmlToMarkdown('<a href="#top">top</a>').markdown).toBe('[top](#top)');
  });

  it('escapes text that Markdown would read as markup', () => {
    expect(htmlToMarkdown('<p>1 &lt; 2 and *not emphasis* &lt;script&gt;</p>').markdown).toBe(
      '1 < 2 and \\*not emphasis\\* \\<script>',
    );
  });
});
