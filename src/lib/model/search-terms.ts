import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import { dateLocale, primaryLanguage } from '../../i18n';
import { earliestDay, type PartialDate } from './dates';

/**
 * The ways a reader may write a date, for the search index only, in the case's language.
 * English: `19 June 2014`, `June 19 2014`, `19/06/2014`, `2014-06-19`; French: `26 juillet 2024`
 * (and `1er juillet 2024` on the first), `26/07/2024`, `2024-07-26`; then the month and year that
 * contain it. Numeric day/month forms are always day first: a US `07/26/2024` is never guessed.
 * A partial date yields only the forms it really covers, so a "June 2014" event never answers a
 * search for "19 June 2014". Years before 1000 as readers write them (`602`, `4 July 602`); the ISO
 * forms keep four digits.
 */
export function dateSearchForms(date: PartialDate, lang = 'en'): string[] {
  const day = earliestDay(date);
  const locale = dateLocale(lang);
  const french = primaryLanguage(lang) === 'fr';
  const forms: string[] = [];
  if (date.precision === 'day') {
    forms.push(format(day, 'd MMMM y', { locale }));
    if (french && date.day === 1) forms.push(format(day, "d'er' MMMM y", { locale }));
    if (!french) forms.push(format(day, 'MMMM d y', { locale }));
    forms.push(format(day, 'dd/MM/y'), format(day, 'yyyy-MM-dd'));
  }
  if (date.precision !== 'year') {
    forms.push(format(day, 'MMMM y', { locale }), format(day, 'yyyy-MM'), format(day, 'MM/y'));
  }
  forms.push(format(day, 'y'));
  return forms;
}

/** Every distinct form for a span: each day of a short range, or just its ends for a long one. */
export function spanSearchForms(start: PartialDate, end?: PartialDate, lang = 'en'): string[] {
  const forms = new Set(dateSearchForms(start, lang));
  if (end) {
    if (start.precision === 'day' && end.precision === 'day') {
      const last = earliestDay(end).getTime();
      // A trial over a few days is findable by each day; a longer range by its ends.
      const days = (last - earliestDay(start).getTime()) / 86_400_000;
      for (let i = 1; i <= days && days <= 31; i++) {
        const date = new UTCDate(earliestDay(start).getTime() + i * 86_400_000);
        dateSearchForms(
          {
            year: date.getFullYear(),
            month: date.getMonth() + 1,
            day: date.getDate(),
            precision: 'day',
          },
          lang,
        ).forEach((f) => forms.add(f));
      }
    }
    dateSearchForms(end, lang).forEach((f) => forms.add(f));
  }
  return [...forms];
}
