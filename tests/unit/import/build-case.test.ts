import { describe, expect, it } from 'vitest';
import { buildCase, PLACEHOLDER_SOURCE, renderFile, type ImportedCase } from '../../../src/lib/import/build-case';
import type { Draft, DraftEvent } from '../../../src/lib/import/draft';
import { placeholderIndex, renderReport } from '../../../src/lib/import/report';
import { readFrontMatter } from '../../../src/lib/content/front-matter';

const event = (over: Partial<DraftEvent> = {}): DraftEvent => ({
  origin: 'events[0]',
  start: { year: '1963', month: '11', day: '22' },
  headline: 'Shots in Dealey Plaza',
  text: 'The motorcade turned onto Elm Street.',
  textFormat: 'html',
  tags: [],
  people: [],
  background: false,
  ...over,
});
const draft = (events: DraftEvent[], over: Partial<Draft> = {}): Draft => ({
  format: 'test',
  events,
  eras: [],
  unread: [],
  ...over,
});
const build = (d: Draft, options = {}): ImportedCase => {
  const result = buildCase(d, { localFile: () => undefined, ...options });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};
const file = (c: ImportedCase, path: string) => c.files.find((f) => f.path === path);
const topics = (c: ImportedCase) => c.findings.map((f) => f.topic);

