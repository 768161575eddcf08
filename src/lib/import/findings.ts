/** Where a finding goes in the migration report. */
export type Section =
  /** Events the input has and the case does not: the editor must decide what to do with them. */
  | 'skipped'
  /** What the site refuses or has no place for, taken out or changed, entry by entry. */
  | 'changed'
  /** How the importer read the input where a choice had to be made. */
  | 'decision'
  /** Text the build will still refuse: to fix by hand. */
  | 'fix';

export interface Finding {
  readonly section: Section;
  readonly topic: string;
  readonly entries: readonly string[];
}

/** Collects the report's findings, grouped by topic, in the order first met (the input's order). */
export class Findings {
  readonly #topics = new Map<string, { section: Section; entries: string[] }>();

  add(section: Section, topic: string, entry: string): void {
    const key = `${section}\u0000${topic}`;
    const found = this.#topics.get(key) ?? { section, entries: [] };
    // An entry is listed once per topic, however many times it meets it (an event with two tags).
    if (!found.entries.includes(entry)) found.entries.push(entry);
    this.#topics.set(key, found);
  }

  list(): Finding[] {
    return [...this.#topics].map(([key, { section, entries }]) => ({
      section,
      topic: key.split('\u0000')[1] ?? '',
      entries,
    }));
  }
}
