import type { Key, Translator } from '../../i18n';

/**
 * The case's vocabulary: the kinds of event (each in a colour group of the time chart), the
 * roles of people, the kinds of source and of investigation. A case declares its own lists in
 * site.md `vocabulary:`; a list it leaves out takes the engine's default below, labelled in the
 * case's language by the dictionary.
 */
export interface Term {
  readonly id: string;
  readonly label: string;
}
export interface EventKindTerm extends Term {
  readonly group: string;
  /**
   * Events of this kind are drawn larger on the chart, named on its axis, and listed under their
   * own heading on the page of the person they are about (`death` in the default vocabulary).
   */
  readonly marks?: boolean | undefined;
}
export interface RoleTerm extends Term {
  /** The case's content notice is shown on the pages of these people (`victim` by default). */
  readonly notice?: boolean | undefined;
}

export interface Vocabulary {
  readonly groups: readonly Term[];
  readonly eventKinds: readonly EventKindTerm[];
  readonly roles: readonly RoleTerm[];
  readonly sourceKinds: readonly Term[];
  readonly investigationKinds: readonly Term[];
}

/** What site.md may declare: any subset of the lists. */
export interface DeclaredVocabulary {
  readonly groups?: readonly Term[] | undefined;
  readonly eventKinds?:
    readonly (Term & { readonly group: string; readonly marks?: boolean | undefined })[] | undefined;
  readonly roles?: readonly RoleTerm[] | undefined;
  readonly sourceKinds?: readonly Term[] | undefined;
  readonly investigationKinds?: readonly Term[] | undefined;
}

export type VocabularyList = keyof Vocabulary;
export const VOCABULARY_LISTS: readonly VocabularyList[] = [
  'groups',
  'eventKinds',
  'roles',
  'sourceKinds',
  'investigationKinds',
];

/** The default event kinds and their chart groups, in the order the timeline filter lists them. */
const DEFAULT_EVENT_KINDS: readonly (readonly [string, string])[] = [
  ['death', 'death'],
  ['police-action', 'police'],
  ['arrest', 'police'],
  ['charge', 'police'],
  ['court-hearing', 'court'],
  ['trial', 'court'],
  ['verdict', 'court'],
  ['sentence', 'court'],
  ['inquest', 'inquest'],
  ['court-ruling', 'court'],
  ['watchdog', 'watchdog'],
  ['report', 'other'],
  ['statement', 'other'],
  ['settlement', 'other'],
  ['appointment', 'other'],
  ['other', 'other'],
];
const DEFAULT_GROUPS = ['death', 'police', 'court', 'inquest', 'watchdog', 'other'];
const DEFAULT_ROLES = [
  'victim',
  'perpetrator',
  'suspect',
  'accused',
  'family',
  'police',
  'watchdog',
  'lawyer',
  'coroner',
  'judge',
  'witness',
  'official',
  'journalist',
  'author',
  'other',
];
const DEFAULT_INVESTIGATION_KINDS = [
  'police-investigation',
  'criminal-trial',
  'watchdog-investigation',
  'inquest',
  'court-review',
  'inspection',
  'civil-claim',
  'other',
];
const DEFAULT_SOURCE_KINDS = [
  'official-record',
  'court-judgment',
  'news-report',
  'copy',
  'statement',
  'commentary',
  'other',
];

/** Where an investigation stands: the engine's own workflow, not the case's vocabulary. */
export const INVESTIGATION_STATUSES = ['open', 'concluded', 'quashed', 'reopened', 'partly-settled'] as const;
export type InvestigationStatus = (typeof INVESTIGATION_STATUSES)[number];

/** The engine's default vocabulary, labelled in the translator's language. */
export function defaultVocabulary(t: Translator): Vocabulary {
  return {
    groups: DEFAULT_GROUPS.map((id) => ({ id, label: t(`group.${id}` as Key) })),
    eventKinds: DEFAULT_EVENT_KINDS.map(([id, group]) => ({
      id,
      group,
      label: t(`eventKind.${id}` as Key),
      ...(id === 'death' ? { marks: true } : {}),
    })),
    roles: DEFAULT_ROLES.map((id) => ({
      id,
      label: t(`role.${id}` as Key),
      ...(id === 'victim' ? { notice: true } : {}),
    })),
    sourceKinds: DEFAULT_SOURCE_KINDS.map((id) => ({ id, label: t(`sourceKind.${id}` as Key) })),
    investigationKinds: DEFAULT_INVESTIGATION_KINDS.map((id) => ({ id, label: t(`investigationKind.${id}` as Key) })),
  };
}

/** The case's vocabulary: each list it declares, else the default one. */
export function caseVocabulary(declared: DeclaredVocabulary | undefined, t: Translator): Vocabulary {
  const defaults = defaultVocabulary(t);
  const given = declared ?? {};
  return {
    groups: given.groups ?? defaults.groups,
    eventKinds: given.eventKinds ?? defaults.eventKinds,
    roles: given.roles ?? defaults.roles,
    sourceKinds: given.sourceKinds ?? defaults.sourceKinds,
    investigationKinds: given.investigationKinds ?? defaults.investigationKinds,
  };
}

/** The ids of the default lists, for the schemas' descriptions (the editor's hints). */
export const DEFAULT_IDS = {
  eventKinds: DEFAULT_EVENT_KINDS.map(([id]) => id),
  roles: DEFAULT_ROLES,
  sourceKinds: DEFAULT_SOURCE_KINDS,
  investigationKinds: DEFAULT_INVESTIGATION_KINDS,
  groups: DEFAULT_GROUPS,
} as const;

/** A label by id: every id was checked against the vocabulary before the case was loaded. */
export function labelOf(terms: readonly Term[], id: string): string {
  return terms.find((term) => term.id === id)?.label ?? id;
}
