/** Ids the importer gives entries: readable, stable from one import to the next, never twice the same. */

const MAX_SLUG = 60;

/**
 * Lower-case words joined by hyphens (the engine's id pattern): accents taken off letters,
 * everything else a separator, cut at a word boundary to stay a readable address.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

/**
 * Hands out ids in the order asked: the first to want an id gets it, later ones get `-2`, `-3`…
 * The importer asks in input order, so the same file always gives the same ids.
 */
export class IdAllocator {
  readonly #taken = new Set<string>();

  /** The id wanted, or the first free one after it; `fallback` when the wish has no letters or digits. */
  take(wanted: string, fallback: string): string {
    const base = slugify(wanted) || fallback;
    let id = base;
    for (let n = 2; this.#taken.has(id); n++) id = `${base}-${String(n)}`;
    this.#taken.add(id);
    return id;
  }
}

/** An event's wished-for id: its `unique_id` where the timeline gives one, else its date and headline. */
export function wantedEventId(date: string, title: string, uniqueId?: string): string {
  return uniqueId?.trim() ? uniqueId : `${date}-${title}`;
}
