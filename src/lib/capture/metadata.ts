import { isLanguageTag } from '../model/language-tag';

/**
 * What a page says about itself, read from its own markup in a fixed order of trust: JSON-LD
 * (what the publisher declares for search engines: `NewsArticle`, `Report`…), then the
 * `citation_*` tags of scholarly pages, then Open Graph, then plain HTML (`<title>`, `<html lang>`,
 * `<link rel=canonical>`). Each value keeps where it was found, for the capture report. Nothing is
 * inferred: a field no tag gives is simply absent, and the source file marks it to fill in.
 */

/** The fields a capture fills, besides the text. */
export const META_FIELDS = ['title', 'publisher', 'author', 'published', 'modified', 'url', 'language'] as const;
export type MetaField = (typeof META_FIELDS)[number];

export interface Found {
  readonly value: string;
  /** Where it was read: `JSON-LD NewsArticle headline`, `og:title`, `<title>`… */
  readonly from: string;
}

export type PageMetadata = Partial<Record<MetaField, Found>> & {
  /** What could be read but not used, each in a sentence (a JSON-LD block that is not JSON, a date in words). */
  readonly notes: string[];
  /** True when the page declares itself an article (JSON-LD article type, og:type article, citation tags). */
  readonly declaresArticle: boolean;
};

/** The JSON-LD types that describe one piece of writing, rather than a site or a list. */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
  'BlogPosting',
  'ScholarlyArticle',
  'Report',
  'TechArticle',
  'LegalDocument',
  'Legislation',
  'GovernmentDocument',
  'PressRelease',
]);

/**
 * Query parameters that only say how a reader arrived (campaign, click and mail tracking): an
 * address recorded with them would identify the editor's visit and differ from the page's own.
 */
const TRACKING = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|ocid|cmpid|ito|ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|sr_share|s_cid|at_.+)$/i,
];

/** The address without its tracking parameters and fragment; undefined when it is not an http(s) address. */
export function cleanAddress(address: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING.some((pattern) => pattern.test(name))) url.searchParams.delete(name);
  }
  url.hash = '';
  return url.href;
}

/**
 * A date as the site writes it (YYYY, YYYY-MM or YYYY-MM-DD), read from the calendar date the
 * publisher wrote: `2023-11-16T21:19:46+00:00` is 2023-11-16, in the publisher's own zone, never
 * moved into another. Undefined when the text does not start with such a date.
 */
export function partialDateOf(text: string): string | undefined {
  const match = /^\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?=$|[T\s+Z-])/.exec(text);
  if (!match) return undefined;
  const [, year = '', month, day] = match;
  if (month === undefined) return year;
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  const mm = String(m).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  const d = Number(day);
  const last = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  if (d < 1 || d > last) return undefined;
  return `${year}-${mm}-${String(d).padStart(2, '0')}`;
}

