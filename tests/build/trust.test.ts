import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build';
import { caseWith, FIXTURES } from '../helpers/fixtures';
import { git } from '../helpers/git';
import { attributes, brokenLinks, readPages } from '../helpers/site';

/**
 * The trust machinery on a fixture case (tests/fixtures/trust laid over the minimal case): a
 * corrected event, a source with an editors' copy, a source with a recorded snapshot.
 */
function trustCase(): string {
  const dir = caseWith();
  cpSync(join(FIXTURES, 'trust'), dir, { recursive: true });
  return dir;
}

/** Puts the case folder under git with two commits on known days, as an editor's history. */
function commitHistory(dir: string): void {
  git(dir, ['init', '-q']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'First publication'], '2015-06-01T10:00:00Z');
  const event = join(dir, 'events', '2015-01-12-corrected-event.md');
  writeFileSync(event, `${readFileSync(event, 'utf8')}\nMore on the meeting.\n`);
  git(dir, ['commit', '-q', '-am', 'A change'], '2017-05-02T09:00:00Z');
}

/** Every text file the build wrote, by path. */
function textFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(html|xml|json|csv|txt|js|css)$/.test(name)) files.set(path, readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

const EVENT = '/events/2015-01-12-corrected-event/';

describe('a case with corrections, copies and archived sources', () => {
  let build: BuildResult;
  let pages: Map<string, string>;
  const page = (path: string) => pages.get(path) ?? '';
  const file = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

  beforeAll(async () => {
    const dir = trustCase();
    commitHistory(dir);
    build = await buildSite({
      content: dir,
      env: { SITE_URL: 'https://example.org', SOURCE_DATE_EPOCH: '1700000000' },
    });
    if (build.code !== 0) throw new Error(build.output);
    pages = readPages(build.outDir);
  });

  it('shows a corrected event’s corrections at its end, newest first, and links to them beside the title', () => {
    const html = page(EVENT);
    const section = /<section id="corrections"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(section).toContain('<h2 id="corrections-heading"');
    expect(section.indexOf('2 May 2017')).toBeLessThan(section.indexOf('1 March 2016'));
    expect(section).toContain('This page named the wrong clerk; it now names no one.');
    expect(section).toMatch(/<li id="correction-2016-03-01"[^>]*><time datetime="2016-03-01"/);
    expect(html).toMatch(
      /<a href="#corrections"[^>]*>\s*Corrected on <time datetime="2017-05-02"[^>]*>2 May 2017<\/time>/,
    );
    expect(html.indexOf('Corrected on')).toBeLessThan(html.indexOf('class="lede"'));
  });

  it('shows corrections on person, investigation and source pages too, with "Corrected on" beside the title', () => {
    for (const [path, day] of [
      ['/people/ada-lovelace/', '2019-09-09'],
      ['/investigations/the-inquiry/', '2016-03-01'],
      ['/sources/the-herald/', '2018-01-01'],
    ] as const) {
      expect(page(path), path).toMatch(new RegExp(`Corrected on <time datetime="${day}"`));
      expect(page(path), path).toMatch(new RegExp(`<li id="correction-${day}"`));
    }
    expect(page('/sources/the-gazette/')).not.toContain('Corrected on');
  });

  it('lists every correction on /corrections/, newest first, linking to each', () => {
    const html = page('/corrections/');
    const links = attributes(html, 'href').filter((h) => h.includes('#correction-'));
    // Same day: by title, so the order does not depend on the order folders are read in.
    expect(links).toEqual([
      '/people/ada-lovelace/#correction-2019-09-09',
      '/sources/the-herald/#correction-2018-01-01',
      `${EVENT}#correction-2017-05-02`,
      `${EVENT}#correction-2016-03-01`,
      '/investigations/the-inquiry/#correction-2016-03-01',
    ]);
  });

  it('carries every correction in corrections.xml', () => {
    const feed = file('corrections.xml');
    expect(feed.match(/<item>/g)).toHaveLength(5);
    expect(feed).toContain(`<link>https://example.org${EVENT}#correction-2017-05-02</link>`);
    expect(feed).toContain('<title>Corrected on 2 May 2017: The council met</title>');
  });

  it('puts each correction in the page’s JSON-LD as a CorrectionComment with its date', () => {
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page(EVENT))?.[1] ?? '';
    expect(ld).toContain(
      '"correction":[{"@type":"CorrectionComment","datePublished":"2016-03-01","text":"This page said the council met on a Tuesday; it met on Monday 12 January."},{"@type":"CorrectionComment","datePublished":"2017-05-02"',
    );
    expect(page('/sources/the-herald/')).toContain('"@type":"CorrectionComment","datePublished":"2018-01-01"');
    // A Person cannot carry `correction`: the page is described as a WebPage beside it.
    expect(page('/people/ada-lovelace/')).toContain(
      '{"@context":"https://schema.org","@type":"WebPage","url":"https://example.org/people/ada-lovelace/","name":"Ada Lovelace","correction":[{"@type":"CorrectionComment","datePublished":"2019-09-09"',
    );
    expect(page('/investigations/the-inquiry/')).toContain('"@type":"CorrectionComment","datePublished":"2016-03-01"');
  });

  it('includes corrections and the archive fields in the JSON and CSV downloads', () => {
    const events = JSON.parse(file('data/events.json')) as { id: string; corrections: unknown[] }[];
    expect(events.find((e) => e.id === '2015-01-12-corrected-event')?.corrections).toEqual([
      { date: '2016-03-01', text: 'This page said the council met on a Tuesday; it met on Monday 12 January.' },
      { date: '2017-05-02', text: 'This page named the wrong clerk; it now names no one.' },
    ]);
    const sources = JSON.parse(file('data/sources.json')) as Record<string, unknown>[];
    expect(sources.find((s) => s['id'] === 'the-herald')).toMatchObject({
      archived: 'https://web.archive.org/web/20150301000000/https://example.org/herald?page=2',
      accessed: null,
      corrections: [{ date: '2018-01-01', text: 'This page gave the wrong publisher; it is the Herald.' }],
    });
    expect(sources.find((s) => s['id'] === 'the-gazette')).toMatchObject({ accessed: '2015-02-03' });
    const schema = file('data/schema/events.schema.json');
    expect(schema).toContain('Corrections made after publication');
    expect(file('data/citations.csv').split('\r\n')[0]).toMatch(/,note,source_archived,source_accessed,level$/);
    expect(file('data/events.csv')).toContain('2016-03-01: This page said the council met');
  });

  it('shows when each entry was first published and last changed, from git', () => {
    expect(page(EVENT)).toMatch(
      /First published <time datetime="2015-06-01"[^>]*>1 June 2015<\/time>\s*; last changed <time datetime="2017-05-02"/,
    );
    expect(page('/people/ada-lovelace/')).toMatch(/First published <time datetime="2015-06-01"/);
    expect(page('/people/ada-lovelace/')).not.toContain('last changed');
    expect(build.output).not.toMatch(/no git history/);
  });

  it('puts Robust Link attributes on every link to a source’s address or archive', () => {
    const external = [...pages.entries()].flatMap(([path, html]) =>
      [
        ...html.matchAll(
          /<a\s[^>]*href="(https?:\/\/(?:example\.org\/(?:gazette|herald)|web\.archive\.org)[^"]*)"[^>]*>/g,
        ),
      ].map((m) => ({ path, tag: m[0] })),
    );
    expect(external.length).toBeGreaterThan(6);
    for (const { path, tag } of external)
      expect(tag, `${path}: ${tag}`).toMatch(/data-originalurl="https:\/\/example\.org\//);
  });

  it('links each citation to its passage with a text fragment, after any fragment the address has', () => {
    const hrefs = attributes(page(EVENT), 'href').map((h) => h.replace(/&amp;/g, '&'));
    expect(hrefs).toContain(
      'https://example.org/gazette#:~:text=The%20council%20met%20on,report%E2%80%9D%20from%20its%20clerk',
    );
    expect(hrefs).toContain(
      'https://example.org/herald?page=2#story:~:text=The%20herald%20saw%20the,long%2C%20from%20the%20gallery',
    );
  });

  it('offers a recorded snapshot as "archived copy", and otherwise only a search near the source’s date', () => {
    const html = page(EVENT);
    expect(html).toMatch(
      /href="https:\/\/web\.archive\.org\/web\/20150301000000\/https:\/\/example\.org\/herald\?page=2"[^>]*data-versionurl="https:\/\/web\.archive\.org[^>]*>archived copy/,
    );
    expect(html).toMatch(
      /href="https:\/\/web\.archive\.org\/web\/20150203\/https:\/\/example\.org\/gazette"[^>]*>look for an archived copy near <time datetime="2015-02-03"/,
    );
    expect(html).not.toMatch(/href="https:\/\/web\.archive\.org\/web\/20150203\/[^"]*"[^>]*data-versionurl/);
  });

  it('marks quotes checked against a copy with the day it was read, and shows the copy’s SHA-256 on the source page', () => {
    expect(page(EVENT)).toMatch(/Checked against the copy\s*read on <time datetime="2015-02-03"/);
    expect(page(EVENT).match(/Checked against the copy/g)).toHaveLength(1);
    const digest = execFileSync('sha256sum', [join(FIXTURES, 'trust', 'copies', 'the-gazette.txt')], {
      encoding: 'utf8',
    });
    expect(page('/sources/the-gazette/')).toContain(digest.split(' ')[0]);
    expect(page('/sources/the-herald/')).not.toContain('The editors’ copy');
  });

  it('says on the data page how many quotes are checked against a copy', () => {
    expect(page('/data/')).toContain('5 quotes of 6 are checked');
  });

  it('links every correction, "Corrected on" and archive anchor to something that exists, in valid HTML', async () => {
    expect(brokenLinks(build.outDir, pages)).toEqual([]);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const failures: string[] = [];
    for (const url of [
      EVENT,
      '/corrections/',
      '/sources/the-gazette/',
      '/sources/the-herald/',
      '/people/ada-lovelace/',
      '/investigations/the-inquiry/',
      '/data/',
    ]) {
      const report = await validator.validateString(page(url), join(build.outDir, url, 'index.html'));
      for (const m of report.results.flatMap((r) => r.messages)) failures.push(`${url}: ${m.ruleId}: ${m.message}`);
    }
    expect(failures).toEqual([]);
  });

  it('publishes no copy’s text: none of its unquoted sentences is anywhere in dist/', () => {
    const copy = readFileSync(join(FIXTURES, 'trust', 'copies', 'the-gazette.txt'), 'utf8');
    const unquoted = [
      'Residents queued along the river wall beneath the lamplit windows',
      'bound in green cloth and kept in the vestry safe',
      'who read it aloud for an hour',
    ];
    for (const sentence of unquoted) expect(copy).toContain(sentence);
    for (const [path, text] of textFiles(build.outDir)) {
      for (const sentence of unquoted) expect(text.includes(sentence), `${path} holds "${sentence}"`).toBe(false);
    }
    expect(readdirSync(build.outDir)).not.toContain('copies');
  });
});

