import { differenceInCalendarDays } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { earliestDay, latestDay, utcDay, type PartialDate } from './dates';
import type { EventRecord, InvestigationRecord } from './resolve';
import { CHART_GROUP_OF } from './vocabulary';

/** The time chart's geometry, worked out at build time so the page needs no script to draw it. */
export interface ChartEvent {
  readonly id: string;
  readonly label: string;
  readonly href: string;
  readonly group: string;
  readonly date: PartialDate;
  readonly end?: PartialDate | undefined;
  /** Deaths are drawn larger and named on the axis. */
  readonly emphasis?: string | undefined;
}

export interface ChartSpan {
  readonly id: string;
  readonly label: string;
  readonly href: string;
  readonly start: PartialDate;
  readonly end?: PartialDate | undefined;
  /** Still running: the bar fades out at the chart's right edge. */
  readonly open: boolean;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly axisY: number;
  readonly marks: readonly (ChartEvent & { x: number; y: number })[];
  readonly bars: readonly (ChartSpan & { x1: number; x2: number; y: number })[];
  readonly ticks: readonly { year: number; x: number }[];
}

export const CHART = { width: 720, margin: 20, markRow: 13, barHeight: 16, barGap: 6, top: 16 } as const;

/**
 * Places events on a proportional time axis from the first to the last date (or `today`
 * when a span is still open), stacking marks that would overlap, with one lane per span.
 */
export function layoutChart(events: readonly ChartEvent[], spans: readonly ChartSpan[], today: Date): ChartLayout {
  const starts = [...events.map((e) => earliestDay(e.date)), ...spans.map((s) => earliestDay(s.start))];
  const ends = [
    ...events.map((e) => latestDay(e.end ?? e.date)),
    ...spans.map((s) => (s.end ? latestDay(s.end) : new UTCDate(today))),
  ];
  if (starts.length === 0) return { width: CHART.width, height: 0, axisY: 0, marks: [], bars: [], ticks: [] };
  const first = new UTCDate(Math.min(...starts.map((d) => d.getTime())));
  const last = new UTCDate(Math.max(...ends.map((d) => d.getTime())));
  const from = utcDay(first.getUTCFullYear(), 0, 1);
  const to = utcDay(last.getUTCFullYear() + 1, 0, 1);
  const days = Math.max(1, differenceInCalendarDays(to, from));
  const plot = CHART.width - 2 * CHART.margin;
  const x = (date: Date) => CHART.margin + (differenceInCalendarDays(date, from) / days) * plot;

  // Marks closer than one mark's width share a column and stack upwards.
  const columns: { x: number; count: number }[] = [];
  const placed = events.map((event) => {
    const mx = x(earliestDay(event.date));
    let column = columns.find((c) => Math.abs(c.x - mx) < 8);
    if (!column) columns.push((column = { x: mx, count: 0 }));
    column.count += 1;
    return { event, x: mx, level: column.count - 1 };
  });
  const levels = Math.max(1, ...columns.map((c) => c.count));
  const axisY = CHART.top + levels * CHART.markRow;
  const marks = placed.map(({ event, x: mx, level }) => ({
    ...event,
    x: mx,
    y: axisY - CHART.markRow / 2 - level * CHART.markRow,
  }));
  const bars = spans.map((span, i) => ({
    ...span,
    x1: x(earliestDay(span.start)),
    x2: x(span.end ? latestDay(span.end) : new UTCDate(today)),
    y: axisY + 28 + i * (CHART.barHeight + CHART.barGap),
  }));
  const ticks = [];
  for (let year = from.getFullYear(); year <= to.getFullYear(); year++) ticks.push({ year, x: x(utcDay(year, 0, 1)) });
  const height = axisY + 28 + spans.length * (CHART.barHeight + CHART.barGap) + CHART.margin;
  return { width: CHART.width, height, axisY, marks, bars, ticks };
}

/** The chart's marks from event records: the label is the event's own date label and title. */
export function chartEvents(events: readonly EventRecord[]): ChartEvent[] {
  return events.map((e) => ({
    id: e.id,
    label: `${e.dateLabel}: ${e.title}`,
    href: e.href,
    group: CHART_GROUP_OF[e.kind],
    date: e.date,
    end: e.end,
  }));
}

/**
 * Above this many investigations, one bar each would make the chart taller than any screen (and
 * the page grow with the case): the chart leaves the bars out.
 */
export const MAX_BARS = 100;

/**
 * The chart's bars from investigation records (none past `maxBars`); an investigation with no known start has no bar.
 * A finished one with no recorded end is drawn to its last event (its `chartEnd`), and says so.
 */
export function chartSpans(investigations: readonly InvestigationRecord[], maxBars = MAX_BARS): ChartSpan[] {
  if (investigations.length > maxBars) return [];
  return investigations.flatMap((i) => {
    if (!i.start) return [];
    const label = `${i.title}${!i.open && !i.end ? ' (end not known)' : ''}`;
    return [{ id: i.id, label, href: i.href, start: i.start, end: i.chartEnd, open: i.open }];
  });
}
