import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture, parseArgs, quoteReport } from '../../../scripts/capture';
import { parseHTML } from 'linkedom';
import { blockText } from '../../../src/lib/capture/extract';
import { Refusal } from '../../../src/lib/capture/refusal';
import { sha256 } from '../../../src/lib/content/copies';
import { formatProblem } from '../../../src/lib/model/problems';
import { validateCase } from '../../../src/lib/content/validate';
import { caseWith } from '../../helpers/fixtures';
import { runScriptAsync } from '../../helpers/script';
import { tinyPdf } from './tiny-pdf';

// Every page is served by this test on the loopback interface: a capture is tested without the
// network, on bytes whose every detail is known. The port is in this worktree's test range.
const PORT = Number(process.env['TIMELINE_PORT_BASE'] ?? 5700) + 11;
const BASE = `http://127.0.0.1:${String(PORT)}`;

/** Paragraphs enough for the reader view to take a page for an article. */
const PARAGRAPHS = [
  'The watchdog said on Thursday that eight officers are being investigated for gross misconduct over the handling of the deaths of four young men.',
  'The director said the families had been heard: “We have listened carefully to what they told us,” she said, adding that the inquiry would take as long as it needed.',
  'The families’ solicitor said they welcomed the decision but that it had come far too late, after years of asking what went wrong in the investigations.',
  'A spokesperson for the force said it would co-operate fully with the investigation and recognised the pain the families had been through since 2014.',
];
const article = (head: string, title = 'Eight officers face misconduct inquiry') =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">${head}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>${title}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer><a href="/terms">Terms</a></footer><script>document.title = 'run'</script></body></html>`;

