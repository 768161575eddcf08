export {};

// The home timeline's enhancements: filters kept in the address, and j/k to move between events.
// Kept small: it is inlined on the page, whose inline script stays within 2.5 KB (budgets.test.ts).
const filters = document.querySelector<HTMLElement>('[data-timeline-filters]');
const status = document.querySelector<HTMLElement>('[data-filter-status]');
const cards = [...document.querySelectorAll<HTMLElement>('.event-card')];
const boxes = [...(filters?.querySelectorAll('select') ?? [])];
// Says the page's words for `key` (data-count, data-at: in the case's language), their `{…}`
// filled in order; a key the page has no words for clears the status.
const say = (key: string, ...values: (string | number)[]) =>
  status && (status.textContent = (status.dataset[key] ?? '').replace(/\{\w+\}/g, () => String(values.shift())));
const itemOf = (card: HTMLElement) => card.closest('li');

// Each card lists its values under the select's name: data-person, data-investigation, data-kind.
function apply(): void {
  const url = new URL(location.href);
  let shown = 0;
  for (const card of cards) {
    const visible = boxes.every((box) => !box.value || (card.dataset[box.name] ?? '').split(' ').includes(box.value));
    const item = itemOf(card);
    if (item) item.hidden = !visible;
    if (visible) shown++;
  }
  // Empty years and the gaps between the events left are hidden by CSS (global.css).
  say(boxes.some((box) => box.value) ? 'count' : '', shown, cards.length);
  for (const box of boxes) {
    if (box.value) url.searchParams.set(box.name, box.value);
    else url.searchParams.delete(box.name);
  }
  history.replaceState(null, '', url);
}

if (filters) {
  filters.hidden = false;
  const params = new URLSearchParams(location.search);
  for (const box of boxes) box.value = params.get(box.name) ?? '';
  filters.addEventListener('change', apply);
  if (boxes.some((box) => box.value)) apply();
}

// j and k move to the next and previous event shown, and say which one it is.
document.addEventListener('keydown', (event) => {
  const { key } = event;
  if ((key !== 'j' && key !== 'k') || event.ctrlKey || event.metaKey || event.altKey) return;
  if ((event.target as HTMLElement | null)?.closest('input,select,textarea,[contenteditable]')) return;
  const shown = cards.filter((card) => !itemOf(card)?.hidden);
  const current = shown.findIndex((card) => card.contains(document.activeElement));
  const index = key === 'j' ? Math.min(current + 1, shown.length - 1) : Math.max(current - 1, 0);
  const link = shown[index]?.querySelector<HTMLAnchorElement>('.title a');
  if (!link) return;
  event.preventDefault();
  link.focus();
  say('at', index + 1, shown.length, link.textContent ?? '');
});
