import { toDatetime } from './dates';
import type { EventData, PersonData, SourceData } from './export';

/**
 * A FollowTheMoney export, one entity per line, so the case loads into OCCRP Aleph:
 * people as Person, their organisations as PublicBody or Organization (with Membership),
 * events as Event with `involved`, sources as Article, and a Documentation entity linking
 * each event to each source it cites.
 */
export interface FtmEntity {
  readonly id: string;
  readonly schema: 'Person' | 'PublicBody' | 'Organization' | 'Membership' | 'Event' | 'Article' | 'Documentation';
  readonly properties: Record<string, string[]>;
}

interface Entry<T> {
  readonly id: string;
  readonly data: T;
}

export interface FtmInput {
  readonly events: readonly Entry<EventData>[];
  readonly people: readonly Entry<PersonData>[];
  readonly sources: readonly Entry<SourceData>[];
  /** Organisation names that are public bodies; other organisations become Organization. */
  readonly publicBodies: readonly string[];
  readonly absolute: (path: string) => string;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Drops empty values, so every property holds at least one string. */
function props(values: Record<string, (string | undefined)[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(values)
      .map(([key, list]) => [key, list.filter((v): v is string => v !== undefined && v !== '')] as const)
      .filter(([, list]) => list.length > 0),
  );
}

export function toFtm({ events, people, sources, publicBodies, absolute }: FtmInput): FtmEntity[] {
  const entities: FtmEntity[] = [];
  const organisations = new Set(people.flatMap((p) => (p.data.organisation ? [p.data.organisation] : [])));
  for (const name of organisations) {
    entities.push({
      id: `org-${slug(name)}`,
      schema: publicBodies.includes(name) ? 'PublicBody' : 'Organization',
      properties: props({ name: [name] }),
    });
  }
  for (const { id, data } of people) {
    entities.push({
      id: `person-${id}`,
      schema: 'Person',
      properties: props({
        name: [data.name],
        alias: data.otherNames.filter((n) => n.includes(' ')),
        position: [data.position],
        birthDate: [data.born && toDatetime(data.born)],
        deathDate: [data.died && toDatetime(data.died)],
        summary: [data.summary],
        sourceUrl: [absolute(`people/${id}/`)],
      }),
    });
    if (data.organisation) {
      entities.push({
        id: `membership-${id}-${slug(data.organisation)}`,
        schema: 'Membership',
        properties: props({
          member: [`person-${id}`],
          organization: [`org-${slug(data.organisation)}`],
          role: [data.position],
        }),
      });
    }
  }
  for (const { id, data } of sources) {
    entities.push({
      id: `source-${id}`,
      schema: 'Article',
      properties: props({
        title: [data.title],
        publisher: [data.publisher],
        author: [data.author],
        publishedAt: [data.published && toDatetime(data.published)],
        sourceUrl: [data.url],
      }),
    });
  }
  for (const { id, data } of events) {
    entities.push({
      id: `event-${id}`,
      schema: 'Event',
      properties: props({
        name: [data.title],
        date: [toDatetime(data.date)],
        startDate: [data.end && toDatetime(data.date)],
        endDate: [data.end && toDatetime(data.end)],
        summary: [data.summary],
        location: [data.place],
        involved: data.people.map((p) => `person-${p.person.id}`),
        sourceUrl: [absolute(`events/${id}/`)],
      }),
    });
    const cited = [...new Set(data.citations.map((c) => c.source.id))];
    for (const source of cited) {
      entities.push({
        id: `documentation-${id}-${source}`,
        schema: 'Documentation',
        properties: props({ document: [`source-${source}`], entity: [`event-${id}`], role: ['source'] }),
      });
    }
  }
  return entities;
}

/** JSON Lines, as Aleph's importer reads it. */
export function toJsonLines(entities: readonly FtmEntity[]): string {
  return entities.map((e) => JSON.stringify(e)).join('\n') + '\n';
}
