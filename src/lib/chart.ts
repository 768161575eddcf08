import { differenceInCalendarDays } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { earliestDay, latestDay, utcDay, type PartialDate } from './model/dates';
import type { EventRecord, InvestigationRecord } from './model/resolve';
import type { Translator } from '../i18n';
import type { Term } from './model/vocabulary';

/** How many colours the chart's palette has (tokens.css `--chart-1` …): groups beyond it reuse them. */
export const PALETTE_SIZE = 8;

/** A group's colour: its position in the case's list of groups, so any case's groups differ. */
export function toneOf(groups: readonly Term[], group: string): number {
  const index = groups.findIndex((g) => g.id === group);
  return (Math.max(0, index) % PALETTE_SIZE) + 1;
}

/** The time chart's geometry, worked out at build time so the page needs no script to draw it. */
export interface ChartEvent {
  readonly id: string;
  readonly label: string;
  readonly href: string;
  readonly group: string;
  /** The palette colour of its group, 1 to PALETTE_SIZE. */
  readonly tone: number;
  readonly date: PartialDate;
  readonly end?: PartialDate | undefined;
  /** Events of a marked kind (deaths, by default) are drawn larger. */
  readonly marked?: boolean | undefined;
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

export const CHART = { width: 720, margin: 20, markRow: 13, barHeight: 20, barGap: 6, top: 16 } as const;

/** Room one year label needs on the axis: four digits in the chart's small type, and a gap. */
export const MIN_TICK_SPACING = 44;
const STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000];

export interface Axis {
  /** The first year of the axis (1 January), at its left end. */
  readonly from: number;
  /** The year at its right end (1 January): after the last year shown. */
  readonly to: number;
  /** Years between labelled ticks. */
  readonly step: number;
  /** The labelled years, from `from` to `to`. */
  readonly years: readonly number[];
}

/**
 * The time axis from the first year to the year after the last, with a label every year while
 * they fit, else every round step (5, 10, 50, 100…) that keeps labels `MIN_TICK_SPACING` apart
 * once the axis is widened to whole steps: a 60-year or 2,000-year case reads as cleanly as a
 * three-year one. There is no year 0, so an axis from the first century starts at 1.
 */
export function axisYears(firstYear: number, lastYear: number, plotWidth: number): Axis {
  let axis: Axis = { from: firstYear, to: lastYear + 1, step: 1, years: [] };
  for (const step of STEPS) {
    const from = Math.max(1, Math.floor(firstYear / step) * step);
    const to = Math.max(from + step, Math.ceil((lastYear + 1) / step) * step);
    const years = [from];
    for (let year = (Math.floor(from / step) + 1) * step; year <= to; year += step) years.push(year);
    axis = { from, to, step, years };
    const perYear = plotWidth / (to - from);
    const closest = Math.min(...years.slice(1).map((year, i) => (year - (years[i] ?? 0)) * perYear));
    if (closest >= MIN_TICK_SPACING) break;
  }
  return axis;
}

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
  const axis = axisYears(first.getUTCFullYear(), last.getUTCFullYear(), CHART.width - 2 * CHART.margin);
  const from = utcDay(axis.from, 0, 1);
  const to = utcDay(axis.to, 0, 1);
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
  const ticks = axis.years.map((year) => ({ year, x: x(utcDay(year, 0, 1)) }));
  const height = axisY + 28 + spans.length * (CHART.barHeight + CHART.barGap) + CHART.margin;
  return { width: CHART.width, height, axisY, marks, bars, ticks };
}

/** The chart's marks from event records: the label is the event's own date label and title. */
export function chartEvents(events: readonly EventRecord[], groups: readonly Term[]): ChartEvent[] {
  return events.map((e) => ({
    id: e.id,
    label: `${e.dateLabel}: ${e.title}`,
    href: e.href,
    group: e.group,
    tone: toneOf(groups, e.group),
    marked: e.marked,
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
 * What a bar says: an open one its dated status ("no outcome reported as of …", never "still
 * open"); a finished one with no recorded end, that its end is not known.
 */
function barLabel(i: InvestigationRecord, t: Translator | undefined): string {
  if (i.open) {
    const status = i.statusLabel.charAt(0).toLowerCase() + i.statusLabel.slice(1);
    return t ? t('chart.stillOpen', { title: i.title, status }) : `${i.title} (${status})`;
  }
  if (i.end) return i.title;
  return t ? t('chart.endUnknown', { title: i.title }) : `${i.title} (end not known)`;
}

/**
 * The chart's bars from investigation records (none past `maxBars`); an investigation with no known start has no bar.
 * A finished one with no recorded end is drawn to its last event (its `chartEnd`), and says so.
 */
export function chartSpans(
  investigations: readonly InvestigationRecord[],
  t?: Translator,
  maxBars = MAX_BARS,
): ChartSpan[] {
  if (investigations.length > maxBars) return [];
  return investigations.flatMap((i) => {
    if (!i.start) return [];
    return [{ id: i.id, label: barLabel(i, t), href: i.href, start: i.start, end: i.chartEnd, open: i.open }];
  });
}
