/**
 * Date arithmetic with no dependency, shared by the build (dates.ts) and the search page's own
 * script (date-query.ts), which must not bundle date-fns or the dictionaries that dates.ts uses.
 */

/** `5` → `05`; `602` → `0602` with width 4. */
export const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** How many days a month (1–12) of a year has, in the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `2014`, `2014-06` or `2014-06-19`, as precise as the parts given; the year always four digits. */
export function isoDate(year: number, month?: number, day?: number): string {
  const y = pad(year, 4);
  if (month === undefined) return y;
  const ym = `${y}-${pad(month, 2)}`;
  return day === undefined ? ym : `${ym}-${pad(day, 2)}`;
}
