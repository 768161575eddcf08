import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { toDatetime, type PartialDate } from './dates';

/**
 * Times of day: `HH:MM` on the 24-hour clock, local to the case's one time zone (site.md
 * `timeZone`). A time only ever sits on a day-precise date, so it can order same-day events and
 * give `<time datetime>` a local date-time with its UTC offset for that zone on that day.
 */
export const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Why a time is refused, or undefined when it is a valid `HH:MM`. */
export function timeProblem(time: string): string | undefined {
  return TIME_PATTERN.test(time)
    ? undefined
    : `"${time}" is not a time of day: write HH:MM on the 24-hour clock (for example 09:05 or 15:34), in quotes`;
}

/** True for a time zone the build's Intl knows by name: an IANA zone such as `Europe/London`, or `UTC`. */
export function isTimeZone(zone: string): boolean {
  if (!zone.includes('/') && zone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * `1963-11-25T12:14-05:00`: the local date-time with the zone's UTC offset on that day (so a
 * summer time shows its own offset), for `<time datetime>` and the downloads.
 */
export function zonedDatetime(date: PartialDate, time: string, zone: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const local = TZDate.tz(zone, 2000, 0, 1);
  // setFullYear, not the constructor: years 1–99 stay themselves.
  local.setFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  local.setHours(hours, minutes, 0, 0);
  return `${toDatetime(date)}T${time}${format(local, 'xxx')}`;
}

/**
 * Order within one day: untimed events first (like a vaguer date, they frame the day), then by
 * time. Callers compare dates first; this only breaks a tie between events of the same day.
 */
export function compareTimes(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a.localeCompare(b);
}
