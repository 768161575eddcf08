/**
 * Groups entries under labelled headings in a fixed order (for example people by role),
 * keeping each entry once, under its first matching key. Keys with no entries are left out.
 */
export function groupInOrder<T, K extends string>(
  entries: readonly T[],
  order: readonly K[],
  keysOf: (entry: T) => readonly K[],
): { key: K; entries: T[] }[] {
  const buckets = new Map<K, T[]>(order.map((key) => [key, []]));
  for (const entry of entries) {
    const key = order.find((k) => keysOf(entry).includes(k));
    if (key !== undefined) buckets.get(key)?.push(entry);
  }
  return [...buckets].filter(([, list]) => list.length > 0).map(([key, list]) => ({ key, entries: list }));
}

/** Distinct values in first-seen order. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