const PAGES: Record<string, { type: string; body: string | Buffer }> = {
  '/json-ld': {
    type: 'text/html; charset=utf-8',
    body: article(`<title>Something else - The Gazette</title>
<meta property="og:title" content="Not the headline">
<link rel="canonical" href="/news/officers-inquiry?utm_source=twitter&amp;utm_medium=social&amp;page=2#comments">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"Organization","@id":"#org","name":"The Example Gazette"},
  {"@type":"NewsArticle","headline":"Eight officers face misconduct inquiry","datePublished":"2023-11-16T21:19:46+00:00",
   "dateModified":"2023-11-17T08:00:00Z","author":[{"@type":"Person","name":"Jane Reporter"},{"@type":"Person","name":"Sam Writer"}],
   "publisher":{"@id":"#org"},"inLanguage":"en-GB"}]}</script>`),
  },
  '/open-graph': {
    type: 'text/html',
    body: article(`<title>Page title | Example News</title>
<meta property="og:type" content="article"><meta property="og:title" content="Officers to face inquiry, watchdog says">
<meta property="og:site_name" content="Example News"><meta property="og:locale" content="en_GB">
<meta property="article:published_time" content="2023-11-16T09:00:00Z">
<meta property="og:url" content="https://example.net/story/123?fbclid=abc&amp;gclid=def">`),
  },
  '/scholarly': {
    type: 'text/html',
    body: article(`<title>Journal page</title>
<meta name="citation_title" content="Policing and the deaths of young men: a review">
<meta name="citation_author" content="Smith, Ann"><meta name="citation_author" content="Jones, Bo">
<meta name="citation_journal_title" content="Journal of Policing Studies">
<meta name="citation_publication_date" content="2022/03/05">
<meta name="citation_abstract_html_url" content="https://journal.example.org/article/42">`),
  },
  '/not-an-article': {
    type: 'text/html',
    body: `<!doctype html><html><head><title>Example News: home</title></head><body><ul>${Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/story/${String(i)}">Story ${String(i)}</a></li>`,
    ).join('')}</ul></body></html>`,
  },
  '/report.pdf': {
    type: 'application/pdf',
    body: tinyPdf(
      ['Regulation 28: report to prevent future deaths.', 'The coroner is concerned that officers lacked training.'],
      'Prevention of future deaths report',
    ),
  },
  '/image': { type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
};

let server: Server;

beforeAll(async () => {
  server = createServer((request, response) => {
    response.on('error', () => undefined);
    const path = request.url ?? '/';
    const page = PAGES[path];
    if (page) {
      response.writeHead(200, { 'content-type': page.type });
      response.end(page.body);
    } else if (path.startsWith('/redirect-to-')) {
      const target = {
        file: 'file:///etc/passwd',
        ftp: 'ftp://127.0.0.1/article.html',
        data: 'data:text/html,<p>hi</p>',
        same: '/json-ld',
      }[path.slice('/redirect-to-'.length)];
      response.writeHead(302, { location: target ?? '/' });
      response.end();
    } else if (path === '/huge' || path === '/huge-declared') {
      // 50 MB of article text: sent in 1 MB chunks, with or without its length announced.
      const chunk = Buffer.alloc(1024 * 1024, '<p>word </p>');
      response.writeHead(200, {
        'content-type': 'text/html',
        ...(path === '/huge-declared' ? { 'content-length': String(50 * chunk.length) } : {}),
      });
      let sent = 0;
      const write = () => {
        while (sent < 50 && !response.destroyed) {
          sent++;
          if (!response.write(chunk)) return void response.once('drain', write);
        }
        response.end();
      };
      write();
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The problems the build's whole-case check finds in one file of the case. */
const problemsOf = (dir: string, file: string) =>
  validateCase(dir, dir)
    .problems.map(formatProblem)
    .filter((line) => line.startsWith(`${file}:`));

const fixed = () => new Date('2026-01-02T03:04:05Z');

/** A refusal's message, or a failure when the capture went through. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(Refusal);
    return (error as Error).message;
  }
  throw new Error('the capture was not refused');
}

describe('the copy’s text', () => {
  it('is one paragraph a block, a source line break a space, and a <br> or a line of <pre> a line', () => {
    const { document } = parseHTML(
      '<html><body><div><h2>A  head</h2><p>one\n  two <em>three</em></p><p>a<br>b</p><pre>x = 1\n  y</pre></div></body></html>',
    );
    expect(blockText(document.body)).toBe('A head\n\none two three\n\na\nb\n\nx = 1\ny\n');
  });
});

describe('capture of a news article with JSON-LD', () => {
  it('fills the source from JSON-LD before Open Graph and <title>, strips tracking, and keeps the text', async () => {
    const dir = caseWith();
    const result = await capture({ target: `${BASE}/json-ld`, caseDir: dir, warc: true });
    expect(result.sourceId).toBe('example-gazette-2023-eight-officers-face-misconduct-inquiry');
    expect(result.found).toMatchObject({
      title: { value: 'Eight officers face misconduct inquiry', from: 'JSON-LD NewsArticle headline' },
      publisher: { value: 'The Example Gazette' },
      author: { value: 'Jane Reporter, Sam Writer' },
      published: { value: '2023-11-16' },
      modified: { value: '2023-11-17' },
      url: { value: `${BASE}/news/officers-inquiry?page=2`, from: '<link rel=canonical>' },
      language: { value: 'en-GB', from: 'JSON-LD NewsArticle inLanguage' },
    });
    const source = readFileSync(result.sourceFile, 'utf8');
    expect(source).toContain('title: "Eight officers face misconduct inquiry"');
    expect(source).toContain('published: 2023-11-16');
    expect(source).toContain(`url: "${BASE}/news/officers-inquiry?page=2"`);
    expect(source).toContain(`SHA-256 ${result.sha256}`);
    // The copy: the headline, then each paragraph; no menu, no footer, no script.
    const copy = readFileSync(result.copyFile, 'utf8');
    expect(copy).toBe(`Eight officers face misconduct inquiry\n\n${PARAGRAPHS.join('\n\n')}\n`);
    expect(result.sha256).toBe(sha256(copy));
    // Only the kind is left to the editor, and the build says so until it is filled in.
    expect(result.toFill.map((f) => f.field)).toEqual(['kind']);
    const file = `sources/${result.sourceId}.md`;
    expect(problemsOf(dir, file)).toEqual([expect.stringMatching(/^[^:]+: kind: is a placeholder/)]);
    writeFileSync(result.sourceFile, source.replace(/^kind: .*$/m, 'kind: news-report'));
    expect(problemsOf(dir, file)).toEqual([]);
    // The WARC holds the response as received, the bytes served.
    const warc = gunzipSync(readFileSync(result.warcFile ?? '')).toString('utf8');
    expect(warc).toContain('WARC-Type: response');
    expect(warc).toContain('HTTP/1.1 200 OK');
    expect(warc).toContain(String(PAGES['/json-ld']?.body));
  });

  it('gives the same copy and SHA-256 for the same bytes, and refuses to replace a different copy', async () => {
    const dir = caseWith();
    const first = await capture({ target: `${BASE}/json-ld`, caseDir: dir, id: 'gazette-inquiry' });
    const again = await capture({ target: `${BASE}/json-ld`, caseDir: caseWith(), id: 'gazette-inquiry' });
    expect(again.sha256).toBe(first.sha256);
    // Captured again into the same case: the source file is left alone, the same copy kept.
    const same = await capture({ target: `${BASE}/json-ld`, caseDir: dir, id: 'gazette-inquiry' });
    expect(same).toMatchObject({ sourceWritten: false, sha256: first.sha256 });
    expect(await refusal(capture({ target: `${BASE}/open-graph`, caseDir: dir, id: 'gazette-inquiry' }))).toMatch(
      /already holds a different copy of "gazette-inquiry": nothing written/,
    );
    expect(sha256(readFileSync(first.copyFile))).toBe(first.sha256);
  });
});

describe('capture from other metadata', () => {
  it('reads a page with only Open Graph', async () => {
    const result = await capture({ target: `${BASE}/open-graph`, caseDir: caseWith(), now: fixed });
    expect(result.found).toEqual({
      title: { value: 'Officers to face inquiry, watchdog says', from: 'og:title' },
      publisher: { value: 'Example News', from: 'og:site_name' },
      published: { value: '2023-11-16', from: 'article:published_time' },
      url: { value: 'https://example.net/story/123', from: 'og:url' },
      language: { value: 'en-GB', from: 'og:locale' },
    });
  });

  it('reads a scholarly page’s citation_* tags', async () => {
    const result = await capture({ target: `${BASE}/scholarly`, caseDir: caseWith() });
    expect(result.found).toMatchObject({
      title: { value: 'Policing and the deaths of young men: a review', from: 'citation_title' },
      publisher: { value: 'Journal of Policing Studies', from: 'citation_journal_title' },
      author: { value: 'Smith, Ann, Jones, Bo', from: 'citation_author' },
      published: { value: '2022-03-05', from: 'citation_publication_date' },
      url: { value: 'https://journal.example.org/article/42', from: 'citation_abstract_html_url' },
    });
  });

  it('reads a saved page, marking what it does not say as placeholders the build refuses', async () => {
    const dir = caseWith();
    const saved = join(dir, '..', `saved-${String(process.pid)}.html`);
    writeFileSync(saved, article('<title>Eight officers face misconduct inquiry</title>'));
    const result = await capture({ target: saved, caseDir: dir, id: 'saved-article', now: fixed });
    expect(result.found).toEqual({
      title: { value: 'Eight officers face misconduct inquiry', from: '<title>' },
      language: { value: 'en-GB', from: '<html lang>' },
    });
    expect(result.capturedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(result.toFill.map((f) => f.field)).toEqual(['publisher', 'kind', 'url', 'published']);
    expect(problemsOf(dir, 'sources/saved-article.md')).toEqual(
      ['publisher', 'kind', 'url', 'published'].map(
        (field) => expect.stringMatching(new RegExp(`^[^:]+: ${field}: is a placeholder`)) as string,
      ),
    );
    expect(readFileSync(result.sourceFile, 'utf8')).toContain('accessed: 2026-01-02');
  });

  it('reads a PDF’s text and title, and does not take the file’s creation date for publication', async () => {
    const result = await capture({ target: `${BASE}/report.pdf`, caseDir: caseWith(), id: 'pfd-report' });
    expect(readFileSync(result.copyFile, 'utf8')).toBe(
      'Regulation 28: report to prevent future deaths.\nThe coroner is concerned that officers lacked training.\n',
    );
    expect(result.found.title).toEqual({
      value: 'Prevention of future deaths report',
      from: 'the PDF’s document information (Title)',
    });
    expect(result.found.published).toBeUndefined();
    expect(result.report).toContain('The PDF file was created on 2022-01-25');
    expect(result.toFill.map((f) => f.field)).toContain('published');
  });
});

describe('capture refusals', () => {
  it('refuses a page that is not an article, writing nothing', async () => {
    const dir = caseWith();
    const message = await refusal(capture({ target: `${BASE}/not-an-article`, caseDir: dir, id: 'home' }));
    expect(message).toMatch(/not-an-article is not an article: the reader view finds \d+ characters of article text/);
    expect(existsSync(join(dir, 'sources/home.md'))).toBe(false);
    expect(existsSync(join(dir, 'copies/home.txt'))).toBe(false);
  });

  it('refuses what is neither a page nor a PDF', async () => {
    expect(await refusal(capture({ target: `${BASE}/image`, caseDir: caseWith() }))).toMatch(
      /is not a web page or a PDF \(its type is image\/png\)/,
    );
  });

  it('refuses a redirect to another scheme, and follows one within the web', async () => {
    for (const scheme of ['file', 'ftp', 'data']) {
      expect(await refusal(capture({ target: `${BASE}/redirect-to-${scheme}`, caseDir: caseWith() }))).toMatch(
        new RegExp(`redirects to "${scheme}:.*", which is not an http or https address: not followed`),
      );
    }
    const followed = await capture({ target: `${BASE}/redirect-to-same`, caseDir: caseWith() });
    expect(followed.found.title?.value).toBe('Eight officers face misconduct inquiry');
  });

  it('refuses an address that is not http or https without fetching it', async () => {
    expect(await refusal(capture({ target: 'file:///etc/passwd', caseDir: caseWith() }))).toMatch(
      /is not an http or https address: a capture fetches web pages only/,
    );
  });

  it('stops reading a 50 MB response at the limit, announced or not', async () => {
    const dir = caseWith();
    expect(await refusal(capture({ target: `${BASE}/huge-declared`, caseDir: dir }))).toMatch(
      /is 50 MB, over the 20 MB a capture reads/,
    );
    expect(await refusal(capture({ target: `${BASE}/huge`, caseDir: dir }))).toMatch(
      /sent more than 20 MB, the most a capture reads: stopped/,
    );
  });

  it('gives up on a server too slow to answer', async () => {
    const limits = { maxBytes: 1024 * 1024, timeoutMs: 300, maxRedirects: 5 };
    const silent = createServer(() => undefined);
    const port = PORT + 1;
    await new Promise<void>((resolve) => silent.listen(port, '127.0.0.1', resolve));
    try {
      expect(
        await refusal(capture({ target: `http://127.0.0.1:${String(port)}/`, caseDir: caseWith(), limits })),
      ).toMatch(/did not answer in full within 0.3 s/);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});

