/** What a search is, as kept in the page address so a search can be linked and shared. */
export const FILTER_KEYS = ['type', 'year', 'kind', 'person', 'investigation', 'tag'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const SORTS = ['relevance', 'oldest', 'newest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  readonly query: string;
  readonly filters: Partial<Record<FilterKey, string>>;
  readonly sort: Sort;
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort');
  return {
    query: params.get('q')?.trim() ?? '',
    filters,
    sort: SORTS.find((s) => s === sort) ?? 'relevance',
  };
}

/** The query string for a state: empty parts are left out, so addresses stay short. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function isEmptySearch(state: SearchState): boolean {
  return state.query === '' && Object.keys(state.filters).length === 0;
}

/**
 * A filter per year that only that year's events carry. Pagefind keeps each filter in its own file,
 * so a date search fetches one small file listing that year's events, not the `year` filter's
 * list of every event (22 KB at 10,000 events).
 */
export function eventsOfYearFilter(year: number): string {
  return `events-${String(year)}`;
}

/**
 * The options of the search for the events of a date: its year's own filter, its ISO form as the
 * term (every event of that month or day has it in its index terms; a year needs no term), oldest
 * first. Undefined when the reader's own filters already rule events of that year out.
 * `eventType` is the `type` filter value of event pages, in the case's language.
 */
export function dateEventsSearch(
  state: SearchState,
  date: { readonly precision: 'year' | 'month' | 'day'; readonly year: number; readonly iso: string },
  eventType: string,
):
  | { term: string | null; options: { filters: Record<string, string>; sort: Record<string, 'asc' | 'desc'> } }
  | undefined {
  const year = String(date.year);
  const { type, year: chosenYear } = state.filters;
  if ((type && type !== eventType) || (chosenYear && chosenYear !== year)) return undefined;
  return {
    term: date.precision === 'year' ? null : date.iso,
    options: {
      filters: { ...pagefindOptions(state).filters, [eventsOfYearFilter(date.year)]: 'yes' },
      sort: { date: 'asc' },
    },
  };
}

/** The options Pagefind's search() takes for a state. */
export function pagefindOptions(state: SearchState): {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
} {
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v));
  if (state.sort === 'relevance') return { filters };
  return { filters, sort: { date: state.sort === 'oldest' ? 'asc' : 'desc' } };
}

/** The status line's words, in the case's language (the search page carries them). */
export interface CountWords {
  readonly lang: string;
  readonly one: string;
  readonly other: string;
  /** `{results} for “{query}”`. */
  readonly for: string;
  readonly filtered: string;
}

const ENGLISH_COUNT: CountWords = {
  lang: 'en',
  one: '{count} result',
  other: '{count} results',
  for: '{results} for “{query}”',
  filtered: ' (filtered)',
};

/** "1 result", "12 results", with the query when there is one, for the live status line. */
export function describeCount(count: number, state: SearchState, words: CountWords = ENGLISH_COUNT): string {
  const form = new Intl.PluralRules(words.lang).select(count) === 'one' ? words.one : words.other;
  const results = form.replace('{count}', String(count));
  const filtered = Object.keys(state.filters).length > 0 ? words.filtered : '';
  return (state.query ? words.for.replace('{results}', results).replace('{query}', state.query) : results) + filtered;
}
