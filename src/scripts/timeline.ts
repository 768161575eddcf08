export {};

// The home timeline's enhancements: filters kept in the address, and j/k to move between events.
const form = document.querySelector<HTMLElement>('[data-timeline-filters]');
const select = (key: string) => form?.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
const status = document.querySelector<HTMLElement>('[data-filter-status]');
const cards = [...document.querySelectorAll<HTMLElement>('.event-card')];
const KEYS = ['person', 'investigation', 'kind'] as const;

function matches(card: HTMLElement, key: (typeof KEYS)[number], value: string): boolean {
  if (!value) return true;
  if (key === 'kind') return card.dataset['kind'] === value;
  const list = card.dataset[key === 'person' ? 'people' : 'investigations'] ?? '';
  return list.split(' ').includes(value);
}

function apply(): void {
  if (!form) return;
  const params = new URLSearchParams(location.search);
  const chosen = KEYS.map((key) => [key, select(key)?.value ?? ''] as const);
  let shown = 0;
  for (const card of cards) {
    const visible = chosen.every(([key, value]) => matches(card, key, value));
    const item = card.closest('li');
    if (item) item.hidden = !visible;
    if (visible) shown++;
  }
  for (const section of document.querySelectorAll<HTMLElement>('section.year')) {
    section.hidden = !section.querySelector(':scope > ol > li:not([hidden])');
  }
  const active = chosen.some(([, value]) => value);
  document.body.classList.toggle('timeline-filtered', active);
  if (status) status.textContent = active ? `Showing ${String(shown)} of ${String(cards.length)} events` : '';
  for (const [key, value] of chosen) {
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

if (form) {
  form.hidden = false;
  const params = new URLSearchParams(location.search);
  for (const key of KEYS) {
    const box = select(key);
    if (box) box.value = params.get(key) ?? '';
  }
  form.addEventListener('change', apply);
  if (KEYS.some((key) => params.get(key))) apply();
}

// j and k move to the next and previous event shown, and say which one it is.
document.addEventListener('keydown', (event) => {
  if ((event.key !== 'j' && event.key !== 'k') || event.ctrlKey || event.metaKey || event.altKey) return;
  if ((event.target as HTMLElement | null)?.closest('input, select, textarea, [contenteditable]')) return;
  const shown = cards.filter((card) => !card.closest('li')?.hidden);
  if (shown.length === 0) return;
  const current = shown.findIndex((card) => card.contains(document.activeElement));
  const index = event.key === 'j' ? Math.min(current + 1, shown.length - 1) : current <= 0 ? 0 : current - 1;
  const card = shown[index];
  const link = card?.querySelector<HTMLAnchorElement>('.title a');
  if (!card || !link) return;
  event.preventDefault();
  link.focus();
  if (status) status.textContent = `Event ${String(index + 1)} of ${String(shown.length)}: ${link.textContent ?? ''}`;
});