describe('capture quote', () => {
  const copyCase = () => {
    const dir = caseWith();
    mkdirSync(join(dir, 'copies'));
    writeFileSync(join(dir, 'copies', 'the-gazette.txt'), `Headline\n\n${PARAGRAPHS.join('\n\n')}\n`);
    return dir;
  };

  it('finds an exact passage, with the words around it, ready to paste', () => {
    const { text, code } = quoteReport('the-gazette', 'come far too late', copyCase());
    expect(code).toBe(0);
    expect(text).toContain('Found as typed:');
    expect(text).toContain(
      '…The families’ solicitor said they welcomed the decision but that it had [come far too late], after years of asking what went wrong in the investigations. A spokesperson…',
    );
    expect(text).toContain('quote: "come far too late"');
  });

  it('finds a passage typed with straight quotes where the source has curly ones, and gives the source’s own', () => {
    const { text, code } = quoteReport(
      'the-gazette',
      '"We have listened carefully to what they told us," she said',
      copyCase(),
    );
    expect(code).toBe(0);
    expect(text).toContain('Found, with the source’s own quotes');
    expect(text).toContain('quote: "“We have listened carefully to what they told us,” she said"');
  });

  it('gives the closest passage and its score for a misremembered quote, and exits 1', () => {
    const { text, code } = quoteReport(
      'the-gazette',
      'eight officers are being examined for serious misconduct',
      copyCase(),
    );
    expect(code).toBe(1);
    expect(text).toMatch(/The closest passage \(score 0\.75: 1 is the same words\)/);
    expect(text).toContain('quote: "eight officers are being investigated for gross misconduct"');
  });

  it('says when the source has no copy', () => {
    expect(quoteReport('no-such-source', 'words', caseWith())).toMatchObject({
      code: 2,
      text: expect.stringMatching(/There is no copy of "no-such-source"/) as string,
    });
  });
});

