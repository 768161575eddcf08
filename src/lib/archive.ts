import type { Translator } from '../i18n';
import { formatPartialDate, toDatetime, type PartialDate } from './model/dates';

/**
 * Links that survive a publisher moving or changing its page: the Robust Links convention
 * (https://robustlinks.mementoweb.org/spec/) puts the original address, an archived snapshot and
 * the date the link stands for on the link itself, and the page offers the snapshot beside it.
 */

/** What a source records about where it is and when it was read. */
export interface ArchiveFields {
  readonly url?: string | undefined;
  /** The address of a snapshot the editors made or found in a web archive. */
  readonly archived?: string | undefined;
  /** The day the editors read the source. */
  readonly accessed?: PartialDate | undefined;
  readonly published?: PartialDate | undefined;
}

/** The Robust Links attributes for a link to the original address. */
export interface RobustLinkAttributes {
  readonly 'data-originalurl': string;
  readonly 'data-versiondate'?: string;
  readonly 'data-versionurl'?: string;
}

/** The archive link shown beside the publisher's. */
export type ArchiveLink =
  /** A snapshot the editors recorded: it exists. */
  | { readonly kind: 'snapshot'; readonly href: string }
  /** No snapshot is recorded: the Internet Archive is asked for its capture nearest a date, which may not exist. */
  | { readonly kind: 'search'; readonly href: string; readonly near: PartialDate; readonly nearLabel: string }
  /** No snapshot and no date to look near: the archive's list of every capture of the address. */
  | { readonly kind: 'search-any'; readonly href: string };

/** The date a link to the source stands for: when the editors read it, else when it was published. */
export function versionDate(fields: ArchiveFields): PartialDate | undefined {
  return fields.accessed ?? fields.published;
}

/**
 * A Wayback Machine timestamp for a partial date: `2023`, `202311` or `20231116`. The archive
 * reads a short timestamp as "nearest to the start of that period" and redirects to its closest capture.
 */
export function waybackTimestamp(date: PartialDate): string {
  return toDatetime(date).replace(/-/g, '');
}

/** `https://web.archive.org/web/<YYYYMMDD>/<address>`: the archive's capture nearest the date, if any. */
export function waybackNear(address: string, date: PartialDate): string {
  return `https://web.archive.org/web/${waybackTimestamp(date)}/${address}`;
}

/** Every capture the Internet Archive holds of an address. */
export function waybackAll(address: string): string {
  return `https://web.archive.org/web/*/${address}`;
}

/**
 * The archive link for a source: its recorded snapshot, or a request for the capture nearest its
 * date, labelled as a request. Undefined when there is neither a snapshot nor an address to look up.
 */
export function archiveLink(fields: ArchiveFields, t?: Translator): ArchiveLink | undefined {
  if (fields.archived) return { kind: 'snapshot', href: fields.archived };
  if (!fields.url) return undefined;
  const near = versionDate(fields);
  if (!near) return { kind: 'search-any', href: waybackAll(fields.url) };
  return { kind: 'search', href: waybackNear(fields.url, near), near, nearLabel: formatPartialDate(near, t) };
}

/**
 * Robust Links attributes for a link whose href is `original` (which may carry a text fragment).
 * `data-versionurl` is set only for a recorded snapshot: a search of the archive is not a version.
 */
export function robustLinkAttributes(original: string, fields: ArchiveFields): RobustLinkAttributes {
  const date = versionDate(fields);
  return {
    'data-originalurl': original,
    ...(date ? { 'data-versiondate': toDatetime(date) } : {}),
    ...(fields.archived ? { 'data-versionurl': fields.archived } : {}),
  };
}