describe('a case whose quotes or corrections cannot be true', () => {
  let build: BuildResult;

  beforeAll(async () => {
    const dir = trustCase();
    const event = join(dir, 'events', '2015-01-12-corrected-event.md');
    writeFileSync(
      event,
      readFileSync(event, 'utf8')
        .replace('heard the “full report” from its clerk', 'heard the “final report” from its clerk')
        .replace('date: 2017-05-02', 'date: 2024-01-01'),
    );
    // Copies kept outside the case, as a newsroom with a public repository keeps them.
    const copies = mkdtempSync(join(tmpdir(), 'timeline-private-copies-'));
    renameSync(join(dir, 'copies', 'the-gazette.txt'), join(copies, 'the-gazette.txt'));
    rmSync(join(dir, 'copies'), { recursive: true });
    build = await buildSite({ content: dir, env: { SOURCE_DATE_EPOCH: '1700000000', TIMELINE_COPIES: copies } });
  });

  it('fails, naming the file, the citation and the nearest passage of the copy kept in TIMELINE_COPIES', () => {
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(
      /events\/2015-01-12-corrected-event\.md: citations\[0\]\.quote: is not in the copy of "the-gazette" \([^)]*timeline-private-copies-\w+\/the-gazette\.txt\); the nearest passage there is: "The council met on Monday - and heard the "full report" from its clerk,"/,
    );
  });

  it('refuses a correction dated after the build, in the same report', () => {
    expect(build.output).toContain(
      'corrections[1].date: 1 January 2024 is in the future (the build is dated 2023-11-14)',
    );
    expect(build.output).toContain('The content has 2 problem(s)');
  });

  it('says once that the case has no git history, so pages leave out their dates', () => {
    expect(build.output.match(/has no git history/g)).toHaveLength(1);
  });
});
