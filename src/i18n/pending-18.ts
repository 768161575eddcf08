/**
 * Reader-facing words added by issue 18 (embeds, date search, theme button, preview images), kept
 * in one place until they move into the per-language dictionary. Pages read `pending18.en` for now.
 * `{n}`, `{title}`, `{date}` and `{query}` are filled in by the code that uses them.
 */
export const pending18 = {
  en: {
    embedHeading: 'Embed this event',
    embedIntro: 'Paste this code into a web page to show the event there, with a link back to it:',
    embedCopy: 'Copy embed code',
    embedCodeLabel: 'Embed code',
    embedReadOn: 'Read it on {site}',
    embedSource: 'Source',
    embedTimelineMore: 'Showing the first {n} events. See all {total} on {site}',
    embedEventsOf: 'Events',
    embedNoEvents: 'No events yet.',
    searchDateOrder:
      'Read as a date ({date}): the events of that date come first, oldest first, then the pages that mention it.',
    themeToDark: 'Switch to dark theme',
    themeToLight: 'Switch to light theme',
    previewKindEvent: 'Event',
    previewKindPerson: 'Person',
    previewKindInvestigation: 'Investigation',
    previewKindSource: 'Source',
    previewKindHome: 'Timeline',
    previewAlt: '{kind}: {title}',
    chartScrollLabel: 'Time chart: scroll sideways to see all of it',
  },
  fr: {
    embedHeading: 'Intégrer cet événement',
    embedIntro: 'Collez ce code dans une page web pour y montrer l’événement, avec un lien vers lui :',
    embedCopy: 'Copier le code d’intégration',
    embedCodeLabel: 'Code d’intégration',
    embedReadOn: 'Le lire sur {site}',
    embedSource: 'Source',
    embedTimelineMore: 'Les {n} premiers événements. Voir les {total} sur {site}',
    embedEventsOf: 'Événements',
    embedNoEvents: 'Aucun événement pour l’instant.',
    searchDateOrder:
      'Lu comme une date ({date}) : les événements de cette date d’abord, du plus ancien au plus récent, puis les pages qui la mentionnent.',
    themeToDark: 'Passer au thème sombre',
    themeToLight: 'Passer au thème clair',
    previewKindEvent: 'Événement',
    previewKindPerson: 'Personne',
    previewKindInvestigation: 'Enquête',
    previewKindSource: 'Source',
    previewKindHome: 'Chronologie',
    previewAlt: '{kind} : {title}',
    chartScrollLabel: 'Frise : faites défiler sur le côté pour la voir en entier',
  },
} as const;

/** Fills `{name}` placeholders of a pending string. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