describe('the build’s check of a captured source’s quotes', () => {
  it('refuses a quote not in the copy, naming the nearest passage; a source without a copy keeps today’s rules', async () => {
    const dir = caseWith();
    const { sourceFile } = await capture({ target: `${BASE}/json-ld`, caseDir: dir, id: 'gazette-inquiry' });
    writeFileSync(sourceFile, readFileSync(sourceFile, 'utf8').replace(/^kind: .*$/m, 'kind: news-report'));
    const event = join(dir, 'events', '2015-01-10-first-event.md');
    const original = readFileSync(event, 'utf8');
    const cite = (quote: string) =>
      original.replace(
        /citations:\n/,
        `citations:\n  - source: gazette-inquiry\n    quote: ${JSON.stringify(quote)}\n`,
      );
    writeFileSync(event, cite('he said the inquiry would take as long as it needed'));
    expect(problemsOf(dir, 'events/2015-01-10-first-event.md')).toEqual([
      expect.stringMatching(
        /citations\[0\]\.quote: is not in the copy of "gazette-inquiry" \(copies\/gazette-inquiry\.txt\); the nearest passage there is: "[^"]*the inquiry would take as long as it needed\."$/,
      ),
    ]);
    writeFileSync(event, cite('she said, adding that the inquiry would take as long as it needed'));
    expect(problemsOf(dir, 'events/2015-01-10-first-event.md')).toEqual([]);
  });
});

