/**
 * Real-case suite: these tests are about the Stephen Port case in content/, not about the engine.
 *
 * Every quote must be found, word for word, in the research material for the source it is attributed
 * to: the seed article's text for the two seed sources, and otherwise the research-note lines
 * (../shared/research/case-facts.md, case-facts-2.md, and the passages the third editorial review
 * quotes from stored copies, review-3.md) that carry that source's address, or its publisher and date
 * where the notes give no address. A quote found only under another source's entry is a failure: a
 * reader who follows the link must find the passage there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../helpers/case-text';
import { citationsOf, readEntries } from '../../helpers/content';

// The research material lives beside the project (../shared), as on every developer machine and in CI.
const SHARED = join(import.meta.dirname, '../../../../shared');
const NOTES = ['research/case-facts.md', 'research/case-facts-2.md', 'research/review-3.md'];
const SEEDS: Record<string, string> = {
  'bbc-2023-met-officers-investigated': 'seeds/000_c3c953b1b60281f3.txt',
  'newham-recorder-2023-iopc-probe': 'seeds/002_0581f86abef0f15b.txt',
};

/**
 * How the notes refer to a source on lines that give neither its address nor its publisher and date
 * (for example "Same judgment:"). Each entry names the words on such a line that identify the source.
 */
const NOTE_ALIASES: Record<string, string[]> = {
  'ewhc-2017-3201-admin': ['[2017] EWHC 3201 (Admin)', 'Judgment dated'],
  'evening-standard-coroner-report': ['b978705'],
  'hudgell-2023-11-gross-misconduct': ['Hudgell Solicitors’ page'],
  'reuters-2023-11-met-response': ['Reuters mirror'],
  'mopac-pcd-1434-settlements': ['PCD 1434'],
  // The notes' conflict list gives "(BBC, 2022)" for the 23 June 2022 report (bbc.co.uk …61909143).
  'bbc-2022-06-reinvestigation': ['(BBC, 2022)'],
  'wikinews-copy-2016-11-27-judge-jails': ['the Wikinews-style copy says the judge'],
  'wikinews-copy-2015-10-21-trial-date': ['Conflict: the Wikinews copy says "January 9'],
  'upday-2022-06-27-reexamine': ['quoted by upday'],
  // The review's table of passages (review-3.md, M6) names sources it says the site already cites.
  'mouse-in-the-court-2021-12-08-summing-up': ['Mouse in the Court (already a source)'],
  'onenewspage-2021-12-10-met-sorry': ['OneNewsPage page text (already a source)'],
  'aol-pa-2017-05-19-insulting': ['AOL (already a source)'],
  'pa-dog-walker-churchyard': ['The PA copy (already a source)'],
  // Under its L12 ("damning"), the review quotes "the page body" of the solicitors' page of 19 March 2018.
  'hudgell-2018-03-19-report-damning': ['the page body (already a source) says'],
  // The review quotes the jury's words "from the PA copy above" (its M5 copy of PA's report).
  'pa-2021-12-10-jury-conclusions': ['from the PA copy above'],
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The ways the notes write a date: "27 Apr 2023", "27 April 2023", "Aug 2022", "2018". */
function dateForms(value: unknown): string[] {
  const text =
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : '';
  const [year, month, day] = text.split('-');
  if (!year) return [];
  if (!month) return [year];
  const long = MONTHS[Number(month) - 1] ?? '';
  const short = long.slice(0, 3);
  const prefix = day ? `${Number(day)} ` : '';
  return [...new Set([`${prefix}${short} ${year}`, `${prefix}${long} ${year}`])];
}

/** An address reduced to what identifies it: no scheme, "www.", trailing slash or /amp; BBC feed addresses as bbc.co.uk. */
function addressKey(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/^feeds\.bbci\.co\.uk\//, 'bbc.co.uk/')
    .replace(/\/amp\/?$/, '')
    .replace(/\/$/, '');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ADDRESS = /https?:\/\/[^\s)"“”,]+|\b[a-z0-9.-]+\.(?:com|co\.uk|org\.uk|ie|net|ru)\/[^\s)"“”,]*/gi;

interface NoteLine {
  file: string;
  text: string;
  addresses: string[];
}

const firstWord = (text: string) => /^(\S+?)[,(\s:]/.exec(text)?.[1];

/**
 * The addresses of the earlier line a line points back to: "Same NewsChain article:" (the nearest earlier
 * line with an address that names NewsChain), "Independent.ie (PA), as above:" (the nearest earlier line
 * with an address that starts with the same name), "Met statement quoted there:" (the line just before).
 */
function pointedTo(text: string, earlier: NoteLine[]): string[] {
  const previous = [...earlier].reverse();
  const same = /^Same ([\w.-]+)/.exec(text)?.[1];
  if (same) {
    const word = new RegExp(`(^|[^\\w.])${escape(same)}([^\\w]|$)`, 'i');
    return previous.find((l) => l.addresses.length > 0 && word.test(l.text))?.addresses ?? [];
  }
  if (/\bas above\b/.test(text)) {
    const name = firstWord(text);
    return previous.find((l) => l.addresses.length > 0 && firstWord(l.text) === name)?.addresses ?? [];
  }
  if (/\bquoted there\b/.test(text)) return previous[0]?.addresses ?? [];
  return [];
}

/** A note line as written: its indent, its text, and whether it is a numbered item or a table cell. */
interface RawLine {
  indent: number;
  text: string;
  numbered: boolean;
}

/**
 * The lines of the notes that can carry a passage: bullets ("- …"), numbered items ("1. …") and the
 * cells of table rows ("| … | … |"), a cell that quotes two sources ("…"; ITV …: "…") being two lines.
 */
function rawLines(markdown: string): RawLine[] {
  return markdown.split('\n').flatMap((raw): RawLine[] => {
    const indent = /^\s*/.exec(raw)?.[0].length ?? 0;
    const bullet = /^\s*- (.*)$/.exec(raw);
    if (bullet) return [{ indent, text: bullet[1] ?? '', numbered: false }];
    const numbered = /^\s*\d+\. (.*)$/.exec(raw);
    if (numbered) return [{ indent, text: numbered[1] ?? '', numbered: true }];
    if (!/^\s*\|.*\|\s*$/.test(raw) || /^\s*\|[\s|:-]+\|\s*$/.test(raw)) return [];
    return raw
      .trim()
      .slice(1, -1)
      .split('|')
      .flatMap((cell) => cell.split(/(?<=["\u201D])\s*;\s+/))
      .map((text) => ({ indent, text, numbered: false }));
  });
}

/**
 * The notes as lines, each with the addresses it carries, or those of the line it points back to,
 * or those of the bullet it is nested under (a "**Source:** …, https://…" bullet whose sub-bullets
 * quote that source). A numbered item counts only when it carries an address of its own: in the fact
 * sheets a numbered item is the researcher's summary of a fact, not a source's words.
 */
export function noteLines(file: string, markdown: string): NoteLine[] {
  const lines: NoteLine[] = [];
  const parents: { indent: number; addresses: string[] }[] = [];
  for (const raw of rawLines(markdown)) {
    const text = normalise(raw.text);
    const addresses = (text.match(ADDRESS) ?? []).map((a) => addressKey(a.replace(/[.:;]+$/, '')));
    while (parents.length > 0 && (parents.at(-1)?.indent ?? 0) >= raw.indent) parents.pop();
    if (addresses.length === 0) addresses.push(...pointedTo(text, lines));
    if (addresses.length === 0 && !raw.numbered) addresses.push(...(parents.at(-1)?.addresses ?? []));
    parents.push({ indent: raw.indent, addresses: raw.numbered ? [] : addresses });
    if (raw.numbered && addresses.length === 0) continue;
    lines.push({ file, text, addresses });
  }
  return lines;
}

/** The publisher as the notes would write it: without "(PA)" and the like, "&" as "and"; its first word only with a date. */
function publisherForms(publisher: string, withDate: boolean): string[] {
  const bare = publisher.replace(/\s*\(.*?\)\s*/g, ' ').trim();
  const noThe = bare.replace(/^The /, '');
  const first = noThe.split(/\s+/)[0] ?? '';
  // An acronym in brackets is how the notes often name a body: "… Services (HMICFRS)".
  const acronyms = [...publisher.matchAll(/\(([A-Z]{3,})\)/g)].map((m) => m[1] ?? '');
  return [...new Set([bare, noThe, ...acronyms, ...(withDate && first.length >= 3 ? [first] : [])])]
    .filter((p) => p.length > 0)
    .map((p) => normalise(p).replace(/&/g, 'and'));
}

/** The note lines that belong to a source: its address, an alias, or its publisher and date. */
export function linesForSource(lines: NoteLine[], source: Record<string, unknown>, id: string): NoteLine[] {
  const url = typeof source['url'] === 'string' ? addressKey(source['url']) : undefined;
  const publisher = typeof source['publisher'] === 'string' ? source['publisher'] : '';
  const dates = dateForms(source['published']);
  const aliases = (NOTE_ALIASES[id] ?? []).map(normalise);
  // With no known date, a line must give the publisher's full name (not only its first word).
  const publishers = publisherForms(publisher, dates.length > 0).map((p) => new RegExp(`(^|\\W)${escape(p)}(\\W|$)`));
  return lines.filter((line) => {
    if (url && line.addresses.some((a) => a === url || a.startsWith(`${url}/`) || url.startsWith(`${a}/`))) return true;
    if (aliases.some((alias) => line.text.includes(alias))) return true;
    // The notes sometimes name an article by its number alone ("BBC 36883559", "id=108513").
    if (url && (line.text.match(/\d{5,}/g) ?? []).some((n) => new RegExp(`\\b${n}\\b`).test(url))) return true;
    const text = line.text.replace(/&/g, 'and');
    if (!publishers.some((p) => p.test(text))) return false;
    return dates.length === 0 || dates.some((d) => line.text.includes(d));
  });
}

const missingShared = () =>
  `The research notes were not found at ${SHARED}: the quote check needs ../shared (research/ and seeds/) beside the project, as in CI.`;

function readShared(relative: string): string {
  const path = join(SHARED, relative);
  if (!existsSync(path)) throw new Error(`${missingShared()} Missing: ${relative}`);
  return readFileSync(path, 'utf8');
}

describe('every quote is verbatim, in the research entry for its own source', () => {
  const entries = readEntries();
  const sources = new Map(entries.filter((e) => e.collection === 'sources').map((e) => [e.id, e.data]));
  const citations = entries.flatMap((entry) =>
    citationsOf(entry.data).map((c, index) => ({
      ...c,
      index,
      file: entry.file.replace(/^.*\/content\//, 'content/'),
    })),
  );

  it('has the research material beside the project', () => {
    expect(existsSync(join(SHARED, 'research')), missingShared()).toBe(true);
    expect(existsSync(join(SHARED, 'seeds')), missingShared()).toBe(true);
  });

  it('finds citations to check', () => {
    expect(citations.length).toBeGreaterThan(100);
  });

  it('quotes the two seed articles word for word from their text', () => {
    const seeds = Object.fromEntries(Object.entries(SEEDS).map(([id, file]) => [id, normalise(readShared(file))]));
    const wrong = citations
      .filter((c) => c.source in SEEDS)
      .filter((c) => !(seeds[c.source] ?? '').includes(normalise(c.quote)))
      .map((c) => `${c.file}, citation ${c.index + 1} (${c.source}): not in the seed article: "${c.quote}"`);
    expect(wrong).toEqual([]);
  });

  it('quotes every other source word for word as the research notes give it under that source', () => {
    const lines = NOTES.flatMap((file) => noteLines(file, readShared(file)));
    const wrong = citations
      .filter((c) => !(c.source in SEEDS))
      .flatMap((c) => {
        const source = sources.get(c.source);
        if (!source) return [`${c.file}, citation ${c.index + 1}: no source file content/sources/${c.source}.md`];
        const own = linesForSource(lines, source, c.source);
        if (own.length === 0)
          return [
            `${c.file}, citation ${c.index + 1} (${c.source}): no research-note line carries this source's address, or its publisher and date`,
          ];
        if (own.some((line) => line.text.includes(normalise(c.quote)))) return [];
        const elsewhere = lines.find((line) => line.text.includes(normalise(c.quote)));
        return [
          `${c.file}, citation ${c.index + 1} (${c.source}): "${c.quote}" is not in the notes for this source` +
            (elsewhere ? ` (it is in ${elsewhere.file}, under another source: "${elsewhere.text.slice(0, 80)}…")` : ''),
        ];
      });
    expect(wrong).toEqual([]);
  });
});

describe('matching a source to its research-note lines', () => {
  const notes = [
    '1. **Fact.**',
    '   - BBC News, "Title", https://feeds.bbci.co.uk/news/uk-england-1: "first quote"',
    '   - Same BBC article: "second quote"',
    '   - Evening Standard, 12 Oct 2016: "third quote"',
    '   - Metro, 16 Nov 2023 (already a source): "fourth quote"',
    '   - Independent.ie (PA), https://independent.ie/a-1.html: "fifth quote"',
    '   - Met statement quoted there: "sixth quote"',
    '   - i, https://inews.co.uk/b-2: "seventh quote"',
    '   - Independent.ie (PA), as above: "eighth quote"',
  ].join('\n');
  const lines = noteLines('notes.md', notes);

  it('finds a line by its address, whatever the scheme or BBC host', () => {
    const found = linesForSource(lines, { url: 'https://www.bbc.co.uk/news/uk-england-1', publisher: 'BBC News' }, 'x');
    expect(found.map((l) => l.text)).toEqual([
      expect.stringContaining('first quote'),
      expect.stringContaining('second quote'),
    ]);
  });

  it('finds a line with no address by its publisher and date', () => {
    const found = linesForSource(lines, { publisher: 'Evening Standard', published: '2016-10-12' }, 'x');
    expect(found.map((l) => l.text)).toEqual([expect.stringContaining('third quote')]);
  });

  it('does not give a source the lines of another publisher or another date', () => {
    expect(linesForSource(lines, { publisher: 'Evening Standard', published: '2016-10-19' }, 'x')).toEqual([]);
    expect(linesForSource(lines, { publisher: 'Metro', published: '2023-11-17' }, 'x')).toEqual([]);
  });

  it('gives a line that points back ("quoted there", "as above") the address of the line it means', () => {
    const found = linesForSource(
      lines,
      { url: 'https://independent.ie/a-1.html', publisher: 'Independent.ie (PA)' },
      'x',
    );
    expect(found.map((l) => l.text)).toEqual([
      expect.stringContaining('fifth quote'),
      expect.stringContaining('sixth quote'),
      expect.stringContaining('eighth quote'),
    ]);
  });

  it('reads a numbered item only when it carries an address, and a table row cell by cell', () => {
    const more = noteLines(
      'review.md',
      [
        '1. **Fact (2014).** The IOPC said "a researcher\'s summary".',
        '2. **Release.** https://example.org/release: "an address of its own"',
        '| Page | Passage |',
        '|---|---|',
        '| /x/ | BBC 65415255 (already a source): "ninth quote"; ITV 27 Apr 2023: "tenth quote". |',
      ].join('\n'),
    );
    expect(more.map((l) => l.text)).toEqual([
      expect.stringContaining('an address of its own'),
      'Page',
      'Passage',
      '/x/',
      'BBC 65415255 (already a source): "ninth quote"',
      'ITV 27 Apr 2023: "tenth quote".',
    ]);
    const bbc = linesForSource(more, { url: 'https://www.bbc.co.uk/news/uk-england-london-65415255', publisher: 'BBC News' }, 'x');
    expect(bbc.map((l) => l.text)).toEqual([expect.stringContaining('ninth quote')]);
  });

  it('gives a sub-bullet with no address the address of the bullet it is nested under', () => {
    const nested = noteLines(
      'review.md',
      [
        '- **Source:** MOPAC, https://london.gov.uk/pcd:',
        '  - "eleventh quote"',
        '- **Sources:** no address here',
        '  - "twelfth quote"',
      ].join('\n'),
    );
    const found = linesForSource(nested, { url: 'https://london.gov.uk/pcd', publisher: 'MOPAC' }, 'x');
    expect(found.map((l) => l.text)).toEqual([
      expect.stringContaining('MOPAC'),
      expect.stringContaining('eleventh quote'),
    ]);
  });

  it('evens out only typographic quotes, dashes and spaces', () => {
    expect(normalise('“a”  ‘b’ – c')).toBe('"a" \'b\' - c');
    expect(normalise('Port’s')).not.toBe(normalise('Ports'));
  });
});
