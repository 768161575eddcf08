import {
  FILTER_KEYS,
  describeCount,
  type CountWords,
  isEmptySearch,
  pagefindOptions,
  readSearchState,
  writeSearchState,
  type SearchState,
} from '../lib/search-state';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options: ReturnType<typeof pagefindOptions>,
  ): Promise<{ results: { id: string; data(): Promise<ResultData> }[] } | null>;
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

function renderResult(data: ResultData): HTMLLIElement {
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
  // Pagefind escapes the page text and adds only <mark> around the matched words.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, meta, excerpt);
  return item;
}

let generation = 0;
async function run(): Promise<void> {
  if (!list || !status || !more) return;
  const state = currentState();
  history.replaceState(null, '', `${location.pathname}${writeSearchState(state)}`);
  const mine = ++generation;
  if (isEmptySearch(state)) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    return;
  }
  const pf = await loadPagefind();
  const found = await pf.search(state.query || null, pagefindOptions(state));
  if (!found || mine !== generation) return;
  let shown = 0;
  const showMore = async () => {
    const page = await Promise.all(found.results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (mine !== generation) return;
    list.append(...page.map(renderResult));
    shown += page.length;
    more.hidden = shown >= found.results.length;
  };
  list.replaceChildren();
  more.onclick = () => void showMore();
  await showMore();
  // Announced once the first results are on the page, so the count and the list agree.
  if (mine === generation) status.textContent = describeCount(found.results.length, state, countWords(status));
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
    if (select instanceof HTMLSelectElement) select.value = initial.filters[key] ?? '';
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
