import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { useTranslations, type Translator } from '../i18n';

const english = useTranslations('en-GB');

/** What a citation of one event page needs. */
export interface CitableEvent {
  readonly id: string;
  readonly title: string;
  readonly siteTitle: string;
  /** The event's date as the page shows it: the citation's subject, never its date. */
  readonly dateLabel: string;
  /**
   * When the page was first published and last changed (git): the citation's date is the last
   * change, the version a reader cites. Undefined without history: the citation is then undated.
   */
  readonly history?: { readonly first: Date; readonly last: Date } | undefined;
  readonly url: string;
  /** The day the reader looked at the page (the build day without JavaScript). */
  readonly accessed: Date;
  /** The case's language (default British English). */
  readonly t?: Translator | undefined;
}

const accessedLabel = (date: Date, t: Translator = english) =>
  format(new UTCDate(date), 'd MMMM yyyy', { locale: t.locale });

const isoDay = (date: Date) => format(new UTCDate(date), 'yyyy-MM-dd');

/**
 * A plain reference, in the case's language: `"Title" (event: 19 June 2014). Site, published
 * 8 December 2026. URL (accessed 9 December 2026).` The page's own dates say when it was written;
 * the event's date is what it is about.
 */
export function plainCitation(e: CitableEvent, accessed = accessedLabel(e.accessed, e.t)): string {
  const t = e.t ?? english;
  const params = { title: e.title, site: e.siteTitle, event: e.dateLabel, url: e.url, accessed };
  if (!e.history) return t('cite.plainUndated', params);
  const [first, last] = [accessedLabel(e.history.first, t), accessedLabel(e.history.last, t)];
  const when = first === last ? t('cite.published', { first }) : t('cite.changed', { first, last });
  return t('cite.plain', { ...params, when });
}

const bibtexEscape = (text: string) => text.replace(/([{}%&$#_])/g, '\\$1');

export function bibtexCitation(e: CitableEvent): string {
  const fields = [
    ['title', `{${bibtexEscape(e.title)}}`],
    ['howpublished', `{${bibtexEscape(e.siteTitle)}}`],
    ...(e.history
      ? [
          ['year', `{${format(new UTCDate(e.history.last), 'yyyy')}}`],
          ['month', format(new UTCDate(e.history.last), 'MMM').toLowerCase()],
          ['date', `{${isoDay(e.history.last)}}`],
        ]
      : []),
    ['url', `{${e.url}}`],
    ['urldate', `{${format(new UTCDate(e.accessed), 'yyyy-MM-dd')}}`],
    ['note', `{${(e.t ?? english)('cite.eventDate')} ${bibtexEscape(e.dateLabel)}}`],
  ];
  const key = e.id.replace(/[^a-zA-Z0-9-]/g, '');
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k ?? ''} = ${v ?? ''}`).join(',\n')}\n}`;
}

const dateParts = (date: Date) => {
  const day = new UTCDate(date);
  return [day.getFullYear(), day.getMonth() + 1, day.getDate()];
};

export function cslJson(e: CitableEvent): object {
  return {
    id: e.id,
    type: 'webpage',
    title: e.title,
    'container-title': e.siteTitle,
    URL: e.url,
    ...(e.history ? { issued: { 'date-parts': [dateParts(e.history.last)] } } : {}),
    note: `${(e.t ?? english)('cite.eventDate')} ${e.dateLabel}`,
    accessed: { 'date-parts': [dateParts(e.accessed)] },
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
