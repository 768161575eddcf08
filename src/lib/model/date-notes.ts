import type { Translator } from '../../i18n';
import { formatPartialDate, type PartialDate, type Precision } from './dates';
import { fileOf, type Problem } from './problems';

/**
 * A date note's first sentence must not deny what its own date claims: "Neither the day nor the month is known"
 * under a date written 2018-08 would have the page say "known to the month only" beside a note
 * that says the opposite. The rule, in the case's language (the phrases are the dictionary's
 * `date.denies.day` and `date.denies.month`), read in the note's first sentence, which by
 * convention speaks of the event's own date (later sentences may speak of other acts' dates, as
 * in "30 August is when the court confirmed it; he had submitted it earlier, the day is not reported"):
 * - a note that says the day is not known is refused when the date or its end is given to the day;
 * - a note that says the month is not known is refused when either is given to the month or the day.
 * Such an event is written only as precisely as the note allows (a year), and placed after what it
 * followed with `after:`.
 */

interface NotedEvent {
  readonly id: string;
  readonly filePath?: string | undefined;
  readonly data: {
    readonly date: PartialDate;
    readonly end?: PartialDate | undefined;
    readonly dateNote?: string | undefined;
  };
}

const AT_LEAST: Record<'day' | 'month', readonly Precision[]> = { day: ['day'], month: ['month', 'day'] };

export function checkDateNotes(events: readonly NotedEvent[], t: Translator): Problem[] {
  const denies = {
    day: new RegExp(t('date.denies.day'), 'iu'),
    month: new RegExp(t('date.denies.month'), 'iu'),
  };
  const problems: Problem[] = [];
  for (const event of events) {
    const { date, end, dateNote } = event.data;
    if (dateNote === undefined) continue;
    const [first = ''] = dateNote.split(/(?<=[.!?])\s/u);
    for (const unit of ['month', 'day'] as const) {
      if (!denies[unit].test(first)) continue;
      const claims = [
        ['date', date],
        ['end', end],
      ].find(([, d]) => d !== undefined && AT_LEAST[unit].includes((d as PartialDate).precision)) as
        [string, PartialDate] | undefined;
      if (!claims) continue;
      const [field, claimed] = claims;
      problems.push({
        file: fileOf(event, 'events'),
        field: 'dateNote',
        message: `says the ${unit} is not known, but ${field} (${formatPartialDate(claimed)}) gives it: write the date only as precisely as the note allows (${unit === 'day' ? 'YYYY-MM' : 'YYYY'}), and use "after:" to place the event after what it followed`,
      });
      break;
    }
  }
  return problems;
}
