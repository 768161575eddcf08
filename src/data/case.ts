import { getCollection } from 'astro:content';
import { allCorrections, type ListedCorrection } from '../lib/model/corrections';
import { countCitationLevels, type CitationLevels } from '../lib/model/citation-levels';
import { countCheckedQuotes } from '../lib/content/copies';
import { makeLinks } from '../lib/model/links';
import { resolveCase } from '../lib/model/resolve';
import { searchFilters, timelineFilters, type FilterGroup } from '../lib/model/filters';
import { holdsEntries } from '../lib/model/parts';
import { previewsEnabled } from '../lib/outputs/preview';
import { listPages, type Lists } from './lists';
import { readProvenance } from './provenance';
import type { ResolvedEntries, Site } from './records';
import { useTranslations, type Translator } from '../i18n';
import { caseVocabulary, type Vocabulary } from '../lib/model/vocabulary';

// Pages and components import the record types from here, beside loadCase().
export type { Site, Event, Person, Investigation, Source, Link, CitationRecord } from './records';

/** The whole case, loaded and resolved once for every page of a build. */
export interface Case extends ResolvedEntries {
  readonly site: Site;
  /** The reader's words: the dictionary of site.md's `lang` (components get it as Astro.locals.t). */
  readonly t: Translator;
  /** The case's vocabulary (site.md `vocabulary:`, else the default), labelled in its language. */
  readonly vocabulary: Vocabulary;
  /**
   * The vocabulary the open data documents as the values of kinds and roles: a case with no
   * investigations lists no investigation kinds (the default ones would be another genre's words).
   */
  readonly documentedVocabulary: Vocabulary;
  /** The timeline's filters (person, investigation, kind), with only the options in use. */
  readonly timelineFilters: readonly FilterGroup[];
  /** The search page's filters, as Pagefind indexes them. */
  readonly searchFilters: readonly FilterGroup[];
  /** Every correction on the site, newest first, for /corrections/ and its feed. */
  readonly corrections: readonly ListedCorrection[];
  /** Quotes the build checked against an editors' copy, of all quotes, for the data page. */
  readonly quoteChecks: { readonly checked: number; readonly total: number };
  /** Citations that quote their source, and those that only link to it. */
  readonly citationLevels: CitationLevels;
  /** Whether pages get link-preview images (site.md `previews`, else by the case's size). */
  readonly previews: boolean;
  /** The index lists (sources, people, investigations, each tag's events), split into pages. */
  readonly lists: Lists;
}

async function load(): Promise<Case> {
  const site = (await getCollection('site'))[0];
  if (!site) throw new Error('The content folder has no site.md: the site needs its title and introduction.');
  // A folder with no entries is not asked for: Astro would warn that the collection is missing.
  const { contents } = site.data;
  const [events, people, investigations, sources] = await Promise.all([
    holdsEntries(contents, 'events') ? getCollection('events') : [],
    holdsEntries(contents, 'people') ? getCollection('people') : [],
    holdsEntries(contents, 'investigations') ? getCollection('investigations') : [],
    holdsEntries(contents, 'sources') ? getCollection('sources') : [],
  ]);
  const pages = contents.pages.length > 0 ? await getCollection('pages') : [];
  // The content was checked as a whole before it was loaded: every reference resolves.
  const provenance = readProvenance();
  const t = useTranslations(site.data.lang);
  const vocabulary = caseVocabulary(site.data.vocabulary, t);
  const links = makeLinks(import.meta.env.BASE_URL);
  const resolved = resolveCase(
    { events, people, investigations, sources },
    links,
    provenance,
    { t, vocabulary },
    site.data,
  );
  // From the entries as written: a correction's anchor counts corrections in the order written.
  const corrections = allCorrections([
    ...events.map((e) => ({
      section: 'events' as const,
      id: e.id,
      href: links.entry('events', e.id),
      title: e.data.title,
      corrections: e.data.corrections,
    })),
    ...people.map((p) => ({
      section: 'people' as const,
      id: p.id,
      href: links.entry('people', p.id),
      title: p.data.name,
      corrections: p.data.corrections,
    })),
    ...investigations.map((i) => ({
      section: 'investigations' as const,
      id: i.id,
      href: links.entry('investigations', i.id),
      title: i.data.title,
      corrections: i.data.corrections,
    })),
    ...sources.map((s) => ({
      section: 'sources' as const,
      id: s.id,
      href: links.entry('sources', s.id),
      title: s.data.title,
      corrections: s.data.corrections,
    })),
    // The home page (site.md) and the pages of pages/ are corrected like any entry.
    {
      section: 'site' as const,
      id: 'site',
      href: links.home(),
      title: site.data.title,
      corrections: site.data.corrections,
    },
    ...pages.map((page) => ({
      section: 'pages' as const,
      id: page.id,
      href: links.page(`${page.id}/`),
      title: page.data.title,
      corrections: page.data.corrections,
    })),
  ]);
  const quoteChecks = countCheckedQuotes(
    [...events, ...people, ...investigations],
    (id) => provenance.copyDigest(id) !== undefined,
  );
  return {
    site,
    t,
    vocabulary,
    documentedVocabulary: {
      ...vocabulary,
      investigationKinds: investigations.length > 0 ? vocabulary.investigationKinds : [],
    },
    ...resolved,
    timelineFilters: timelineFilters(resolved, { t, vocabulary }),
    searchFilters: searchFilters(resolved, { t, vocabulary }),
    corrections,
    quoteChecks,
    citationLevels: countCitationLevels([...resolved.events, ...resolved.people, ...resolved.investigations]),
    previews: previewsEnabled(site.data.previews, events.length),
    lists: listPages(resolved, { t, vocabulary }, links, site.data.listPageSize),
  };
}

let cached: Promise<Case> | undefined;

/** Pages and endpoints call this; components never do (they take records as props). */
export function loadCase(): Promise<Case> {
  cached ??= load();
  return cached;
}
