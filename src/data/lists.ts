import type { Translator } from '../i18n';
import { groupInOrder } from '../lib/model/grouping';
import type { makeLinks } from '../lib/model/links';
import { LIST_PAGE_SIZE, paginate, paginateGroups, type Page } from '../lib/model/pagination';
import type { Vocabulary } from '../lib/model/vocabulary';
import type { Event, Investigation, Person, ResolvedEntries, Source } from './records';

/** A heading of an index list and the entries under it (people of one role, sources of one kind). */
export interface ListGroup<T> {
  /** The heading's id, for links to it. */
  readonly anchor: string;
  readonly heading: string;
  /** A sentence under the heading. */
  readonly intro?: string | undefined;
  readonly entries: readonly T[];
}

/** One page of an index list, at its own address. */
export interface ListPage<T> extends Page<T> {
  readonly href: string;
  /** Its title and heading: the list's name on page 1, "Sources, page 2" after. */
  readonly title: string;
}

/**
 * An index list split into pages, so that no page lists the whole case: page 1 is the list's
 * own address (/sources/), later ones follow it (/sources/2/).
 */
export interface PagedList<T> {
  /** The list's name, for page titles: "Sources", "Sources, page 2". */
  readonly title: string;
  readonly pages: readonly ListPage<T>[];
}

export interface Lists {
  /** Cited sources by kind, then the sources nothing cites. */
  readonly sources: PagedList<ListGroup<Source>> & { readonly anyUncited: boolean };
  /** People by their first role in the vocabulary's order. */
  readonly people: PagedList<ListGroup<Person>>;
  /** Investigations in the order they began. */
  readonly investigations: PagedList<Investigation>;
  /** Each tag's events in timeline order, by tag id (tags in use only). */
  readonly tags: ReadonlyMap<string, PagedList<Event>>;
}

/** The pages of every index list, sliced once for the whole build. */
export function listPages(
  resolved: Pick<ResolvedEntries, 'people' | 'investigations' | 'sources' | 'tags'>,
  words: { t: Translator; vocabulary: Vocabulary },
  links: ReturnType<typeof makeLinks>,
  size = LIST_PAGE_SIZE,
): Lists {
  const { t, vocabulary } = words;
  const paged = <T>(title: string, first: string, pages: readonly Page<T>[]): PagedList<T> => ({
    title,
    pages: pages.map((page) => ({
      ...page,
      href: links.listPage(first, page.number),
      title: page.number === 1 ? title : t('listPage.title', { list: title, number: page.number }),
    })),
  });

  const kinds = new Map(vocabulary.sourceKinds.map((k) => [k.id, k.label]));
  // Only cited sources are "the sources the timeline cites"; the others are listed apart, at the end.
  const cited = groupInOrder(
    resolved.sources.filter((s) => s.citedBy.length > 0),
    [...kinds.keys()],
    (s) => [s.kind],
  ).map(({ key, entries }) => ({ anchor: `kind-${key}`, heading: kinds.get(key) ?? key, entries }));
  const uncited = resolved.sources.filter((s) => s.citedBy.length === 0);
  const sourceGroups: ListGroup<Source>[] = [
    ...cited,
    { anchor: 'uncited', heading: t('sources.uncited.heading'), intro: t('sources.uncited.intro'), entries: uncited },
  ];

  const roles = new Map(vocabulary.roles.map((r) => [r.id, r.label]));
  const peopleGroups = groupInOrder(resolved.people, [...roles.keys()], (p) => p.roles).map(({ key, entries }) => ({
    anchor: `role-${key}`,
    heading: roles.get(key) ?? key,
    entries,
  }));

  return {
    sources: {
      ...paged(t('nav.sources'), links.section('sources'), paginateGroups(sourceGroups, size)),
      anyUncited: uncited.length > 0,
    },
    people: paged(t('nav.people'), links.section('people'), paginateGroups(peopleGroups, size)),
    investigations: paged(
      t('nav.investigations'),
      links.section('investigations'),
      paginate(resolved.investigations, size),
    ),
    tags: new Map(
      resolved.tags
        .filter((tag) => tag.events.length > 0)
        .map((tag) => [tag.id, paged(t('tags.title', { label: tag.label }), tag.href, paginate(tag.events, size))]),
    ),
  };
}

/**
 * The static paths of a list's pages, for a `[...page]` route: page 1 at the list's own address
 * (no parameter), page 2 at `2/`, and so on.
 */
export function listPaths<T>(
  list: PagedList<T>,
): { params: { page: string | undefined }; props: { page: ListPage<T>; list: PagedList<T> } }[] {
  return list.pages.map((page) => ({
    params: { page: page.number === 1 ? undefined : String(page.number) },
    props: { page, list },
  }));
}
