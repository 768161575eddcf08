/**
 * The words of the engine's default vocabulary (its first case's genre: a police and inquest
 * case), in the languages the engine speaks. A case that declares its own vocabulary must not
 * find any of them on its pages unless it wrote them itself: they would come from a template.
 */
export const GENRE_WORDS = [
  // English defaults.
  'victim',
  'perpetrator',
  'police',
  'inquest',
  'watchdog',
  'coroner',
  'death',
  'deaths',
  'died',
  'was found',
  // French defaults.
  'victime',
  'auteur des faits',
  'décès',
  'organe de contrôle',
] as const;

/** The words that only belong on a case with investigations. */
export const INVESTIGATION_WORDS = ['investigation', 'investigations', 'enquête', 'enquêtes'] as const;

/** What a reader sees or hears on a page: its text, and the attributes read aloud or shown. */
export function readerText(html: string): string {
  const shown = [...html.matchAll(/\s(?:aria-label|title|placeholder|alt)="([^"]*)"/g)].map((m) => m[1] ?? '');
  const text = html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return `${text} ${shown.join(' ')}`.replace(/\s+/g, ' ');
}

/**
 * Each page and default-genre word found on it that the case did not declare (`allowed`, in
 * any case), as `url: "word"`. With `investigations: false`, the words of investigations count
 * too. Empty when the pages speak only the case's own words.
 */
export function undeclaredGenreWords(
  pages: ReadonlyMap<string, string>,
  options: { allowed?: readonly string[]; investigations?: boolean } = {},
): string[] {
  const allowed = new Set((options.allowed ?? []).map((w) => w.toLowerCase()));
  const words = [...GENRE_WORDS, ...(options.investigations === false ? INVESTIGATION_WORDS : [])].filter(
    (w) => !allowed.has(w),
  );
  const found: string[] = [];
  for (const [url, html] of pages) {
    const text = readerText(html).toLowerCase();
    for (const word of words) {
      // Whole words only: "police" is not found in "policed" nor "death" in "deathly".
      if (new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u').test(text)) found.push(`${url}: "${word}"`);
    }
  }
  return found;
}