describe('npm run capture', () => {
  it('reads its command line', () => {
    expect(parseArgs(['quote', 'og-story', 'far too late', '--case', 'c'])).toEqual({
      mode: 'quote',
      id: 'og-story',
      words: 'far too late',
      caseDir: 'c',
    });
    expect(parseArgs(['page.html', '--id', 'x', '--archived', 'https://archive.example/x', '--warc'])).toEqual({
      mode: 'capture',
      options: { target: 'page.html', id: 'x', caseDir: undefined, archived: 'https://archive.example/x', warc: true },
    });
    expect(parseArgs(['page.html', '--force'])).toBe('--force is not an option');
    expect(parseArgs(['quote', 'og-story'])).toBe('quote takes a source id and the words, in quotes');
  });

  it('prints the report, and a refusal as a sentence with exit code 2', async () => {
    const dir = caseWith();
    const ok = await runScriptAsync('capture.ts', [`${BASE}/open-graph`, '--case', dir, '--id', 'og-story']);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Captured "og-story"/);
    expect(ok.out).toMatch(/To fill in sources\/og-story\.md \(the build refuses it until then\):\n {2}kind:/);
    const refused = await runScriptAsync('capture.ts', [`${BASE}/not-an-article`, '--case', dir]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^Not captured: .* is not an article/);
    expect(refused.err).not.toMatch(/\n\s+at /);
  });
});
