import { alsoNamed } from '../model/names';
import type { BreadcrumbList, CreativeWork, ItemList, NewsArticle, Person, WebPage, WithContext } from 'schema-dts';
import { correctionComments } from './correction-ld';
import { toDatetime } from '../model/dates';
import type { ExportedEvent } from './export';
import type { PersonData, SourceData } from '../model/inputs';

/** schema.org descriptions of the site's pages, as JSON-LD. */
export type JsonLd = WithContext<WebPage | Person | CreativeWork | NewsArticle | ItemList | BreadcrumbList>;

export function breadcrumbs(trail: readonly { name: string; url: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map(({ name, url }, i) => ({ '@type': 'ListItem', position: i + 1, name, item: url })),
  };
}

function sourceWork(source: {
  title: string;
  publisher: string;
  url?: string | undefined;
  kind?: string;
}): CreativeWork | NewsArticle {
  const common = {
    name: source.title,
    headline: source.title,
    publisher: { '@type': 'Organization' as const, name: source.publisher },
    ...(source.url ? { url: source.url } : {}),
  };
  return source.kind === 'news-report' || source.kind === 'copy'
    ? { '@type': 'NewsArticle', ...common }
    : { '@type': 'CreativeWork', ...common };
}

/**
 * An event page: the page (a WebPage, which can carry `citation`) whose main entity is the
 * Event, `about` the people involved.
 */
export function eventLd(
  event: ExportedEvent,
  sourceKinds: ReadonlyMap<string, string>,
  personUrl: (id: string) => string,
): WithContext<WebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url: event.url,
    name: event.title,
    mainEntity: {
      '@type': 'Event',
      name: event.title,
      description: event.summary,
      // With a time of day: the local date-time and its offset (ISO 8601, as schema.org expects).
      startDate: event.datetime,
      ...(event.end ? { endDate: event.end } : {}),
      url: event.url,
      ...(event.place ? { location: { '@type': 'Place', name: event.place } } : {}),
      about: event.people.map((p) => ({ '@type': 'Person', name: p.name, url: personUrl(p.id) })),
    },
    ...(event.corrections.length > 0 ? { correction: correctionComments(event.corrections) } : {}),
    citation: event.citations.map((c) =>
      sourceWork({
        title: c.sourceTitle,
        publisher: c.publisher,
        url: c.url ?? undefined,
        kind: sourceKinds.get(c.source) ?? '',
      }),
    ),
  };
}

export function personLd(
  person: { data: PersonData },
  url: string,
  events: readonly { title: string; url: string }[],
): WithContext<Person> {
  const { data } = person;
  const otherNames = alsoNamed(data.otherNames, data.name);
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: data.name,
    ...(otherNames.length > 0 ? { alternateName: otherNames } : {}),
    description: data.summary,
    url,
    ...(data.position ? { jobTitle: data.position } : {}),
    ...(data.organisation ? { affiliation: { '@type': 'Organization', name: data.organisation } } : {}),
    ...(data.died ? { deathDate: toDatetime(data.died) } : {}),
    subjectOf: events.map((e) => ({ '@type': 'Event', name: e.title, url: e.url })),
  };
}

export function sourceLd(source: { data: SourceData }, url: string): WithContext<CreativeWork | NewsArticle> {
  const { data } = source;
  return {
    '@context': 'https://schema.org',
    ...sourceWork({ title: data.title, publisher: data.publisher, url: data.url, kind: data.kind }),
    ...(data.published ? { datePublished: toDatetime(data.published) } : {}),
    ...(data.author ? { author: { '@type': 'Person', name: data.author } } : {}),
    mainEntityOfPage: url,
  };
}

export function timelineLd(name: string, items: readonly { title: string; url: string }[]): WithContext<ItemList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: items.length,
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.title,
      url: item.url,
    })),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the element. */
export function serialiseJsonLd(data: readonly JsonLd[]): string {
  return JSON.stringify(data.length === 1 ? data[0] : data).replace(/</g, '\\u003c');
}
