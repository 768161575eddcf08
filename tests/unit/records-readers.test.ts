import { describe, expect, it, vi } from 'vitest';
import { buildDate } from '../../src/lib/build-date';
import { chartEvents, chartSpans } from '../../src/lib/chart';
import { accessedForms, citationTexts } from '../../src/lib/cite';
import { parsePartialDate as d } from '../../src/lib/model/dates';
import { mostUsed, searchFilters, timelineFilters, timelinePageFilters } from '../../src/lib/model/filters';
import { useTranslations } from '../../src/i18n';
import { DEFAULT_WORDS } from '../../src/lib/model/resolve';
import { resolved } from '../helpers/records';

describe('timelineFilters', () => {
  it('offers only people who appear in an event, and kinds in use', () => {
    const filters = timelineFilters(resolved);
    expect(filters.find((f) => f.name === 'person')?.options.map((o) => o.value)).toEqual([
      'killer',
      'victim',
      'walker',
    ]);
    expect(filters.find((f) => f.name === 'kind')?.options.map((o) => o.label)).toEqual(['Death', 'Statement']);
  });
  it('leaves out a filter with nothing to choose, such as investigations in a case without any', () => {
    const filters = timelineFilters({ ...resolved, investigations: [] });
    expect(filters.map((f) => f.name)).toEqual(['person', 'kind']);
  });
});

describe('timelinePageFilters', () => {
  const filters = timelineFilters(resolved);
  it('offers the whole case’s filters on a timeline of one page', () => {
    expect(timelinePageFilters(filters, [{ entries: resolved.events }], 1)).toBe(filters);
  });
  it('offers on each page of a longer timeline only the people, investigations and kinds of its own events', () => {
    const pages = resolved.events.map((e) => ({ entries: [e] }));
    const options = (number: number) =>
      timelinePageFilters(filters, pages, number).map((f) => [f.name, f.options.map((o) => o.value)]);
    expect(options(1)).toEqual([
      ['person', ['killer', 'victim', 'walker']],
      ['kind', ['death']],
    ]);
    expect(options(2)).toEqual([
      ['investigation', ['inquiry']],
      ['kind', ['statement']],
    ]);
  });
});

describe('searchFilters', () => {
  it('offers the labels Pagefind indexed: years, kinds, names and titles', () => {
    const filters = searchFilters(resolved);
    expect(filters.find((f) => f.name === 'year')?.options.map((o) => o.value)).toEqual(['2015']);
    expect(filters.find((f) => f.name === 'investigation')?.options.map((o) => o.label)).toEqual(['The inquiry']);
  });
  it('lists every person and investigation when there are no more than the limit, and says nothing of a total', () => {
    const filters = searchFilters(resolved, DEFAULT_WORDS, 3);
    const person = filters.find((f) => f.name === 'person');
    expect(person?.options.map((o) => o.value)).toEqual(['Karl Killer', 'Vera Victim', 'Wanda Walker']);
    expect(person?.of).toBeUndefined();
  });
  it('lists past the limit only those in the most events (a tie to the first by name), and how many there are in all', () => {
    const person = searchFilters(resolved, DEFAULT_WORDS, 1).find((f) => f.name === 'person');
    expect(person).toMatchObject({ options: [{ value: 'Karl Killer', label: 'Karl Killer' }], of: 3 });
  });
});

describe('mostUsed', () => {
  const records = [
    { id: 'a', events: [1, 2] },
    { id: 'b', events: [1, 2, 3] },
    { id: 'c', events: [1] },
    { id: 'd', events: [1, 2] },
  ];
  const ids = (kept: readonly { id: string }[]) => kept.map((r) => r.id);
  it('returns the records themselves when there are no more than the limit', () => {
    expect(mostUsed(records, 4)).toBe(records);
  });
  it('keeps the records in the most events, in their own order', () => {
    expect(ids(mostUsed(records, 3))).toEqual(['a', 'b', 'd']);
  });
  it('gives a tie to the earlier record', () => {
    expect(ids(mostUsed(records, 2))).toEqual(['a', 'b']);
  });
  it('keeps nothing at a limit of zero', () => {
    expect(mostUsed(records, 0)).toEqual([]);
  });
});

describe('chartEvents', () => {
  it('labels each mark with the event’s own date label and title', () => {
    expect(chartEvents(resolved.events, DEFAULT_WORDS.vocabulary.groups)[0]).toMatchObject({
      id: 'a-death',
      label: '10 January 2015: Title of a-death',
      group: 'death',
      tone: 1,
      marked: true,
      href: '/base/events/a-death/',
    });
  });
});

