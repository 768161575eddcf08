/**
 * Reader-facing words added by issue 15b (times, media, tags, citation levels), kept apart until
 * they move into the per-language dictionary. `{name}` marks a value filled in by the page.
 */
export const pending15b = {
  en: {
    tag: 'Tag',
    tags: 'Tags',
    tagTitle: 'Tagged “{label}”',
    tagDescription: 'Every event tagged “{label}”, in timeline order.',
    tagEvents: 'Events',
    browseTags: 'Browse by tag',
    linkedNotQuoted: 'linked, not quoted',
    linkedNotQuotedNote: 'This source is linked, not quoted: open it to read what it says.',
    mediaElsewhere: 'Elsewhere',
    credit: 'Credit: {credit}',
    citationLevels: '{quoted} quoted word for word and {linked} linked, not quoted.',
    citationLevelsHeading: 'Citations',
  },
  fr: {
    tag: 'Étiquette',
    tags: 'Étiquettes',
    tagTitle: 'Étiquette « {label} »',
    tagDescription: 'Tous les événements étiquetés « {label} », dans l’ordre chronologique.',
    tagEvents: 'Événements',
    browseTags: 'Parcourir par étiquette',
    linkedNotQuoted: 'lien, sans citation',
    linkedNotQuotedNote: 'Cette source est donnée en lien, sans citation : ouvrez-la pour lire ce qu’elle dit.',
    mediaElsewhere: 'Ailleurs',
    credit: 'Crédit : {credit}',
    citationLevels: '{quoted} citées mot pour mot et {linked} données en lien, sans citation.',
    citationLevelsHeading: 'Citations',
  },
} as const;

/** A pending string with its `{name}` slots filled. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
