/** The kinds and roles editors may use, with the labels readers see. */

export const EVENT_KINDS = [
  'death',
  'police-action',
  'arrest',
  'charge',
  'court-hearing',
  'trial',
  'verdict',
  'sentence',
  'inquest',
  'court-ruling',
  'watchdog',
  'report',
  'statement',
  'settlement',
  'appointment',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  death: 'Death',
  'police-action': 'Police action',
  arrest: 'Arrest',
  charge: 'Charge',
  'court-hearing': 'Court hearing',
  trial: 'Trial',
  verdict: 'Verdict',
  sentence: 'Sentence',
  inquest: 'Inquest',
  'court-ruling': 'Court ruling',
  watchdog: 'Watchdog step',
  report: 'Report',
  statement: 'Statement',
  settlement: 'Settlement',
  appointment: 'Appointment',
};

export const PERSON_ROLES = [
  'victim',
  'perpetrator',
  'family',
  'police',
  'watchdog',
  'lawyer',
  'coroner',
  'judge',
  'witness',
  'official',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const PERSON_ROLE_LABELS: Record<PersonRole, string> = {
  victim: 'Victim',
  perpetrator: 'Perpetrator',
  family: 'Family',
  police: 'Police',
  watchdog: 'Watchdog',
  lawyer: 'Lawyer',
  coroner: 'Coroner',
  judge: 'Judge',
  witness: 'Witness',
  official: 'Official',
};

export const INVESTIGATION_KINDS = [
  'police-investigation',
  'criminal-trial',
  'watchdog-investigation',
  'inquest',
  'court-review',
  'inspection',
  'civil-claim',
] as const;
export type InvestigationKind = (typeof INVESTIGATION_KINDS)[number];

export const INVESTIGATION_KIND_LABELS: Record<InvestigationKind, string> = {
  'police-investigation': 'Police investigation',
  'criminal-trial': 'Criminal case',
  'watchdog-investigation': 'Watchdog investigation',
  inquest: 'Inquest',
  'court-review': 'Court review',
  inspection: 'Inspection',
  'civil-claim': 'Civil claim',
};

export const INVESTIGATION_STATUSES = ['open', 'concluded', 'quashed', 'reopened', 'partly-settled'] as const;
export type InvestigationStatus = (typeof INVESTIGATION_STATUSES)[number];

export const INVESTIGATION_STATUS_LABELS: Record<InvestigationStatus, string> = {
  open: 'Open: no outcome reported yet',
  concluded: 'Concluded',
  quashed: 'Quashed',
  reopened: 'Concluded, then reopened',
  'partly-settled': 'Partly settled',
};

export const SOURCE_KINDS = [
  'official-record',
  'court-judgment',
  'news-report',
  'copy',
  'statement',
  'commentary',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  'official-record': 'Official record',
  'court-judgment': 'Court judgment',
  'news-report': 'News report',
  copy: 'Copy of another outlet’s report',
  statement: 'Statement by a party',
  commentary: 'Legal commentary or report',
};

/** Event kinds fall into a few colour groups on the time chart. */
export const CHART_GROUPS = ['death', 'police', 'court', 'inquest', 'watchdog', 'other'] as const;
export type ChartGroup = (typeof CHART_GROUPS)[number];

export const CHART_GROUP_OF: Record<EventKind, ChartGroup> = {
  death: 'death',
  'police-action': 'police',
  arrest: 'police',
  charge: 'police',
  'court-hearing': 'court',
  trial: 'court',
  verdict: 'court',
  sentence: 'court',
  'court-ruling': 'court',
  inquest: 'inquest',
  watchdog: 'watchdog',
  report: 'other',
  statement: 'other',
  settlement: 'other',
  appointment: 'other',
};

export const CHART_GROUP_LABELS: Record<ChartGroup, string> = {
  death: 'Deaths',
  police: 'Police action, arrest, charge',
  court: 'Courts',
  inquest: 'Inquests',
  watchdog: 'Watchdog',
  other: 'Reports, statements, other',
};

/** Nouns the engine counts, singular and plural, so a count always reads as English. */
export const COUNTED_NOUNS = {
  event: ['event', 'events'],
  person: ['person', 'people'],
  investigation: ['investigation', 'investigations'],
} as const;
export type CountedNoun = keyof typeof COUNTED_NOUNS;

/** Headings of a person's page that depend on what the case records about them. */
export const PERSON_SECTION_LABELS = {
  /** Lists the death events the person is the subject of (not those they took part in). */
  death: 'Death',
  involving: 'Events involving',
} as const;

/** How a source's page and the sources list say who cites it. */
export const CITED_BY_LABELS = {
  none: 'not cited yet',
  prefix: 'cited by',
  finding: 'finding of',
} as const;

/** The sources page: sources that nothing cites are listed apart from the cited ones. */
export const UNCITED_SOURCES_LABELS = {
  heading: 'Sources nothing cites yet',
  lede: 'Sources that nothing on the site cites yet are listed apart, at the end.',
  intro: 'Kept for reference: no event, person or investigation cites these yet.',
} as const;
