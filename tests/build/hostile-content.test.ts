import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build';
import { caseWith, FIXTURES } from '../helpers/fixtures';
import { pngSize, readPages } from '../helpers/site';

// The content check inside the real build: a case with one hostile entry of each kind stops
// `astro build` with every file named and no stack trace; unusual but valid content builds and
// reads as written. Assertions name files, not the wording around them, which the loader owns.

describe('building hostile content', () => {
  it('fails, naming every hostile file, with no stack trace', async () => {
    const dir = caseWith('hostile');
    // What git cannot hold: a folder named like an entry and symbolic links.
    mkdirSync(join(dir, 'events', '2015-01-21-folder.md'));
    symlinkSync(join(dir, 'events', 'missing.md'), join(dir, 'events', '2015-01-22-dangling.md'));
    const outside = join(mkdtempSync(join(tmpdir(), 'outside-')), 'entry.md');
    writeFileSync(outside, readFileSync(join(dir, 'events', '2015-01-10-first-event.md')));
    symlinkSync(outside, join(dir, 'events', '2015-01-23-outside.md'));

    const result = await buildSite({ content: dir });
    expect(result.code).not.toBe(0);
    for (const file of [
      'events/2015-01-11-entity-link.md',
      'events/2015-01-12-remote-image.md',
      'events/2015-01-13-overlay.md',
      'events/2015-01-14-plaintext.md',
      'events/2015-01-15-bidi-title.md',
      'events/2015-01-16-deep-quote.md',
      'events/.2015-01-17-draft.md',
      'events/2015-01-18-long-title.md',
      'events/2015-01-19-padded.md',
      'events/2015-01-20-quoted-key.md',
      'events/2015-01-21-folder.md',
      'events/2015-01-22-dangling.md',
      'events/2015-01-23-outside.md',
      'events/2999-01-01-future.md',
      'people/flow-date.md',
      'people/born-after-death.md',
      'investigations/own-parent.md',
      'sources/future-source.md',
      'site.md: lang',
    ]) {
      expect(result.output).toContain(file);
    }
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(result.output).not.toMatch(/RangeError|Maximum call stack/);
  });
});

describe('building unusual but valid content', () => {
  it('builds, and its pages and exports read as written', async () => {
    const dir = caseWith();
    cpSync(join(FIXTURES, 'unusual'), dir, { recursive: true });
    const result = await buildSite({ content: dir });
    expect(result.output).not.toMatch(/problem/);
    expect(result.code).toBe(0);
    const pages = readPages(result.outDir);
    const page = (id: string) => pages.get(`/events/${id}/`) ?? '';

    const symbols = page('2015-01-13-scripts-and-symbols');
    expect(symbols).toContain('قال المتحدث إن التحقيق مستمر.');
    expect(symbols).toContain('עברית: החקירה נמשכת.');
    expect(symbols).toContain('Cafe\u0301 and Zoe\u0308; emoji: 🕯️ 👩🏽‍⚖️.');
    expect(symbols).toContain('3 &#x3C; 4 &#x26; AT&#x26;T.');
    expect(symbols).toContain('<code>&#x3C;script>alert(1)&#x3C;/script></code>');

    // An image of the case, by a path relative to the entry, is published with the site.
    const image = /<img alt="A map of the area"[^>]* src="([^"]+)"/.exec(symbols)?.[1] ?? '';
    expect(image).not.toBe('');
    expect(existsSync(join(result.outDir, image.replace(/^\//, '')))).toBe(true);

    expect(page('2015-01-11-formula-title')).toContain('=1+1 is how a spreadsheet formula starts');
    expect(page('2015-01-12-long-title')).toMatch(/A long but permitted headline about the inquest/);

    const ancient = page('0066-03-01-year-66');
    expect(ancient).toContain('datetime="0066-03-01"');
    expect(ancient).toContain('1 March 66');
    expect(ancient).not.toContain('1966');
    expect(page('0999-year-999')).toContain('datetime="0999"');

    // A right-to-left title with an emoji, which the preview font cannot draw, still gets its image.
    const rtl = page('2015-01-14-right-to-left-title');
    expect(rtl).toContain('<meta property="og:image:alt" content="Event · Statement · المتحدث: التحقيق مستمر 🕯️');
    const preview = readFileSync(join(result.outDir, 'previews/events/2015-01-14-right-to-left-title.png'));
    expect(pngSize(preview)).toEqual({ width: 1200, height: 630 });

    const csv = readFileSync(join(result.outDir, 'data', 'events.csv'), 'utf8');
    expect(csv).toContain(",'=1+1 is how a spreadsheet formula starts,");
  });
});