/** `en_GB` (Open Graph's form) as a language tag, `en-GB`; undefined when it is not one. */
function languageOf(text: string): string | undefined {
  const tag = text.trim().replace(/_/g, '-');
  return isLanguageTag(tag) ? tag : undefined;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every node of the page's JSON-LD blocks: arrays and `@graph` flattened. */
function jsonLdNodes(document: Document, notes: string[]): Json[] {
  const nodes: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      nodes.push(value);
      if (value['@graph'] !== undefined) visit(value['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    // Read as data, never run: JSON.parse of the script's text.
    try {
      visit(JSON.parse(script.textContent || 'null'));
    } catch {
      notes.push('A JSON-LD block is not valid JSON and was not read.');
    }
  }
  return nodes;
}

const typesOf = (node: Json): string[] =>
  [node['@type']].flat().flatMap((t) => (typeof t === 'string' ? [t.replace(/^.*[/#:]/, '')] : []));

/** A JSON-LD value as text: a string, or an object's name, or an @id pointing at another node. */
function nameOf(value: unknown, byId: ReadonlyMap<string, Json>): string | undefined {
  if (typeof value === 'string') return clean(value) || undefined;
  if (Array.isArray(value)) {
    const names = value.map((v) => nameOf(v, byId)).filter((v): v is string => v !== undefined);
    return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
  }
  if (!isObject(value)) return undefined;
  const id = value['@id'];
  const target = typeof id === 'string' && value['name'] === undefined ? byId.get(id) : value;
  const name = target?.['name'];
  return typeof name === 'string' ? clean(name) || undefined : undefined;
}

/** An address in JSON-LD: a string, or an object's @id or url. */
function addressOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value)) {
    for (const key of ['@id', 'url']) if (typeof value[key] === 'string') return value[key];
  }
  return undefined;
}

function fromJsonLd(document: Document, set: Setter, notes: string[]): boolean {
  const nodes = jsonLdNodes(document, notes);
  const article = nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.has(t)));
  if (!article) return false;
  const byId = new Map(nodes.flatMap((n) => (typeof n['@id'] === 'string' ? [[n['@id'], n] as const] : [])));
  const from = (key: string) => `JSON-LD ${typesOf(article).find((t) => ARTICLE_TYPES.has(t)) ?? ''} ${key}`;
  const text = (key: string) => nameOf(article[key], byId);
  set('title', text('headline') ?? text('name'), from(article['headline'] ? 'headline' : 'name'));
  set('publisher', nameOf(article['publisher'], byId), from('publisher'));
  set('author', nameOf(article['author'], byId), from('author'));
  set('published', text('datePublished'), from('datePublished'), 'date');
  set('modified', text('dateModified'), from('dateModified'), 'date');
  const address = addressOf(article['url']) ?? addressOf(article['mainEntityOfPage']);
  set('url', address, from(article['url'] ? 'url' : 'mainEntityOfPage'), 'address');
  set('language', nameOf(article['inLanguage'], byId), from('inLanguage'), 'language');
  return true;
}

type Kind = 'text' | 'date' | 'address' | 'language';
type Setter = (field: MetaField, value: string | undefined, from: string, kind?: Kind) => void;

/** Reads a page's metadata. `address` is where the page was fetched from, to resolve relative links. */
export function pageMetadata(document: Document, address?: string): PageMetadata {
  const notes: string[] = [];
  const found: Partial<Record<MetaField, Found>> = {};
  // The first source to give a usable value wins; an unusable one is noted, never half-used.
  const set: Setter = (field, raw, from, kind = 'text') => {
    if (found[field] || raw === undefined) return;
    const text = clean(raw);
    if (!text) return;
    const value =
      kind === 'date'
        ? partialDateOf(text)
        : kind === 'address'
          ? cleanAddress(text, address)
          : kind === 'language'
            ? languageOf(text)
            : text;
    if (value === undefined) {
      notes.push(`${from} says "${text}", which is not a ${kind === 'address' ? 'web address' : kind}: not used.`);
      return;
    }
    found[field] = { value, from };
  };
  const meta = (attribute: 'name' | 'property', key: string): string[] =>
    [...document.querySelectorAll(`meta[${attribute}]`)]
      .filter((m) => m.getAttribute(attribute)?.toLowerCase() === key)
      .map((m) => m.getAttribute('content') ?? '')
      .filter((c) => c.trim() !== '');
  const first = (attribute: 'name' | 'property', key: string) => meta(attribute, key)[0];

  const jsonLd = fromJsonLd(document, set, notes);

  const citationTitle = first('name', 'citation_title');
  set('title', citationTitle, 'citation_title');
  set('publisher', first('name', 'citation_publisher'), 'citation_publisher');
  set('publisher', first('name', 'citation_journal_title'), 'citation_journal_title');
  const authors = meta('name', 'citation_author');
  set('author', authors.length > 0 ? authors.join(', ') : undefined, 'citation_author');
  for (const key of ['citation_publication_date', 'citation_date', 'citation_online_date'])
    set('published', first('name', key), key, 'date');
  for (const key of ['citation_public_url', 'citation_abstract_html_url', 'citation_fulltext_html_url'])
    set('url', first('name', key), key, 'address');
  set('language', first('name', 'citation_language'), 'citation_language', 'language');

  set('title', first('property', 'og:title'), 'og:title');
  set('publisher', first('property', 'og:site_name'), 'og:site_name');
  // article:author is often the address of an author page, not a name.
  const ogAuthor = first('property', 'article:author');
  if (ogAuthor && !/^https?:/i.test(ogAuthor)) set('author', ogAuthor, 'article:author');
  set('author', first('name', 'author'), '<meta name=author>');
  set('published', first('property', 'article:published_time'), 'article:published_time', 'date');
  set('modified', first('property', 'article:modified_time'), 'article:modified_time', 'date');
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined;
  set('url', canonical, '<link rel=canonical>', 'address');
  set('url', first('property', 'og:url'), 'og:url', 'address');
  set('language', first('property', 'og:locale'), 'og:locale', 'language');

  set('title', document.querySelector('title')?.textContent ?? undefined, '<title>');
  set('language', document.documentElement.getAttribute('lang') ?? undefined, '<html lang>', 'language');

  const ogType = first('property', 'og:type')?.trim().toLowerCase();
  return { ...found, notes, declaresArticle: jsonLd || citationTitle !== undefined || ogType === 'article' };
}
