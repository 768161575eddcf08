import { parsePartialDate as d } from '../../src/lib/model/dates';
import type { EventData, InvestigationData, PersonData, SourceData } from '../../src/lib/model/inputs';
import { makeLinks } from '../../src/lib/model/links';
import { resolveCase } from '../../src/lib/model/resolve';

/**
 * A small case in memory for the unit tests of the records and what reads them: a death whose
 * subject is Vera Victim, with a perpetrator and a walker who found her; a source cited only by a
 * profile, one only by a finding, one only by an investigation.
 */
export const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
export const cite = (source: string, quote = 'a quote') => ({ source: ref('sources', source), quote, disputes: false });
const base = { caveats: [], corrections: [] };

export const event = (id: string, date: string, data: Partial<EventData> = {}) => ({
  id,
  body: 'Body.',
  data: {
    ...base,
    title: `Title of ${id}`,
    date: d(date),
    approximate: false,
    kind: 'statement',
    summary: 'Summary.',
    people: [],
    investigations: [],
    tags: [],
    citations: [cite('paper')],
    ...data,
  } as EventData,
});
const person = (id: string, name: string, data: Partial<PersonData> = {}) => ({
  id,
  data: {
    ...base,
    name,
    otherNames: [],
    roles: ['witness'],
    relations: [],
    summary: 'Who.',
    findings: [],
    citations: [cite('paper')],
    ...data,
  } satisfies PersonData,
});
const source = (id: string, publisher: string) => ({
  id,
  data: { ...base, title: `Title ${id}`, publisher, kind: 'news-report', publishedApproximate: false } as SourceData,
});
const inquiry = {
  id: 'inquiry',
  data: {
    ...base,
    title: 'The inquiry',
    kind: 'inquest',
    conductedBy: 'A coroner',
    leads: [],
    start: d('2015-02'),
    status: 'concluded',
    outcome: 'Done.',
    summary: 'An inquiry.',
    citations: [cite('report')],
  } as InvestigationData,
};

const victim = person('victim', 'Vera Victim', {
  roles: ['victim'],
  findings: [{ investigation: ref('investigations', 'inquiry'), finding: 'Found.', citations: [cite('finding-only')] }],
});
export const resolved = resolveCase(
  {
    events: [
      event('b-inquest', '2015-03', { investigations: [ref('investigations', 'inquiry')] }),
      event('a-death', '2015-01-10', {
        kind: 'death',
        people: [
          { person: ref('people', 'victim'), role: 'victim', subject: true },
          { person: ref('people', 'killer'), role: 'perpetrator', subject: false },
          { person: ref('people', 'walker'), role: 'found her', subject: false },
        ],
      }),
    ],
    people: [
      victim,
      person('killer', 'Karl Killer', { roles: ['perpetrator'] }),
      person('walker', 'Wanda Walker', {
        relations: [{ person: ref('people', 'killer'), relation: 'neighbour of' }],
        citations: [cite('profile-only')],
      }),
    ],
    investigations: [inquiry],
    sources: [
      source('paper', 'Paper'),
      source('profile-only', 'Courier'),
      source('finding-only', 'Coroner'),
      source('report', 'Coroner'),
    ],
  },
  makeLinks('/base/'),
);
