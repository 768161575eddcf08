import { describe, expect, it } from 'vitest';
import { citationsCsv, eventsCsv, toCsv } from '../../src/lib/outputs/csv';
import { exportEvent, exportInvestigation, exportPerson, exportSource } from '../../src/lib/outputs/export-records';
import { rssItems } from '../../src/lib/outputs/feed';
import { toFtm } from '../../src/lib/outputs/ftm';
import { resolved } from '../helpers/records';

const absolute = (href: string) => `https://example.org${href}`;
const events = resolved.events.map((e) => exportEvent(e, absolute));
const people = resolved.people.map((p) => exportPerson(p, absolute));
const sources = resolved.sources.map((s) => exportSource(s, absolute));
const find = <T extends { id: string }>(list: readonly T[], id: string) => list.find((x) => x.id === id);

describe('exportEvent', () => {
  it('publishes the record’s own label, names and absolute address', () => {
    const death = find(events, 'a-death');
    expect(death?.url).toBe('https://example.org/base/events/a-death/');
    expect(death?.dateLabel).toBe(find(resolved.events, 'a-death')?.dateLabel);
    expect(death?.people.map((p) => [p.name, p.subject])).toEqual([
      ['Vera Victim', true],
      ['Karl Killer', false],
      ['Wanda Walker', false],
    ]);
    expect(death?.citations[0]).toMatchObject({ source: 'paper', publisher: 'Paper', url: null, locator: null });
  });
});

describe('exportPerson', () => {
  it('keeps relations with their names and relation', () => {
    expect(find(people, 'walker')?.relations).toEqual([
      { id: 'killer', name: 'Karl Killer', relation: 'neighbour of' },
    ]);
  });
});

describe('exportInvestigation', () => {
  it('lists its events by id, in order', () => {
    const inquiry = resolved.investigations[0];
    expect(inquiry && exportInvestigation(inquiry, absolute).events).toEqual(['b-inquest']);
  });
});

describe('exportSource', () => {
  it('lists every citing entry, not only events', () => {
    expect(find(sources, 'finding-only')?.citedBy).toEqual([
      { kind: 'person', id: 'victim', url: 'https://example.org/base/people/victim/', finding: 'The inquiry' },
    ]);
    expect(find(sources, 'report')?.citedBy.map((c) => c.kind)).toEqual(['investigation']);
  });
});

describe('toCsv', () => {
  it('quotes only cells that need it, and leaves null empty', () => {
    const csv = toCsv(
      [
        ['a', (r: { a: string; b: number | null }) => r.a],
        ['b', (r) => r.b],
      ],
      [
        { a: 'plain', b: 1 },
        { a: 'with "quotes", comma', b: null },
      ],
    );
    expect(csv).toBe('a,b\r\nplain,1\r\n"with ""quotes"", comma",\r\n');
  });
});

describe('eventsCsv', () => {
  it('has one row per event with its date label and people', () => {
    const rows = [...eventsCsv(events)].join('').trim().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('a-death,2015-01-10,,day,false,10 January 2015,death');
    expect(rows[1]).toContain('Vera Victim; Karl Killer; Wanda Walker');
  });
});

describe('citationsCsv', () => {
  it('has one row per citation of every event', () => {
    const rows = [...citationsCsv(events)].join('').trim().split('\r\n');
    expect(rows[0]).toBe(
      'event_id,event_date,event_title,source_id,source_title,publisher,source_url,quote,locator,disputes,note,source_archived,source_accessed,level',
    );
    expect(rows).toHaveLength(3);
  });
});

describe('rssItems', () => {
  it('dates each item by when its page was first published, never by the event, most recently published first', () => {
    const published = new Map([
      ['a-death', new Date('2026-12-08T10:00:00Z')],
      ['b-inquest', new Date('2026-11-20T09:00:00Z')],
    ]);
    const items = rssItems(events, (id) => published.get(id));
    expect(items.map((i) => i.title)).toEqual(['10 January 2015: Title of a-death', 'March 2015: Title of b-inquest']);
    expect(items.map((i) => i.pubDate?.toISOString())).toEqual([
      '2026-12-08T10:00:00.000Z',
      '2026-11-20T09:00:00.000Z',
    ]);
    expect(items[0]?.link).toBe('https://example.org/base/events/a-death/');
  });
  it('leaves the date out, newest event first, where there is no history; invents no day', () => {
    const items = rssItems(events);
    expect(items.map((i) => i.title)).toEqual(['March 2015: Title of b-inquest', '10 January 2015: Title of a-death']);
    expect(items.map((i) => i.pubDate)).toEqual([undefined, undefined]);
  });
  it('holds only the most recently published entries when there are more than its limit', () => {
    expect(rssItems(events, () => undefined, 1).map((i) => i.title)).toEqual(['March 2015: Title of b-inquest']);
    const published = (id: string) => (id === 'a-death' ? new Date('2026-12-08') : new Date('2026-01-01'));
    expect(rssItems(events, published, 1).map((i) => i.title)).toEqual(['10 January 2015: Title of a-death']);
  });
});

describe('toFtm', () => {
  it('reads the export records: dates, people and sources as the downloads have them', () => {
    const entities = toFtm({ events, people, sources, publicBodies: [] });
    const death = entities.find((e) => e.id === 'event-a-death');
    expect(death?.properties['date']).toEqual(['2015-01-10']);
    expect(death?.properties['involved']).toEqual(['person-victim', 'person-killer', 'person-walker']);
    expect(entities.filter((e) => e.schema === 'Documentation').map((e) => e.id)).toEqual([
      'documentation-a-death-paper',
      'documentation-b-inquest-paper',
    ]);
  });
});
