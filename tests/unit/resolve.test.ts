import { describe, expect, it } from 'vitest';
import { parsePartialDate as d } from '../../src/lib/model/dates';
import { makeLinks } from '../../src/lib/model/links';
import { citedByLabel, countOf, eventDateLabel, relationLabel, resolveCase } from '../../src/lib/model/resolve';
import { cite, event, resolved } from '../helpers/records';

const byId = <T extends { id: string }>(list: readonly T[], id: string) => list.find((x) => x.id === id);

describe('resolveCase', () => {
  it('puts events in timeline order, linked to their neighbours and their place on the timeline', () => {
    expect(resolved.events.map((e) => e.id)).toEqual(['a-death', 'b-inquest']);
    expect(resolved.events[0]?.next?.id).toBe('b-inquest');
    expect(resolved.events[1]?.previous?.id).toBe('a-death');
    expect(resolved.events[0]?.timelineHref).toBe('/base/#a-death');
    expect(resolved.events[0]?.href).toBe('/base/events/a-death/');
  });

  it('resolves names and titles once, with links under the base path', () => {
    const death = byId(resolved.events, 'a-death');
    expect(death?.people.map((p) => p.person.label)).toEqual(['Vera Victim', 'Karl Killer', 'Wanda Walker']);
    expect(death?.kindLabel).toBe('Death');
    expect(death?.citations[0]?.source.publisher).toBe('Paper');
    expect(byId(resolved.events, 'b-inquest')?.investigations).toEqual([
      { id: 'inquiry', href: '/base/investigations/inquiry/', label: 'The inquiry' },
    ]);
  });

  it('gives a death only to its subject, not to those who took part in it', () => {
    expect(byId(resolved.people, 'victim')?.marked?.events.map((e) => e.id)).toEqual(['a-death']);
    expect(byId(resolved.people, 'victim')?.marked?.heading).toBe('Death');
    expect(byId(resolved.people, 'killer')?.marked).toBeUndefined();
    expect(byId(resolved.people, 'walker')?.marked).toBeUndefined();
    expect(byId(resolved.people, 'walker')?.takesPartIn.map((e) => e.id)).toEqual(['a-death']);
    expect(byId(resolved.people, 'victim')?.subjectOf.map((e) => e.id)).toEqual(['a-death']);
  });

  it('labels a relation by the relation itself', () => {
    expect(byId(resolved.people, 'walker')?.relations).toEqual([
      {
        label: 'Neighbour of',
        relation: 'neighbour of',
        person: { id: 'killer', href: '/base/people/killer/', label: 'Karl Killer' },
      },
    ]);
  });

  it('counts every entry that cites a source: events, profiles, findings and investigations', () => {
    const cited = (id: string) => byId(resolved.sources, id);
    expect(cited('paper')?.citedByLabel).toBe('cited by 2 events and 2 people');
    expect(cited('paper')?.citingEvents.map((e) => e.id)).toEqual(['a-death', 'b-inquest']);
    expect(cited('profile-only')?.citedBy).toEqual([
      { kind: 'person', id: 'walker', href: '/base/people/walker/', label: 'Wanda Walker', finding: undefined },
    ]);
    expect(cited('finding-only')?.citedBy[0]?.finding).toBe('The inquiry');
    expect(cited('report')?.citedByLabel).toBe('cited by 1 investigation');
  });

  it('ends a finished investigation with no end date at its last event', () => {
    const i = byId(resolved.investigations, 'inquiry');
    expect(i?.events.map((e) => e.id)).toEqual(['b-inquest']);
    expect(i?.chartEnd).toEqual(d('2015-03'));
    expect(i?.statusLabel).toBe('Concluded');
    expect(i?.datesLabel).toBe('February 2015');
    expect(i?.sortDate).toBe('2015-02-01');
  });

  it('lists the investigations of the events a person appears in', () => {
    expect(byId(resolved.people, 'victim')?.investigations).toEqual([]);
    expect(byId(resolved.people, 'victim')?.findings[0]?.investigation.label).toBe('The inquiry');
  });

  it('throws on a reference the whole-case checks should have refused', () => {
    expect(() =>
      resolveCase(
        { events: [event('x', '2015', { citations: [cite('nowhere')] })], people: [], investigations: [], sources: [] },
        makeLinks('/'),
      ),
    ).toThrow('No source "nowhere"');
  });
});

describe('eventDateLabel', () => {
  it('writes a day, a range and an approximate date as readers read them', () => {
    expect(eventDateLabel({ date: d('2014-06-19'), end: undefined, approximate: false })).toBe('19 June 2014');
    expect(eventDateLabel({ date: d('2016-10-04'), end: d('2016-10-05'), approximate: false })).toBe(
      '4–5 October 2016',
    );
    expect(eventDateLabel({ date: d('2018'), end: undefined, approximate: true })).toBe('c. 2018');
  });
});

describe('countOf', () => {
  it('uses the singular for one and the plural otherwise', () => {
    expect(countOf(1, 'event')).toBe('1 event');
    expect(countOf(2, 'event')).toBe('2 events');
    expect(countOf(0, 'event')).toBe('0 events');
    expect(countOf(1, 'person')).toBe('1 person');
    expect(countOf(3, 'person')).toBe('3 people');
  });
});

describe('citedByLabel', () => {
  it('says when nothing cites a source', () => {
    expect(citedByLabel([])).toBe('not cited yet');
  });
  it('counts each citing entry once, in English, joined with "and"', () => {
    expect(
      citedByLabel([
        { kind: 'event', id: 'a' },
        { kind: 'person', id: 'p' },
        { kind: 'person', id: 'p' },
        { kind: 'investigation', id: 'i' },
      ]),
    ).toBe('cited by 1 event, 1 person and 1 investigation');
  });
});

describe('relationLabel', () => {
  it('capitalises the relation as a label', () => {
    expect(relationLabel('sister of')).toBe('Sister of');
    expect(relationLabel('colleague of')).toBe('Colleague of');
  });
});
