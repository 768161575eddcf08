import { describe, expect, it } from 'vitest';
import { CHART, chartSpans, layoutChart, MAX_BARS, type ChartEvent } from '../../src/lib/chart';
import type { InvestigationRecord } from '../../src/lib/resolve';
import { parsePartialDate as d } from '../../src/lib/dates';

const event = (id: string, date: string): ChartEvent => ({
  id,
  label: id,
  href: `/events/${id}/`,
  group: 'other',
  date: d(date),
});
const today = new Date('2026-11-21T00:00:00Z');

describe('layoutChart', () => {
  it('places events proportionally between the first and last year', () => {
    const { marks, ticks } = layoutChart(
      [event('a', '2014-01-01'), event('b', '2015-01-01'), event('c', '2016-01-01')],
      [],
      today,
    );
    const [a, b, c] = marks;
    expect(ticks.map((t) => t.year)).toEqual([2014, 2015, 2016, 2017]);
    expect(a?.x).toBeCloseTo(CHART.margin);
    expect((b?.x ?? 0) - (a?.x ?? 0)).toBeCloseTo((c?.x ?? 0) - (b?.x ?? 0), 0);
  });

  it('stacks events that fall on the same spot instead of hiding one under another', () => {
    const { marks } = layoutChart(
      [event('a', '2023-11-16'), event('b', '2023-11-16'), event('c', '2014-01-01')],
      [],
      today,
    );
    expect(marks[0]?.x).toBe(marks[1]?.x);
    expect(marks[0]?.y).not.toBe(marks[1]?.y);
  });

  it('runs an open span to today, one lane per span, below the axis', () => {
    const spans = [
      { id: 'closed', label: 'c', href: '/c/', start: d('2015-10'), end: d('2019-07-05'), open: false },
      { id: 'open', label: 'o', href: '/o/', start: d('2022-06-23'), open: true },
    ];
    const layout = layoutChart([event('a', '2014-06-19')], spans, today);
    const [closed, open] = layout.bars;
    expect(closed && open && open.y > closed.y).toBe(true);
    expect(closed?.y).toBeGreaterThan(layout.axisY);
    const tick = (year: number) => layout.ticks.find((t) => t.year === year)?.x ?? NaN;
    expect(open?.x2).toBeGreaterThan(tick(2026));
    expect(open?.x2).toBeLessThan(tick(2027));
    expect(layout.ticks.at(-1)?.year).toBe(2027);
  });

  it('draws nothing for nothing', () => {
    expect(layoutChart([], [], today).marks).toEqual([]);
  });
});

describe('chartSpans', () => {
  const investigation = (id: string) =>
    ({
      id,
      title: `Inquiry ${id}`,
      href: `/investigations/${id}/`,
      start: d('2015-01'),
      end: d('2016-01'),
      chartEnd: d('2016-01'),
      open: false,
    }) as unknown as InvestigationRecord;
  it('gives each investigation with a start its bar', () => {
    expect(chartSpans([investigation('a'), investigation('b')]).map((s) => s.id)).toEqual(['a', 'b']);
  });
  it('gives no bars past the limit, so the chart does not grow with the case', () => {
    const many = Array.from({ length: MAX_BARS + 1 }, (_, i) => investigation(`i${String(i)}`));
    expect(chartSpans(many)).toEqual([]);
    expect(chartSpans(many.slice(0, MAX_BARS))).toHaveLength(MAX_BARS);
  });
});
