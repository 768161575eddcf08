import { DateFormatError, isOrdered, parsePartialDate } from '../model/dates';

/**
 * A date as TimelineJS gives it (`start_date`, `end_date`, or the Year/Month/Day/Time columns
 * of its spreadsheet template): every part may be a number or a string, and any may be missing.
 */
export interface DateParts {
  readonly year?: unknown;
  readonly month?: unknown;
  readonly day?: unknown;
  readonly hour?: unknown;
  readonly minute?: unknown;
  readonly second?: unknown;
  readonly millisecond?: unknown;
  readonly display_date?: unknown;
}

/** A date the engine can hold: `YYYY[-MM[-DD]]` (years below 1000 padded), an optional `HH:MM`. */
export interface MappedDate {
  readonly date: string;
  readonly time?: string;
  readonly displayDate?: string;
  /** What was changed or left out on the way, in an editor's words, for the report. */
  readonly notes: readonly string[];
}

/** Why a date cannot be imported at all. */
export type DateRefusal =
  /** A year before the common era (TimelineJS writes them negative): the engine refuses them. */
  | { readonly kind: 'bce'; readonly message: string }
  /** A date that is not one (month 13, a day with no month, letters): bad input. */
  | { readonly kind: 'invalid'; readonly message: string };

export type DateResult =
  { readonly ok: true; readonly value: MappedDate } | { readonly ok: false; readonly refusal: DateRefusal };

const cell = (value: unknown): string =>
  typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';

/** Thousands separators for a reader ("13,800,000,000"), without a locale's help. */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The suggestion SPEC15 gives for a date the engine cannot hold. */
export function bceSuggestion(year: string): string {
  const shown = `${grouped(year.replace(/^-/, ''))} BCE`;
  return `BCE dates are not supported: write the nearest supported date (0001) with a displayDate such as "${shown}"`;
}

function whole(text: string, part: string, min: number, max: number): number | string {
  if (!/^\d+$/.test(text)) return `${part} "${text}" is not a whole number`;
  const n = Number(text);
  return n < min || n > max ? `${part} ${text} is not between ${String(min)} and ${String(max)}` : n;
}

/** The time of day, as the engine holds it (`HH:MM`), with what had to be left out. */
function timeOf(parts: DateParts, notes: string[]): string | DateRefusal | undefined {
  const hourText = cell(parts.hour);
  const minuteText = cell(parts.minute);
  if (hourText === '' && minuteText === '') return undefined;
  const hour = whole(hourText || '0', 'hour', 0, 23);
  const minute = whole(minuteText || '0', 'minute', 0, 59);
  if (typeof hour === 'string') return { kind: 'invalid', message: hour };
  if (typeof minute === 'string') return { kind: 'invalid', message: minute };
  const second = cell(parts.second);
  const millisecond = cell(parts.millisecond);
  if ((second !== '' && Number(second) !== 0) || (millisecond !== '' && Number(millisecond) !== 0))
    notes.push('seconds left out: the engine keeps hours and minutes');
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * Maps a TimelineJS date to the engine's: the year padded to four digits (`602` → `0602`),
 * the time of day kept only with a full day (the engine dates a time to a day), and
 * years before the common era refused with the suggestion the build itself would give.
 */
export function mapDate(parts: DateParts): DateResult {
  const notes: string[] = [];
  const year = cell(parts.year);
  const month = cell(parts.month);
  const day = cell(parts.day);
  const refuse = (message: string): DateResult => ({ ok: false, refusal: { kind: 'invalid', message } });
  if (year === '') return refuse('has no year');
  if (!/^[-+]?\d+$/.test(year)) return refuse(`year "${year}" is not a whole number`);
  const yearNumber = Number(year);
  if (yearNumber <= 0)
    return { ok: false, refusal: { kind: 'bce', message: bceSuggestion(year === '0' ? '1' : year) } };
  if (yearNumber > 9999) return refuse(`year ${year} is after 9999, the last year the engine holds`);
  if (day !== '' && month === '') return refuse(`has day ${day} but no month`);
  let text = String(yearNumber).padStart(4, '0');
  for (const [name, value, max] of [
    ['month', month, 12],
    ['day', day, 31],
  ] as const) {
    if (value === '') break;
    const n = whole(value, name, 1, max);
    if (typeof n === 'string') return refuse(n);
    text += `-${String(n).padStart(2, '0')}`;
  }
  try {
    parsePartialDate(text);
  } catch (error) {
    return refuse(error instanceof DateFormatError ? error.message : String(error));
  }
  const time = timeOf(parts, notes);
  if (typeof time === 'object') return { ok: false, refusal: time };
  const displayDate = cell(parts.display_date);
  const keepTime = time !== undefined && day !== '';
  if (time !== undefined && !keepTime)
    notes.push(`time ${time} left out: the engine keeps a time only with a full date`);
  return {
    ok: true,
    value: { date: text, ...(keepTime ? { time } : {}), ...(displayDate ? { displayDate } : {}), notes },
  };
}

/** Whether an end date may stand after a start date (the engine refuses an end before its start). */
export function endFollows(start: string, end: string): boolean {
  return isOrdered(parsePartialDate(start), parsePartialDate(end));
}

/**
 * A time as a spreadsheet writes it (`9:05`, `09:05:30`, `3:30 PM`) as TimelineJS's parts;
 * undefined when it is not a time.
 */
export function timeParts(text: string): { hour: string; minute: string; second?: string } | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i.exec(text.trim());
  if (!match) return undefined;
  const [, h = '0', minute = '0', second, meridiem] = match;
  let hour = Number(h);
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = meridiem.toLowerCase().startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  return { hour: String(hour), minute, ...(second ? { second } : {}) };
}