describe('chartSpans', () => {
  it('draws a finished investigation with no end to its last event, and says so', () => {
    expect(chartSpans(resolved.investigations)).toEqual([
      {
        id: 'inquiry',
        label: 'The inquiry (end not known)',
        href: '/base/investigations/inquiry/',
        start: d('2015-02'),
        end: d('2015-03'),
        open: false,
      },
    ]);
  });
  it('leaves out an investigation with no known start', () => {
    const [inquiry] = resolved.investigations;
    expect(inquiry && chartSpans([{ ...inquiry, start: undefined }])).toEqual([]);
  });
});

describe('accessedForms', () => {
  it('writes the access date as each citation format needs it', () => {
    expect(accessedForms(new Date('2023-11-14T22:13:20Z'))).toEqual({
      long: '14 November 2023',
      iso: '2023-11-14',
      parts: '[2023, 11, 14]',
    });
  });
});

describe('citationTexts', () => {
  const event = resolved.events[0];
  const texts = event
    ? citationTexts({
        id: event.id,
        title: event.title,
        siteTitle: 'A site',
        dateLabel: event.dateLabel,
        url: 'https://example.org/base/events/a-death/',
        accessed: new Date('2023-11-14T00:00:00Z'),
        history: { first: new Date('2023-10-02T09:00:00Z'), last: new Date('2023-11-05T18:30:00Z') },
      })
    : [];
  const whole = (text: (typeof texts)[number] | undefined) =>
    text ? `${text.before}${text.accessed.text}${text.after}` : '';
  it('cuts each format around its access date, so the page can give the date its own element', () => {
    expect(texts.map((t) => t.accessed)).toEqual([
      { form: 'long', text: '14 November 2023' },
      { form: 'iso', text: '2023-11-14' },
      { form: 'parts', text: '[2023, 11, 14]' },
    ]);
    const plain = texts[0];
    expect(plain && `${plain.before}${plain.accessed.text}${plain.after}`).toBe(
      '“Title of a-death” (event: 10 January 2015). A site, published 2 October 2023, last changed 5 November 2023. https://example.org/base/events/a-death/ (accessed 14 November 2023).',
    );
  });
  it('dates the citation by the page’s last change, with the event’s date as its subject, in all three formats', () => {
    const bibtex = whole(texts[1]);
    expect(bibtex).toContain('year = {2023}');
    expect(bibtex).toContain('month = nov');
    expect(bibtex).toContain('date = {2023-11-05}');
    expect(bibtex).toContain('note = {Event date: 10 January 2015}');
    expect(bibtex).not.toMatch(/year = \{2015|month = jan/);
    const csl = JSON.parse(whole(texts[2])) as { issued: unknown; note: string };
    expect(csl.issued).toEqual({ 'date-parts': [[2023, 11, 5]] });
    expect(csl.note).toBe('Event date: 10 January 2015');
  });
  it('says “published” alone for a page never changed, and gives no date at all without history', () => {
    const base = {
      id: 'x',
      title: 'T',
      siteTitle: 'S',
      dateLabel: 'March 2015',
      url: 'https://example.org/x/',
      accessed: new Date('2023-11-14T00:00:00Z'),
    };
    const day = new Date('2023-10-02T09:00:00Z');
    const [once] = citationTexts({ ...base, history: { first: day, last: day } });
    expect(whole(once)).toBe(
      '“T” (event: March 2015). S, published 2 October 2023. https://example.org/x/ (accessed 14 November 2023).',
    );
    const undated = citationTexts(base).map(whole);
    expect(undated[0]).toBe('“T” (event: March 2015). S. https://example.org/x/ (accessed 14 November 2023).');
    expect(undated[1]).not.toMatch(/year =|month =/);
    expect(JSON.parse(undated[2] ?? '{}')).not.toHaveProperty('issued');
    const french = citationTexts({ ...base, history: { first: day, last: day }, t: useTranslations('fr') }).map(whole);
    expect(french[0]).toBe(
      '« T » (événement : March 2015). S, publié le 2 octobre 2023. https://example.org/x/ (consulté le 14 novembre 2023).',
    );
  });
  it('keeps the CSL-JSON valid JSON once the date is put back', () => {
    const csl = texts[2];
    const json = JSON.parse(csl ? `${csl.before}${csl.accessed.text}${csl.after}` : '{}') as {
      accessed: { 'date-parts': number[][] };
    };
    expect(json.accessed['date-parts']).toEqual([[2023, 11, 14]]);
  });
});

describe('buildDate', () => {
  it('is one value for the whole process, so every page of a build shows the same date', () => {
    expect(buildDate()).toBe(buildDate());
    expect(buildDate()).toBeInstanceOf(Date);
  });
  it('reads SOURCE_DATE_EPOCH, in seconds, when it is set', async () => {
    vi.resetModules();
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
    const fresh = await import('../../src/lib/build-date');
    expect(fresh.buildDate().toISOString()).toBe('2023-11-14T22:13:20.000Z');
    vi.unstubAllEnvs();
  });
});
