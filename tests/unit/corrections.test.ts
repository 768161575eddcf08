import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  allCorrections,
  checkCorrections,
  latestCorrection,
  newestFirst,
  withAnchors,
} from '../../src/lib/model/corrections';
import { parsePartialDate } from '../../src/lib/model/dates';
import { caseSchemas, type ReferenceFn } from '../../src/lib/model/schemas';

const d = parsePartialDate;
const reference: ReferenceFn = (collection) => z.string().transform((id) => ({ id, collection }));
const schemas = caseSchemas(reference);
const source = {
  title: 'T',
  publisher: 'P',
  kind: 'news-report',
  url: 'https://example.org/',
  published: '2015-01-01',
};

describe('the corrections field', () => {
  it('accepts a dated correction on a source and reads its date', () => {
    const parsed = schemas.sources.parse({
      ...source,
      corrections: [{ date: '2016-02-03', text: 'Fixed the title.' }],
    });
    expect(parsed.corrections).toEqual([{ date: d('2016-02-03'), text: 'Fixed the title.' }]);
  });
  it('defaults to no corrections', () => {
    expect(schemas.sources.parse(source).corrections).toEqual([]);
  });
  it('refuses a correction dated only to the month', () => {
    const result = schemas.sources.safeParse({ ...source, corrections: [{ date: '2016-02', text: 'x' }] });
    expect(result.error?.issues[0]?.message).toMatch(/dated to the day/);
  });
  it('refuses a correction with no text, or with an unknown field', () => {
    expect(schemas.sources.safeParse({ ...source, corrections: [{ date: '2016-02-03', text: ' ' }] }).success).toBe(
      false,
    );
    expect(
      schemas.sources.safeParse({ ...source, corrections: [{ date: '2016-02-03', text: 'x', by: 'me' }] }).success,
    ).toBe(false);
  });
});

const a = { date: d('2020-01-01'), text: 'first' };
const b = { date: d('2021-06-01'), text: 'second' };
const c = { date: d('2021-06-01'), text: 'third' };

describe('newestFirst', () => {
  it('orders corrections newest first', () => {
    expect(newestFirst([a, b]).map((x) => x.text)).toEqual(['second', 'first']);
  });
  it('keeps corrections of the same day in the order they were written', () => {
    expect(newestFirst([a, b, c]).map((x) => x.text)).toEqual(['second', 'third', 'first']);
  });
  it('does not reorder the list it is given', () => {
    const list = [a, b];
    newestFirst(list);
    expect(list).toEqual([a, b]);
  });
});

describe('latestCorrection', () => {
  it('is the newest correction', () => {
    expect(latestCorrection([a, b])).toBe(b);
  });
  it('is undefined for an entry never corrected', () => {
    expect(latestCorrection([])).toBeUndefined();
  });
});

describe('withAnchors', () => {
  it('names each correction after its day, numbering a second one on the same day', () => {
    expect(withAnchors([a, b, c]).map((x) => x.anchor)).toEqual([
      'correction-2020-01-01',
      'correction-2021-06-01',
      'correction-2021-06-01-2',
    ]);
  });
  it('keeps an older correction’s anchor when a newer one is added', () => {
    expect(withAnchors([a]).map((x) => x.anchor)).toEqual(
      withAnchors([a, b])
        .slice(0, 1)
        .map((x) => x.anchor),
    );
  });
});

describe('allCorrections', () => {
  it('flattens every entry’s corrections into one list, newest first, naming the entry', () => {
    const list = allCorrections([
      { section: 'events', id: 'e1', href: '/events/e1/', title: 'Zebra', corrections: [a, b] },
      { section: 'people', id: 'p1', href: '/people/p1/', title: 'Ada', corrections: [c] },
      { section: 'sources', id: 's1', href: '/sources/s1/', title: 'Never corrected', corrections: [] },
    ]);
    expect(list.map((x) => `${x.section}/${x.id}: ${x.text}`)).toEqual([
      'people/p1: third',
      'events/e1: second',
      'events/e1: first',
    ]);
  });
  it('lists the home page’s and the other pages’ corrections like any entry’s, each linking to its page', () => {
    const list = allCorrections([
      { section: 'site', id: 'site', href: '/', title: 'The site', corrections: [a] },
      { section: 'pages', id: 'about', href: '/about/', title: 'About', corrections: [c] },
      { section: 'events', id: 'e1', href: '/events/e1/', title: 'E', corrections: [b] },
    ]);
    expect(list.map((x) => `${x.href}#${x.anchor}: ${x.title}`)).toEqual([
      '/about/#correction-2021-06-01: About',
      '/events/e1/#correction-2021-06-01: E',
      '/#correction-2020-01-01: The site',
    ]);
  });
  it('keeps each correction’s anchor on its entry’s page', () => {
    const list = allCorrections([
      { section: 'events', id: 'e1', href: '/events/e1/', title: 'E', corrections: [b, c] },
    ]);
    expect(list.map((x) => x.anchor)).toEqual(['correction-2021-06-01', 'correction-2021-06-01-2']);
  });
  it('is empty for a case with no corrections', () => {
    expect(allCorrections([{ section: 'events', id: 'e', href: '/events/e/', title: 'E', corrections: [] }])).toEqual(
      [],
    );
  });
});

describe('checkCorrections', () => {
  const entry = (corrections: { date: ReturnType<typeof d>; text: string }[]) => ({
    id: 'x',
    filePath: 'content/events/x.md',
    data: { corrections },
  });
  const today = new Date('2024-03-10T08:00:00Z');
  const firstPublished = () => new Date('2023-05-01T23:30:00Z');

  it('accepts corrections between the first publication and today, both days included', () => {
    const events = [
      entry([
        { date: d('2023-05-01'), text: 'x' },
        { date: d('2024-03-10'), text: 'y' },
      ]),
    ];
    expect(checkCorrections({ events }, { today, firstPublished })).toEqual([]);
  });
  it('refuses a correction dated after the build, naming the file and the field', () => {
    const events = [
      entry([
        { date: d('2023-06-01'), text: 'x' },
        { date: d('2024-03-11'), text: 'y' },
      ]),
    ];
    expect(checkCorrections({ events }, { today, firstPublished })).toEqual([
      {
        file: 'content/events/x.md',
        field: 'corrections[1].date',
        message: '11 March 2024 is in the future (the build is dated 2024-03-10): date a correction the day it is made',
      },
    ]);
  });
  it('refuses a correction dated before the entry’s first commit', () => {
    const events = [entry([{ date: d('2023-04-30'), text: 'x' }])];
    const [problem] = checkCorrections({ events }, { today, firstPublished });
    expect(problem?.message).toMatch(/before the entry was first published \(2023-05-01/);
  });
  it('checks only the future when the entry has no history', () => {
    const events = [entry([{ date: d('1999-01-01'), text: 'x' }])];
    expect(checkCorrections({ events }, { today, firstPublished: () => undefined })).toEqual([]);
  });
  it('names the file from the collection and id when the entry has no path', () => {
    const people = [{ id: 'ada', data: { corrections: [{ date: d('2030-01-01'), text: 'x' }] } }];
    expect(checkCorrections({ people }, { today, firstPublished })[0]?.file).toBe('people/ada.md');
  });
});
