import { describe, expect, it } from 'vitest';
import {
  axisYears,
  CHART,
  chartSpans,
  layoutChart,
  MAX_BARS,
  MIN_TICK_SPACING,
  type ChartEvent,
} from '../../src/lib/chart';
import type { InvestigationRecord } from '../../src/lib/model/resolve';
import { parsePartialDate as d } from '../../src/lib/model/dates';

const event = (id: string, date: string): ChartEvent => ({
  id,
  label: id,
  href: `/events/${id}/`,
  group: 'other',
  tone: 6,
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

describe('axisYears', () => {
  const plot = CHART.width - 2 * CHART.margin;
  /** The narrowest gap between two neighbouring labels, in pixels. */
  const narrowest = (axis: ReturnType<typeof axisYears>) => {
    const perYear = plot / (axis.to - axis.from);
    return Math.min(...axis.years.slice(1).map((year, i) => (year - (axis.years[i] ?? 0)) * perYear));
  };

  it('labels every year of a short case', () => {
    expect(axisYears(2014, 2026, plot).years).toEqual([
      2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027,
    ]);
  });
  it('thins a 60-year case to round years whose labels never overlap', () => {
    const axis = axisYears(1960, 2020, plot);
    expect(axis.step).toBe(5);
    expect(axis.years[0]).toBe(1960);
    expect(axis.years.at(-1)).toBe(2025);
    expect(narrowest(axis)).toBeGreaterThanOrEqual(MIN_TICK_SPACING);
  });
  it('thins a 2,000-year case to centuries, starting at the year 1 (there is no year 0)', () => {
    const axis = axisYears(150, 1969, plot);
    expect(axis.step).toBe(200);
    expect(axis.years.slice(0, 3)).toEqual([1, 200, 400]);
    expect(axis.years.at(-1)).toBeGreaterThanOrEqual(1970);
    expect(narrowest(axis)).toBeGreaterThanOrEqual(MIN_TICK_SPACING);
    const fromOne = axisYears(1, 2000, plot);
    expect(fromOne.years[0]).toBe(1);
    expect(narrowest(fromOne)).toBeGreaterThanOrEqual(MIN_TICK_SPACING);
  });
  it('gives a one-year case its year and the next', () => {
    expect(axisYears(2014, 2014, plot).years).toEqual([2014, 2015]);
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
