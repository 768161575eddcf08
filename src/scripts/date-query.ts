/**
 * Reading a search query as a date ("2016", "November 2023", "19 June 2014", "2014-06"), so the
 * search can list the events of that date first. Runs in the reader's browser and in tests.
 */
import { daysInMonth, isoDate } from '../lib/model/iso-date';

export interface DateQuery {
  readonly precision: 'year' | 'month' | 'day';
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** The ISO form the search index holds for every event of that date (`2014`, `2014-06`, `2014-06-19`). */
  readonly iso: string;
}

/** Lower-case month names, long and short, in English and in `locale`: index 0 is January. */
export function monthNames(locale = 'en'): string[][] {
  const names = (loc: string, month: 'long' | 'short') => {
    const format = new Intl.DateTimeFormat(loc, { month, timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) =>
      format
        .format(Date.UTC(2000, i, 1))
        .toLocaleLowerCase(loc)
        .replace(/\.$/, ''),
    );
  };
  const all = [names('en', 'long'), names('en', 'short'), names(locale, 'long'), names(locale, 'short')];
  return Array.from({ length: 12 }, (_, i) => [...new Set(all.map((list) => list[i] ?? ''))]);
}

function make(year: number, month?: number, day?: number): DateQuery | undefined {
  if (year < 1 || year > 9999) return undefined;
  if (month === undefined) return { precision: 'year', year, iso: isoDate(year) };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return { precision: 'month', year, month, iso: isoDate(year, month) };
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { precision: 'day', year, month, day, iso: isoDate(year, month, day) };
}

/**
 * The date a query names, or undefined when it is not (only) a date. Numeric forms follow the
 * index: `2014`, `2014-06`, `2014-06-19`, `06/2014`, `19/06/2014` (day first).
 */
export function readDateQuery(
  query: string,
  months: readonly (readonly string[])[] = monthNames(),
): DateQuery | undefined {
  const text = query.trim().toLowerCase();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(text))) return make(Number(m[1]));
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) return make(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) return make(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = /^(\d{1,2})\/(\d{4})$/.exec(text))) return make(Number(m[2]), Number(m[1]));
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) return make(Number(m[3]), Number(m[2]), Number(m[1]));
  const words = text.split(/[\s,]+/).filter(Boolean);
  const month = (word: string | undefined) => {
    const index = months.findIndex((names) => names.includes((word ?? '').replace(/\.$/, '')));
    return index === -1 ? undefined : index + 1;
  };
  const day = (word: string | undefined) =>
    word && /^\d{1,2}(st|nd|rd|th|er)?$/.test(word) ? parseInt(word, 10) : undefined;
  const year = (word: string | undefined) => (word && /^\d{4}$/.test(word) ? Number(word) : undefined);
  const [a, b, c] = words;
  if (words.length === 2) {
    const mo = month(a);
    const y = year(b);
    return mo && y ? make(y, mo) : undefined;
  }
  if (words.length === 3) {
    const y = year(c);
    if (y === undefined) return undefined;
    const dayFirst = [day(a), month(b)] as const;
    if (dayFirst[0] && dayFirst[1]) return make(y, dayFirst[1], dayFirst[0]);
    const monthFirst = [month(a), day(b)] as const;
    if (monthFirst[0] && monthFirst[1]) return make(y, monthFirst[0], monthFirst[1]);
  }
  return undefined;
}

/** The date as a reader writes it, in the page's language: "2016", "November 2023", "19 June 2014". */
export function describeDateQuery(date: DateQuery, locale = 'en'): string {
  const when = new Date(Date.UTC(2000, (date.month ?? 1) - 1, date.day ?? 1));
  // Date.UTC reads years below 100 as 19xx.
  when.setUTCFullYear(date.year);
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'year'
      ? { year: 'numeric' }
      : date.precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(when);
}

/**
 * Whether a page's indexed text holds the date's ISO form as a word. Pagefind answers a term that
 * no page holds with pages holding a shorter form of it ("2014-06-20" finds "2014-06"), so the
 * events a search returns for a month or day are the events of that date only when the first one
 * really holds the term; if it does not, no page does.
 */
export function holdsDate(content: string, date: DateQuery): boolean {
  return content.split(/[\s·,;:()]+/).some((word) => word.replace(/\.$/, '') === date.iso);
}
