import type { ExportedEvent, ExportedPerson, ExportedSource } from './export';

/**
 * A FollowTheMoney export, one entity per line, so the case loads into OCCRP Aleph:
 * people as Person, their organisations as PublicBody or Organization (with Membership),
 * events as Event with `involved`, sources as Article, and a Documentation entity linking
 * each event to each source it cites. It reads the export records, so its dates are the downloads' dates.
 */
export interface FtmEntity {
  readonly id: string;
  readonly schema: 'Person' | 'PublicBody' | 'Organization' | 'Membership' | 'Event' | 'Article' | 'Documentation';
  readonly properties: Record<string, string[]>;
}

export interface FtmInput {
  readonly events: readonly ExportedEvent[];
  readonly people: readonly ExportedPerson[];
  readonly sources: readonly ExportedSource[];
  /** Organisation names that are public bodies; other organisations become Organization. */
  readonly publicBodies: readonly string[];
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Drops empty values, so every property holds at least one string. */
function props(values: Record<string, (string | null | undefined)[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(values)
      .map(([key, list]) => [key, list.filter((v): v is string => typeof v === 'string' && v !== '')] as const)
      .filter(([, list]) => list.length > 0),
  );
}

export function toFtm({ events, people, sources, publicBodies }: FtmInput): FtmEntity[] {
  const entities: FtmEntity[] = [];
  const organisations = new Set(people.flatMap((p) => (p.organisation ? [p.organisation] : [])));
  for (const name of organisations) {
    entities.push({
      id: `org-${slug(name)}`,
      schema: publicBodies.includes(name) ? 'PublicBody' : 'Organization',
      properties: props({ name: [name] }),
    });
  }
  for (const person of people) {
    const { id } = person;
    entities.push({
      id: `person-${id}`,
      schema: 'Person',
      properties: props({
        name: [person.name],
        alias: person.otherNames.filter((n) => n.includes(' ')),
        position: [person.position],
        birthDate: [person.born],
        deathDate: [person.died],
        summary: [person.summary],
        sourceUrl: [person.url],
      }),
    });
    if (person.organisation) {
      entities.push({
        id: `membership-${id}-${slug(person.organisation)}`,
        schema: 'Membership',
        properties: props({
          member: [`person-${id}`],
          organization: [`org-${slug(person.organisation)}`],
          role: [person.position],
        }),
      });
    }
  }
  for (const source of sources) {
    entities.push({
      id: `source-${source.id}`,
      schema: 'Article',
      properties: props({
        title: [source.title],
        publisher: [source.publisher],
        author: [source.author],
        publishedAt: [source.published],
        sourceUrl: [source.address],
      }),
    });
  }
  for (const event of events) {
    const { id } = event;
    entities.push({
      id: `event-${id}`,
      schema: 'Event',
      properties: props({
        name: [event.title],
        // FtM dates are ISO 8601 prefixes: a time of day makes it the local date-time.
        date: [event.time ? `${event.date}T${event.time}` : event.date],
        startDate: [event.end && event.date],
        endDate: [event.end],
        summary: [event.summary],
        location: [event.place],
        involved: event.people.map((p) => `person-${p.id}`),
        sourceUrl: [event.url],
      }),
    });
    const cited = [...new Set(event.citations.map((c) => c.source))];
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

/** JSON Lines, as Aleph's importer reads it, a line at a time. */
export function* toJsonLines(entities: readonly FtmEntity[]): Generator<string> {
  for (const e of entities) yield `${JSON.stringify(e)}\n`;
}
