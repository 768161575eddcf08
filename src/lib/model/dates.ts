import { UTCDate } from '@date-fns/utc';
import { differenceInMonths, format, lastDayOfMonth } from 'date-fns';
import { useTranslations, type Translator } from '../../i18n';
import { daysInMonth, isoDate } from './iso-date';

/** Dates are written in the case's language; without one, in British English. */
const english = useTranslations('en-GB');

/** How much of a date the sources actually give. */
export type Precision = 'year' | 'month' | 'day';

/** A date as precise as its sources allow: a year, a year and month, or a full day. */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: Precision;
}

/** A date or range as an event, investigation or source carries it. */
export interface DateSpan {
  readonly start: PartialDate;
  readonly end?: PartialDate | undefined;
  /** "c." before the label: the sources give the date only roughly. */
  readonly approximate?: boolean | undefined;
}

/**
 * The one date grammar: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. The loader's schemas (through
 * parsePartialDate), the JSON Schema of the open data and the tests all use this pattern.
 * It checks the shape only; parsePartialDate also refuses month 13 or 31 February.
 */
export const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** `-0500`, `-500`, `500 BC`, `500 BCE`, `500 B.C.`: dates before the year 1. */
const BCE = /^-\d|\bB\.?C\.?(?:E\.?)?$/i;
const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

export class DateFormatError extends Error {}

/**
 * Midnight UTC on a day of any year from 1 to 9999. `new Date(66, 2, 1)` and `Date.UTC` read
 * years 0–99 as 1900–1999; setUTCFullYear does not, so `0066-03-01` stays 1 March 66.
 */
