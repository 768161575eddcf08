import { describeDateQuery, holdsDate, monthNames, readDateQuery } from './date-query';
import { ownExcerpt } from './excerpt';
import {
  FILTER_KEYS,
  dateEventsSearch,
  describeCount,
  type CountWords,
  isEmptySearch,
  pagefindOptions,
  readSearchState,
  writeSearchState,
  type SearchState,
} from './search-state';

interface ResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content: string;
  meta: Record<string, string | undefined>;
}
interface Found {
  results: { id: string; data(): Promise<ResultData> }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: ReturnType<typeof pagefindOptions>): Promise<Found | null>;
}

const PAGE_SIZE = 20;
const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const status = document.querySelector<HTMLElement>('[data-search-status]');

/** The status line's words, carried by the page in the case's language. */
function countWords(element: HTMLElement): CountWords {
  const d = element.dataset;
  return {
    lang: d['lang'] ?? 'en',
    one: d['sayOne'] ?? '',
    other: d['sayOther'] ?? '',
    for: d['sayFor'] ?? '',
    filtered: d['sayFiltered'] ?? '',
  };
}
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
const orderNote = document.querySelector<HTMLElement>('[data-search-order]');
const lang = document.documentElement.lang || 'en';
const months = monthNames(lang);
const base = document.documentElement.dataset['base'] ?? '/';

let pagefind: Promise<Pagefind> | undefined;
/** Pagefind's script and index are fetched on the first search, never on page load. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    // Page length matters little here: a person's page grows with their findings, corrections and
    // sources, and must still come before a short event that only names them in its title.
    await pf.options({ baseUrl: base, excerptLength: 24, ranking: { pageLength: 0.1 } });
    await pf.init();
    return pf;
  });
  return pagefind;
}

function currentState(): SearchState {
  if (!form) return readSearchState(new URLSearchParams());
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.set(key, value);
  return readSearchState(params);
}

function renderResult(data: ResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  const heading = document.createElement('h2');
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'result-meta meta';
  meta.textContent = [data.meta['type'], data.meta['date'], data.meta['kind']].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  // Both escape the page text and add only <mark> around the matched words.
  const skip = Number(data.meta['skip'] ?? 0);
  excerpt.innerHTML = (skip > 0 ? ownExcerpt(data.content, skip, query) : undefined) ?? data.excerpt;
  item.append(heading, meta, excerpt);
  return item;
}

let generation = 0;
/** The address of the search last started: the same search is not run twice in a row. */
let started: string | undefined;
async function run(): Promise<void> {
  if (!list || !status || !more) return;
  const state = currentState();
  const address = writeSearchState(state);
  // Leaving the box fires "change" after the typing's "input": searching again would replace the
  // list under a keyboard reader who has just tabbed into it, and their focus would be lost.
  if (address === started) return;
  started = address;
  history.replaceState(null, '', `${location.pathname}${address}`);
  const mine = ++generation;
  if (isEmptySearch(state)) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    return;
  }
  const pf = await loadPagefind();
  // A query that is a date, in the default order: the events of that date first, oldest first,
  // then everything else that mentions it, as a name query would list it.
  const date = state.sort === 'relevance' ? readDateQuery(state.query, months) : undefined;
  const ofDate = date && dateEventsSearch(state, date, orderNote?.dataset['eventType'] ?? '');
  const [events, found] = await Promise.all([
    ofDate ? pf.search(ofDate.term, ofDate.options) : null,
    pf.search(state.query || null, pagefindOptions(state)),
  ]);
  if (!found || mine !== generation) return;
  const firstEvent = date && date.precision !== 'year' ? await events?.results[0]?.data() : undefined;
  if (events && date && (!firstEvent || holdsDate(firstEvent.content, date))) {
    const first = new Set(events.results.map((r) => r.id));
    found.results = [...events.results, ...found.results.filter((r) => !first.has(r.id))];
  }
  if (orderNote) {
    orderNote.hidden = !date;
    orderNote.textContent = date
      ? (orderNote.dataset['say'] ?? '').replace('{date}', describeDateQuery(date, lang))
      : '';
  }
  let shown = 0;
  const showMore = async () => {
    const page = await Promise.all(found.results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (mine !== generation) return;
    list.append(...page.map((data) => renderResult(data, state.query)));
    shown += page.length;
    more.hidden = shown >= found.results.length;
  };
  list.replaceChildren();
  more.onclick = () => void showMore();
  await showMore();
  // Announced once the first results are on the page, so the count and the list agree.
  if (mine === generation) status.textContent = describeCount(found.results.length, state, countWords(status));
}

/**
 * Selects the address's value. A long filter lists only the people or investigations in the most
 * events, so a link may name one it leaves out: that value is added to the list, and the search
 * stays narrowed by it instead of quietly widening to everyone.
 */
function choose(select: HTMLSelectElement, value: string): void {
  if (value && ![...select.options].some((option) => option.value === value)) select.add(new Option(value, value));
  select.value = value;
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 120);
}

if (form && input) {
  document.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');
  const initial = readSearchState(new URLSearchParams(location.search));
  input.value = initial.query;
  for (const key of FILTER_KEYS) {
    const select = form.elements.namedItem(key);
    if (select instanceof HTMLSelectElement) choose(select, initial.filters[key] ?? '');
  }
  const sort = form.elements.namedItem('sort');
  if (sort instanceof HTMLSelectElement) sort.value = initial.sort;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  // Reaching for the box starts a search: fetch Pagefind then, not on page load.
  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  if (!isEmptySearch(initial)) void run();
}
