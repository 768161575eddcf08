/** What a case holds, as the content loader records it on the site entry. */
export interface CaseContents {
  /** How many entries each folder holds. */
  readonly counts: Readonly<Record<string, number>>;
  /** The ids of the pages in content/pages/. */
  readonly pages: readonly string[];
}

/** The parts of the site a case may leave out, and whether this one has them. */
export interface CaseParts {
  /** An Investigations page, its links and its filters. */
  readonly investigations: boolean;
  /** The About page (content/pages/about.md), linked from the header and the footer. */
  readonly about: boolean;
}

export function caseParts(contents: CaseContents): CaseParts {
  return {
    investigations: (contents.counts['investigations'] ?? 0) > 0,
    about: contents.pages.includes('about'),
  };
}

/** Whether a folder holds any entry: an empty one is never asked for (Astro warns about it). */
export function holdsEntries(contents: CaseContents, folder: string): boolean {
  return (contents.counts[folder] ?? 0) > 0;
}