describe('buildCase', () => {
  it('has the people a row names cite the row’s source, not the placeholder (issue 29)', () => {
    const c = build(
      draft([
        event({ people: ['Ada Lovelace'], source: { url: 'https://example.org/a', title: 'A report', quote: 'q' } }),
      ]),
    );
    const person = file(c, 'people/ada-lovelace.md')?.data ?? {};
    expect(person['citations']).toEqual([
      { source: 'a-report', quote: expect.stringMatching(/^FILL IN: /) as unknown },
    ]);
    expect(file(c, `sources/${PLACEHOLDER_SOURCE}.md`)).toBeUndefined();
  });

  it('reports tags the input labels by their id, which readers would see as it is', () => {
    const c = build(draft([event({ tags: ['police-failures', 'The inquiry'] })]));
    const finding = c.findings.find((f) => f.topic.startsWith('Tags labelled by their id'));
    expect(finding?.section).toBe('fix');
    expect(finding?.entries).toEqual(['events/1963-11-22-shots-in-dealey-plaza.md: police-failures']);
  });

  it('writes one event per input event, with what the input says and placeholders for the rest', () => {
    const c = build(draft([event()]));
    expect(c.files.map((f) => f.path)).toEqual([
      'events/1963-11-22-shots-in-dealey-plaza.md',
      'site.md',
      `sources/${PLACEHOLDER_SOURCE}.md`,
    ]);
    const data = file(c, 'events/1963-11-22-shots-in-dealey-plaza.md')?.data ?? {};
    expect(Object.keys(data)).toEqual(['title', 'date', 'kind', 'summary', 'citations']);
    expect(data).toMatchObject({
      title: 'Shots in Dealey Plaza',
      date: '1963-11-22',
      summary: 'The motorcade turned onto Elm Street.',
      citations: [{ source: PLACEHOLDER_SOURCE }],
    });
    expect(data['kind']).toMatch(/^FILL IN: what sort of event: one of .*statement/);
    expect(JSON.stringify(data['citations'])).toMatch(/"quote":"FILL IN: copy a short passage/);
  });

  it('never writes a quote the input does not have', () => {
    const c = build(draft([event(), event({ source: { url: 'https://example.org/a' } })]));
    const quotes = c.files.flatMap((f) => {
      const citations = f.data['citations'];
      return Array.isArray(citations) ? (citations as { quote?: string }[]).map((q) => q.quote) : [];
    });
    expect(quotes.filter((q) => q !== undefined && !q.startsWith('FILL IN:'))).toEqual([]);
  });

  it('cites a source given with no quote as linked, and says so in site.md', () => {
    const c = build(draft([event({ source: { url: 'https://example.org/report', title: 'The report' } })]));
    expect(file(c, 'events/1963-11-22-shots-in-dealey-plaza.md')?.data['citations']).toEqual([
      { source: 'the-report' },
    ]);
    expect(file(c, 'site.md')?.data['citations']).toBe('linked');
    expect(file(c, 'sources/the-report.md')?.data).toMatchObject({
      title: 'The report',
      url: 'https://example.org/report',
    });
  });

  it('keeps quoted citations quoted, and the case strict when every citation has its quote', () => {
    const c = build(
      draft([event({ source: { url: 'https://example.org/r', quote: 'the motorcade turned', locator: 'p. 2' } })]),
    );
    expect(file(c, 'events/1963-11-22-shots-in-dealey-plaza.md')?.data['citations']).toEqual([
      { source: 'example-org-r', quote: 'the motorcade turned', locator: 'p. 2' },
    ]);
    expect(file(c, 'site.md')?.data['citations']).toBeUndefined();
    expect(c.files.some((f) => f.path === `sources/${PLACEHOLDER_SOURCE}.md`)).toBe(false);
  });

  it('makes groups tags, declared once in site.md with their label', () => {
    const c = build(draft([event({ tags: ['Washington'] }), event({ tags: ['washington'], headline: 'Other' })]));
    expect(file(c, 'site.md')?.data['tags']).toEqual([{ id: 'washington', label: 'Washington' }]);
    expect(topics(c)).toContain('Tags: "washington" merged into "Washington" (same id, washington)');
  });

  it('writes a person once per name, with placeholders for their role and summary', () => {
    const c = build(draft([event({ people: ['Ada Lovelace'] }), event({ headline: 'B', people: ['Ada Lovelace'] })]));
    expect(c.files.filter((f) => f.path.startsWith('people/')).map((f) => f.path)).toEqual(['people/ada-lovelace.md']);
    expect(file(c, 'events/1963-11-22-b.md')?.data['people']).toEqual([
      { person: 'ada-lovelace', role: 'FILL IN: their part in this event' },
    ]);
  });

  it('leaves out events before the common era and lists them with the suggestion', () => {
    const c = build(draft([event({ start: { year: '-300' }, headline: 'Euclid' }), event()]));
    expect(c.counts).toMatchObject({ inputEvents: 2, events: 1 });
    const bce = c.findings.find((f) => f.topic.startsWith('Dates before the common era'));
    expect(bce?.entries).toEqual([
      'events[0] "Euclid" (year -300): BCE dates are not supported: write the nearest supported date (0001) with a displayDate such as "300 BCE"',
    ]);
  });

  it('refuses a date that is not one, naming where it is', () => {
    expect(buildCase(draft([event({ start: { year: '1963', month: '13' } })]), { localFile: () => undefined })).toEqual(
      {
        ok: false,
        problems: [{ where: 'events[0]: start date', message: 'month 13 is not between 1 and 12' }],
      },
    );
  });

  it('keeps a time with a day, and asks for the time zone in site.md', () => {
    const c = build(draft([event({ start: { year: 1963, month: 11, day: 22, hour: 12, minute: 30 } })]));
    expect(file(c, 'events/1963-11-22-shots-in-dealey-plaza.md')?.data['time']).toBe('12:30');
    expect(file(c, 'site.md')?.data['timeZone']).toMatch(/^FILL IN: the IANA time zone/);
    const given = build(draft([event({ start: { year: 1963, month: 11, day: 22, hour: 12 } })]), {
      timeZone: 'America/Chicago',
      lang: 'en',
    });
    expect(file(given, 'site.md')?.data).toMatchObject({ timeZone: 'America/Chicago', lang: 'en' });
  });

  it('leaves out an end before the start, or equal to it, and says so', () => {
    const c = build(
      draft([
        event({ end: { year: '1963', month: '10' } }),
        event({ headline: 'B', end: { year: '1963', month: '11', day: '22' } }),
      ]),
    );
    expect(c.files.filter((f) => f.data['end'] !== undefined)).toEqual([]);
    expect(topics(c)).toEqual(
      expect.arrayContaining([
        'Dates: end date left out: it is before the start date',
        'Dates: end date left out: the same as the start date',
      ]),
    );
  });

  it('makes formatted or long text the body, with a placeholder summary; a plain line the summary', () => {
    const c = build(draft([event({ text: '<p>One.</p><p>Two.</p>' }), event({ headline: 'B', text: '' })]));
    const long = file(c, 'events/1963-11-22-shots-in-dealey-plaza.md');
    expect(long?.body).toBe('One.\n\nTwo.');
    expect(long?.data['summary']).toMatch(/^FILL IN: one or two sentences/);
    expect(file(c, 'events/1963-11-22-b.md')?.data['summary']).toMatch(/^FILL IN:/);
  });

  it('takes a script out of the text and reports it against the event', () => {
    const c = build(draft([event({ text: '<p>Text.</p><script>alert(1)</script>' })]));
    expect(file(c, 'events/1963-11-22-shots-in-dealey-plaza.md')?.data['summary']).toBe('Text.');
    expect(c.findings.find((f) => f.topic === 'HTML the site refuses, taken out of the text')?.entries).toEqual([
      'events/1963-11-22-shots-in-dealey-plaza.md: <script> with its content: the site runs and embeds nothing',
    ]);
  });

  it('keeps a headline too long for a title and lists it as text to fix, never cutting it', () => {
    const headline = 'A very long headline '.repeat(20).trim();
    const c = build(draft([event({ headline })]));
    expect(c.files.find((f) => f.path.startsWith('events/'))?.data['title']).toBe(headline);
    expect(c.findings.find((f) => f.section === 'fix')?.topic).toBe(
      'Headlines longer than 300 characters: shorten them (the build refuses them)',
    );
  });

  it('reports eras as not carried over, each with its dates', () => {
    const c = build(
      draft([event()], {
        eras: [{ origin: 'eras[0]', headline: 'Era 600-650', start: { year: '600' }, end: { year: '650' } }],
      }),
    );
    expect(c.findings.find((f) => f.topic.startsWith('Eras not carried over'))?.entries).toEqual([
      'eras[0] "Era 600-650" (0600 to 0650)',
    ]);
  });

  it('takes ids from unique_id, numbering repeats, in input order', () => {
    const c = build(draft([event({ uniqueId: 'Shots!' }), event({ uniqueId: 'shots' }), event()]));
    expect(c.files.filter((f) => f.path.startsWith('events/')).map((f) => f.path)).toEqual([
      'events/1963-11-22-shots-in-dealey-plaza.md',
      'events/shots-2.md',
      'events/shots.md',
    ]);
  });

  it('is deterministic: the same draft gives the same files and findings', () => {
    const d = draft([event({ tags: ['A'] }), event({ people: ['X'] })]);
    expect(JSON.stringify(build(d))).toBe(JSON.stringify(build(d)));
  });
});

describe('renderFile', () => {
  it('writes front matter the engine reads back as written: padded years stay text, quotes survive', () => {
    const text = renderFile({
      path: 'events/x.md',
      data: { title: "Ibn al-Haytham's book: optics", date: '0602', time: '09:05' },
      body: 'Body.',
    });
    expect(text).toBe("---\ntitle: 'Ibn al-Haytham''s book: optics'\ndate: '0602'\ntime: '09:05'\n---\n\nBody.\n");
    const read = readFrontMatter(text);
    expect(read.ok && read.value.data).toEqual({ title: "Ibn al-Haytham's book: optics", date: '0602', time: '09:05' });
  });
});

describe('renderReport', () => {
  const c = build(draft([event(), event({ origin: 'events[1]', start: { year: '-500' }, headline: 'Old' })]));
  const report = renderReport(c, { input: 'in.json', format: 'TimelineJS JSON', folder: 'out' });

  it('counts what was written and what was not', () => {
    expect(report).toContain('| events in the input | 2 |');
    expect(report).toContain('| events not imported | 1 |');
    expect(report).toMatch(/\| placeholders to fill in \| \d+ \|/);
  });

  it('lists every placeholder by field, with the files that hold it', () => {
    expect(report).toContain('### `events: kind` (1 file)\n\n- events/1963-11-22-shots-in-dealey-plaza.md');
    expect(report).toContain('### `site.md: lang` (1 file)');
    expect([...placeholderIndex(c).keys()]).toContain('events: citations[].quote');
  });

  it('lists the events not imported, with where they are in the input', () => {
    expect(report).toContain('- events[1] "Old" (year -500): BCE dates are not supported');
  });
});
