import { describe, expect, it } from 'vitest';
import { parsePartialDate as d } from '../../src/lib/model/dates';
import { useTranslations } from '../../src/i18n';
import { makeLinks } from '../../src/lib/model/links';
import { citedByLabel, countOf, eventDateLabel, relationLabel, resolveCase } from '../../src/lib/model/resolve';
import { caseVocabulary } from '../../src/lib/model/vocabulary';
import { cite, event, ref, resolved } from '../helpers/records';

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

  it("follows order hints in every list it makes: the timeline, its pages, previous and next, a person's events", () => {
    const person = { person: ref('people', 'walker'), role: 'witness', subject: false };
    const hinted = resolveCase(
      {
        events: [
          event('a-referral', '2015-10', { after: [ref('events', 'c-arrest')], people: [person] }),
          event('b-named', '2015-10-14', { people: [person] }),
          event('c-arrest', '2015-10-15', { people: [person] }),
          event('d-charged', '2015-10-18'),
        ],
        people: resolved.people.map((p) => p.entry),
        investigations: resolved.investigations.map((i) => i.entry),
        sources: resolved.sources.map((s) => s.entry),
      },
      makeLinks('/'),
    );
    const ids = ['b-named', 'c-arrest', 'a-referral', 'd-charged'];
    expect(hinted.events.map((e) => e.id)).toEqual(ids);
    expect(hinted.timelinePages.flatMap((p) => p.entries.map((e) => e.id))).toEqual(ids);
    expect(byId(hinted.events, 'a-referral')?.previous?.id).toBe('c-arrest');
    expect(byId(hinted.events, 'a-referral')?.next?.id).toBe('d-charged');
    expect(byId(hinted.people, 'walker')?.events.map((e) => e.id)).toEqual(['b-named', 'c-arrest', 'a-referral']);
  });

  describe('an open investigation', () => {
    const inquiry = resolved.investigations[0]?.entry;
    const open = (extra: object = {}) =>
      inquiry && {
        ...inquiry,
        id: 'review',
        data: { ...inquiry.data, status: 'open' as const, end: undefined, ...extra },
      };
    const resolveWith = (site: object, extra: object = {}, lang = 'en-GB') => {
      const t = useTranslations(lang);
      const investigation = open(extra);
      return resolveCase(
        {
          events: [],
          people: resolved.people.map((p) => p.entry),
          investigations: [...(inquiry ? [inquiry] : []), ...(investigation ? [investigation] : [])],
          sources: resolved.sources.map((s) => s.entry),
        },
        makeLinks('/'),
        undefined,
        { t, vocabulary: caseVocabulary(undefined, t) },
        site,
      ).investigations.find((i) => i.id === 'review');
    };

    it('reads "No outcome reported as of" the day site.md says open matters were checked, in English and French', () => {
      const english = resolveWith({ statusCheckedOn: d('2026-11-20') });
      expect(english?.statusLabel).toBe('No outcome reported as of 20 November 2026');
      expect(english?.openEndLabel).toBe('no end reported as of 20 November 2026');
      const french = resolveWith({ statusCheckedOn: d('2026-11-20') }, {}, 'fr');
      expect(french?.statusLabel).toBe('Aucune issue rapportée (vérifié : 20 novembre 2026)');
      expect(french?.openEndLabel).toBe('aucune fin rapportée (vérifié : 20 novembre 2026)');
    });

    it('is dated only as precisely as the check was recorded: a month says the month', () => {
      expect(resolveWith({ statusCheckedOn: d('2026-11') })?.statusLabel).toBe(
        'No outcome reported as of November 2026',
      );
    });

    it('takes its own statusCheckedOn over the site’s', () => {
      const own = resolveWith({ statusCheckedOn: d('2026-11-20') }, { statusCheckedOn: d('2026-12-01') });
      expect(own?.statusLabel).toBe('No outcome reported as of 1 December 2026');
      expect(own?.checkedOn).toEqual(d('2026-12-01'));
    });

    it('never says "still running" or "yet": without a checked date it says only that no outcome is reported', () => {
      const undated = resolveWith({});
      expect(undated?.statusLabel).toBe('No outcome reported');
      expect(undated?.openEndLabel).toBe('no end reported');
      expect(JSON.stringify(undated)).not.toMatch(/still running|yet/);
    });

    it('leaves a concluded investigation’s status undated', () => {
      const concluded = resolveWith({ statusCheckedOn: d('2026-11-20') }, { status: 'concluded', end: d('2016') });
      expect(concluded?.statusLabel).toBe('Concluded');
      expect(concluded?.openEndLabel).toBeUndefined();
    });
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