export function utcDay(year: number, monthIndex: number, day: number): UTCDate {
  const date = new UTCDate(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Anything else (`19/06/14`, `2014-6-1`,
 * `2014-13-40`) is refused: a misread date on a timeline people cite is worse than a failed build.
 */
export function parsePartialDate(input: string): PartialDate {
  if (BCE.test(input.trim())) {
    throw new DateFormatError(
      `"${input}" is before the year 1: BCE dates are not supported. Write the nearest supported date (0001) and show readers the real one with displayDate (for example displayDate: "500 BC")`,
    );
  }
  const match = DATE_PATTERN.exec(input.trim());
  if (!match) {
    throw new DateFormatError(
      `"${input}" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD (for example 2014, 2014-06 or 2014-06-19)`,
    );
  }
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { year, precision: 'year' };
  const month = Number(m);
  if (month < 1 || month > 12) {
    throw new DateFormatError(`"${input}" has month ${m}: a month is 01 to 12`);
  }
  if (d === undefined) return { year, month, precision: 'month' };
  const day = Number(d);
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    throw new DateFormatError(
      `"${input}" has day ${d}: ${format(utcDay(year, month - 1, 1), 'MMMM y')} has days 01 to ${String(days)}`,
    );
  }
  return { year, month, day, precision: 'day' };
}

/** The first day the partial date could mean. */
export function earliestDay(date: PartialDate): UTCDate {
  return utcDay(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The last day the partial date could mean. */
export function latestDay(date: PartialDate): UTCDate {
  if (date.precision === 'day') return earliestDay(date);
  if (date.precision === 'month') return new UTCDate(lastDayOfMonth(earliestDay(date)));
  return utcDay(date.year, 11, 31);
}

/**
 * The machine-readable form for `<time datetime>`: `2014`, `2014-06` or `2014-06-19`. Written
 * out by hand (it is date-fns's `yyyy-MM-dd` for any valid date): pages ask for it thousands of
 * times in a large case.
 */
export function toDatetime(date: PartialDate): string {
  if (date.precision === 'year') return isoDate(date.year);
  if (date.precision === 'month') return isoDate(date.year, date.month ?? 1);
  return isoDate(date.year, date.month ?? 1, date.day ?? 1);
}

/** The earliest possible day as `YYYY-MM-DD`: a sort key that orders any two partial dates. */
export function sortKey(date: PartialDate): string {
  return isoDate(date.year, date.month ?? 1, date.day ?? 1);
}

const labels = new Map<string, string>();

/**
 * `19 June 2014`, `June 2014` or `2014` (`26 juillet 2024` in French), always in UTC; the year
 * as written, without padding (`66`).
 */
export function formatPartialDate(date: PartialDate, t: Translator = english): string {
  // A label depends on the date and the language alone, and a large case shows each date on many pages.
  const key = `${t.lang}:${date.precision}:${toDatetime(date)}`;
  let label = labels.get(key);
  if (label === undefined) {
    const pattern = { year: 'y', month: 'MMMM y', day: 'd MMMM y' }[date.precision];
    label = format(earliestDay(date), pattern, { locale: t.locale });
    labels.set(key, label);
  }
  return label;
}

function sameDate(a: PartialDate, b: PartialDate): boolean {
  return a.precision === b.precision && toDatetime(a) === toDatetime(b);
}

/** The pieces of a span's label, so each end can sit in its own `<time>` element. */
export interface SpanParts {
  readonly prefix: string;
  readonly start: string;
  readonly separator: string;
  readonly end?: string | undefined;
}

/**
 * A span as a reader would write it: `4–5 October 2016`, `30 September – 2 October 2016`,
 * `June 2014 – March 2015`, `c. 2018`. Shared parts are said once.
 */
export function spanParts(span: DateSpan, t: Translator = english): SpanParts {
  const prefix = span.approximate ? t('date.approximate') : '';
  const { start, end } = span;
  if (!end || sameDate(start, end)) return { prefix, start: formatPartialDate(start, t), separator: '' };
  const endLabel = formatPartialDate(end, t);
  if (start.year === end.year && start.precision === end.precision && start.precision !== 'year') {
    if (start.precision === 'day' && start.month === end.month) {
      return { prefix, start: String(start.day), separator: '–', end: endLabel };
    }
    const pattern = start.precision === 'day' ? 'd MMMM' : 'MMMM';
    const separator = start.precision === 'day' ? ' – ' : '–';
    return { prefix, start: format(earliestDay(start), pattern, { locale: t.locale }), separator, end: endLabel };
  }
  if (start.precision === 'year' && end.precision === 'year') {
    return { prefix, start: String(start.year), separator: '–', end: endLabel };
  }
  return { prefix, start: formatPartialDate(start, t), separator: ' – ', end: endLabel };
}

/** The span's label as plain text. */
export function formatSpan(span: DateSpan, t: Translator = english): string {
  const parts = spanParts(span, t);
  return `${parts.prefix}${parts.start}${parts.end === undefined ? '' : parts.separator + parts.end}`;
}

/** Words for how precise a date is, for readers who wonder why a day is missing. */
export function describePrecision(date: PartialDate, approximate = false, t: Translator = english): string {
  const known = t(`date.precision.${date.precision}`);
  return approximate ? t('date.precision.approximate', { known }) : known;
}

/**
 * How precise a span is, end by end when its ends differ ("Start known to the day; end known to
 * the month only"): a label never lends the end the precision of the start, nor the reverse.
 */
export function describeSpanPrecision(span: DateSpan, t: Translator = english): string {
  const { start, end, approximate = false } = span;
  if (!end || end.precision === start.precision) return describePrecision(start, approximate, t);
  const lower = (date: PartialDate) => t(`date.precision.${date.precision}`).toLowerCase();
  const known = t('date.precision.span', { start: lower(start), end: lower(end) });
  return approximate ? t('date.precision.approximate', { known }) : known;
}

/**
 * Timeline order: earliest possible day first; on the same day the vaguer date first
 * (a "2014" event frames the days inside it); then the caller's stable key.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const byDay = earliestDay(a).getTime() - earliestDay(b).getTime();
  if (byDay !== 0) return byDay;
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/** True when `end` cannot have happened before `start`, given both dates' precision. */
export function isOrdered(start: PartialDate, end: PartialDate): boolean {
  return latestDay(end).getTime() >= earliestDay(start).getTime();
}

/**
 * A visible gap between two timeline entries, such as "14 months later", or undefined when
 * the gap is shorter than `minMonths`. Counted between earliest possible days, so it is a floor.
 */
export function gapLabel(
  from: PartialDate,
  to: PartialDate,
  minMonths = 6,
  t: Translator = english,
): string | undefined {
  const months = differenceInMonths(earliestDay(to), earliestDay(from));
  if (months < minMonths) return undefined;
  if (months < 24) return t('date.later', { span: t('count.months', { count: months }) });
  const years = t('count.years', { count: Math.floor(months / 12) });
  const rest = months % 12;
  const span = rest === 0 ? years : t.list([years, t('count.months', { count: rest })]);
  return t('date.later', { span });
}
