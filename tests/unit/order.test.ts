import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/lib/model/dates';
import { formatProblem } from '../../src/lib/model/problems';
import { checkOrderHints, respectOrderHints, type Hinted } from '../../src/lib/model/order';
import { eventDate, eventTime, sortChronologically } from '../../src/lib/model/timeline';

const ref = (id: string) => ({ id, collection: 'events' });
const event = (
  id: string,
  date: string,
  hints: { after?: string[]; before?: string[]; time?: string } = {},
): Hinted & { data: { date: ReturnType<typeof parsePartialDate> } } => ({
  id,
  filePath: `content/events/${id}.md`,
  data: {
    date: parsePartialDate(date),
    time: hints.time,
    after: (hints.after ?? []).map(ref),
    before: (hints.before ?? []).map(ref),
  },
});
const order = (events: ReturnType<typeof event>[]) =>
  respectOrderHints(sortChronologically(events, eventDate, eventTime)).map((e) => e.id);

describe('respectOrderHints', () => {
  it('changes nothing without hints', () => {
    const events = [event('c', '2015-10-18'), event('a', '2015-10'), event('b', '2015-10-15')];
    expect(order(events)).toEqual(['a', 'b', 'c']);
  });

  it('within a day: an event that came after another of the same day follows it, whatever the ids', () => {
    const review = event('a-review-after-verdicts', '2016-11-23', { after: ['z-verdicts'] });
    expect(order([review, event('z-verdicts', '2016-11-23')])).toEqual(['z-verdicts', 'a-review-after-verdicts']);
    // The same said from the other side, with `before`.
    const verdicts = event('z-verdicts', '2016-11-23', { before: ['a-review-after-verdicts'] });
    expect(order([event('a-review-after-verdicts', '2016-11-23'), verdicts])).toEqual([
      'z-verdicts',
      'a-review-after-verdicts',
    ]);
  });

  it('within a month: a month-only event moves after the day it followed, and no further', () => {
    const events = [
      event('arrest', '2015-10-15'),
      event('referral', '2015-10', { after: ['arrest'] }),
      event('named', '2015-10-14'),
      event('charged', '2015-10-18'),
      event('next-month', '2015-11'),
    ];
    expect(order(events)).toEqual(['named', 'arrest', 'referral', 'charged', 'next-month']);
  });

  it('across a year: a year-only event moves after the dated event it followed, past the months between', () => {
    const events = [
      event('dismissed', '2018', { after: ['lodged'] }),
      event('march', '2018-03-01'),
      event('lodged', '2018-08'),
      event('december', '2018-12-01'),
      event('next-year', '2019-01-01'),
    ];
    expect(order(events)).toEqual(['march', 'lodged', 'dismissed', 'december', 'next-year']);
  });

  it('follows chains of hints', () => {
    const events = [
      event('c', '2020', { after: ['b'] }),
      event('b', '2020', { after: ['a'] }),
      event('a', '2020-05-05'),
      event('d', '2020-01-01'),
    ];
    expect(order(events)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('keeps every event when hints form a cycle (the content check refuses the case)', () => {
    const events = [event('a', '2020', { after: ['b'] }), event('b', '2020', { after: ['a'] }), event('c', '2019')];
    expect(order(events).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('checkOrderHints', () => {
  it('accepts hints the dates can hold', () => {
    const events = [
      event('arrest', '2015-10-15'),
      event('referral', '2015-10', { after: ['arrest'] }),
      event('same-day', '2015-10-15', { before: ['arrest'] }),
      event('year', '2015', { after: ['referral'] }),
    ];
    expect(checkOrderHints(events)).toEqual([]);
  });

  it('refuses a hint the two dates cannot satisfy, naming both files', () => {
    const events = [event('lodged', '2018-08-30'), event('dismissed', '2018-07', { after: ['lodged'] })];
    expect(checkOrderHints(events).map(formatProblem)).toEqual([
      'content/events/dismissed.md: after[0]: "dismissed" (content/events/dismissed.md, July 2018) cannot come after "lodged" (content/events/lodged.md, 30 August 2018): their dates put it earlier. Fix a date or remove the hint',
    ]);
  });

  it('refuses a `before` hint the dates contradict, and two times of one day in the wrong order', () => {
    const before = [event('early', '2018-01-01', { before: ['earlier'] }), event('earlier', '2017')];
    expect(checkOrderHints(before).map((p) => [p.file, p.field])).toEqual([['content/events/early.md', 'before[0]']]);
    const timed = [
      event('noon', '2018-01-01', { time: '12:00', after: ['evening'] }),
      event('evening', '2018-01-01', { time: '19:00' }),
    ];
    const [problem] = checkOrderHints(timed);
    expect(problem?.message).toMatch(
      /"noon" .* cannot come after "evening" \(content\/events\/evening\.md.*dates and times/,
    );
  });

  it('refuses a chain of hints that no dates can hold, though each hint alone could', () => {
    const events = [
      event('november', '2015-11-05'),
      event('year', '2015', { after: ['november'] }),
      event('october', '2015-10', { after: ['year'] }),
    ];
    const problems = checkOrderHints(events);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('content/events/october.md');
    expect(problems[0]?.message).toMatch(
      /"october" .* cannot come after "year" \(content\/events\/year\.md, 2015\), which its own hints place no earlier than 2015-11-05/,
    );
  });

  it('refuses a cycle, naming every file in it', () => {
    const events = [
      event('a', '2020', { after: ['b'] }),
      event('b', '2020', { after: ['c'] }),
      event('c', '2020', { after: ['a'] }),
    ];
    const problems = checkOrderHints(events);
    expect(problems).toHaveLength(1);
    const message = problems[0]?.message ?? '';
    expect(message).toMatch(/^the order hints form a cycle: /);
    for (const id of ['a', 'b', 'c']) expect(message).toContain(`"${id}" (content/events/${id}.md)`);
  });

  it('refuses a two-event cycle written from both sides with both files named', () => {
    const events = [event('a', '2020', { before: ['b'] }), event('b', '2020', { before: ['a'] })];
    const [problem] = checkOrderHints(events);
    expect(problem?.message).toContain('"a" (content/events/a.md)');
    expect(problem?.message).toContain('"b" (content/events/b.md)');
  });

  it('refuses an event that names itself', () => {
    expect(checkOrderHints([event('a', '2020', { after: ['a'] })]).map(formatProblem)).toEqual([
      'content/events/a.md: after[0]: an event cannot come after or before itself',
    ]);
  });
});
