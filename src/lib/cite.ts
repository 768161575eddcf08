import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { useTranslations, type Translator } from '../i18n';
import { earliestDay, type PartialDate } from './model/dates';

const english = useTranslations('en-GB');

/** What a citation of one event page needs. */
export interface CitableEvent {
  readonly id: string;
  readonly title: string;
  readonly siteTitle: string;
  readonly date: PartialDate;
  readonly dateLabel: string;
  readonly url: string;
  /** The day the reader looked at the page (the build day without JavaScript). */
  readonly accessed: Date;
  /** The case's language (default British English). */
  readonly t?: Translator | undefined;
}

const accessedLabel = (date: Date, t: Translator = english) =>
  format(new UTCDate(date), 'd MMMM yyyy', { locale: t.locale });

/** A plain reference: `"Title." Site, 19 June 2014. URL (accessed 21 November 2026).`, in the case's language. */
export function plainCitation(e: CitableEvent, accessed = accessedLabel(e.accessed, e.t)): string {
  const t = e.t ?? english;
  return t('cite.plain', { title: e.title, site: e.siteTitle, date: e.dateLabel, url: e.url, accessed });
}

const bibtexEscape = (text: string) => text.replace(/([{}%&$#_])/g, '\\$1');

export function bibtexCitation(e: CitableEvent): string {
  const fields = [
    ['title', `{${bibtexEscape(e.title)}}`],
    ['howpublished', `{${bibtexEscape(e.siteTitle)}}`],
    ['year', `{${String(e.date.year)}}`],
    ...(e.date.month ? [['month', format(earliestDay(e.date), 'MMM').toLowerCase()]] : []),
    ['url', `{${e.url}}`],
    ['urldate', `{${format(new UTCDate(e.accessed), 'yyyy-MM-dd')}}`],
    ['note', `{${(e.t ?? english)('cite.eventDate')} ${bibtexEscape(e.dateLabel)}}`],
  ];
  const key = e.id.replace(/[^a-zA-Z0-9-]/g, '');
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k ?? ''} = ${v ?? ''}`).join(',\n')}\n}`;
}

export function cslJson(e: CitableEvent): object {
  const parts = [e.date.year, ...(e.date.month ? [e.date.month] : []), ...(e.date.day ? [e.date.day] : [])];
  const accessed = new UTCDate(e.accessed);
  return {
    id: e.id,
    type: 'webpage',
    title: e.title,
    'container-title': e.siteTitle,
    URL: e.url,
    issued: { 'date-parts': [parts] },
    accessed: { 'date-parts': [[accessed.getFullYear(), accessed.getMonth() + 1, accessed.getDate()]] },
  };
}

/** The forms an access date takes in the three citation formats. */
export type AccessedForm = 'long' | 'iso' | 'parts';

export function accessedForms(date: Date, t: Translator = english): Record<AccessedForm, string> {
  const day = new UTCDate(date);
  return {
    long: accessedLabel(day, t),
    iso: format(day, 'yyyy-MM-dd'),
    parts: `[${String(day.getFullYear())}, ${String(day.getMonth() + 1)}, ${String(day.getDate())}]`,
  };
}

/** A citation's text cut around its access date, so the page can put that date in its own element. */
export interface CitationText {
  readonly id: 'plain' | 'bibtex' | 'csl';
  readonly label: string;
  readonly before: string;
  readonly accessed: { readonly form: AccessedForm; readonly text: string };
  readonly after: string;
}

const PLACEHOLDER = '\u0000accessed\u0000';

function cut(id: CitationText['id'], label: string, text: string, form: AccessedForm, value: string): CitationText {
  const at = text.indexOf(PLACEHOLDER);
  return {
    id,
    label,
    before: text.slice(0, at),
    accessed: { form, text: value },
    after: text.slice(at + PLACEHOLDER.length),
  };
}

/**
 * The three formats of one event's citation, each split at its access date. The date is the
 * build date; a script may replace just that element with the reader's day.
 */
export function citationTexts(e: CitableEvent): CitationText[] {
  const t = e.t ?? english;
  const forms = accessedForms(e.accessed, t);
  const plain = plainCitation(e, PLACEHOLDER);
  const bibtex = bibtexCitation(e).replace(`urldate = {${forms.iso}}`, `urldate = {${PLACEHOLDER}}`);
  const csl = JSON.stringify({ ...cslJson(e), accessed: { 'date-parts': [PLACEHOLDER] } }, null, 2).replace(
    JSON.stringify(PLACEHOLDER),
    PLACEHOLDER,
  );
  return [
    cut('plain', t('cite.plainLabel'), plain, 'long', forms.long),
    cut('bibtex', 'BibTeX', bibtex, 'iso', forms.iso),
    cut('csl', 'CSL-JSON', csl, 'parts', forms.parts),
  ];
}
