import type { CorrectionComment, WebPage, WithContext } from 'schema-dts';
import { toDatetime, type PartialDate } from '../model/dates';

/**
 * Corrections in schema.org terms: each a `CorrectionComment` with its date, carried by the
 * page's `correction` property (defined on CreativeWork, so on WebPage and NewsArticle alike).
 */
export function correctionComments(
  corrections: readonly { date: string | PartialDate; text: string }[],
): CorrectionComment[] {
  return corrections.map((c) => ({
    '@type': 'CorrectionComment',
    datePublished: typeof c.date === 'string' ? c.date : toDatetime(c.date),
    text: c.text,
  }));
}

/**
 * For pages whose main JSON-LD is not a CreativeWork (a Person cannot carry `correction`): the
 * page itself as a WebPage with its corrections. Nothing when the entry was never corrected.
 */
export function correctedPageLd(
  url: string,
  name: string,
  corrections: readonly { date: string | PartialDate; text: string }[],
): WithContext<WebPage>[] {
  if (corrections.length === 0) return [];
  return [
    { '@context': 'https://schema.org', '@type': 'WebPage', url, name, correction: correctionComments(corrections) },
  ];
}
