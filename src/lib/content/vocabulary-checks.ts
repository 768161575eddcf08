import type { Problem } from '../model/problems';
import { DEFAULT_IDS, VOCABULARY_LISTS, type DeclaredVocabulary } from '../model/vocabulary';
import { closest } from '../model/suggest';

/** The ids each list of the case allows: what site.md declares, else the default. */
export function allowedIds(declared: DeclaredVocabulary | undefined): Record<keyof typeof DEFAULT_IDS, string[]> {
  const given = declared ?? {};
  return {
    groups: given.groups?.map((t) => t.id) ?? [...DEFAULT_IDS.groups],
    eventKinds: given.eventKinds?.map((t) => t.id) ?? [...DEFAULT_IDS.eventKinds],
    roles: given.roles?.map((t) => t.id) ?? [...DEFAULT_IDS.roles],
    sourceKinds: given.sourceKinds?.map((t) => t.id) ?? [...DEFAULT_IDS.sourceKinds],
    investigationKinds: given.investigationKinds?.map((t) => t.id) ?? [...DEFAULT_IDS.investigationKinds],
  };
}

/** site.md's own vocabulary: no id twice in a list, every event kind in a declared group. */
export function vocabularyProblems(file: string, declared: DeclaredVocabulary | undefined): Problem[] {
  if (!declared) return [];
  const problems: Problem[] = [];
  for (const list of VOCABULARY_LISTS) {
    const seen = new Set<string>();
    (declared[list] ?? []).forEach((term, i) => {
      if (seen.has(term.id)) {
        problems.push({
          file,
          field: `vocabulary.${list}[${String(i)}].id`,
          message: `"${term.id}" is listed twice: each id once`,
        });
      }
      seen.add(term.id);
    });
  }
  const groups = allowedIds(declared).groups;
  (declared.eventKinds ?? []).forEach((kind, i) => {
    if (!groups.includes(kind.group)) {
      problems.push({
        file,
        field: `vocabulary.eventKinds[${String(i)}].group`,
        message: unknownMessage(kind.group, 'group', groups),
      });
    }
  });
  // The person page has one section for the marked kind: two would compete for it.
  const marked = (declared.eventKinds ?? []).flatMap((kind, i) => (kind.marks ? [i] : []));
  for (const i of marked.slice(1)) {
    problems.push({
      file,
      field: `vocabulary.eventKinds[${String(i)}].marks`,
      message: 'only one kind of event may be marked: it gets its own section on the pages of the people it is about',
    });
  }
  return problems;
}

function unknownMessage(value: string, what: string, allowed: readonly string[]): string {
  const near = closest(value, allowed);
  return `"${value}" is not a ${what} of this case${near ? ` (did you mean "${near}"?)` : ''}: expected one of ${allowed.join(', ')} (site.md vocabulary)`;
}

interface Checked {
  readonly filePath: string;
  readonly data: object;
}

/** Every event's kind, person's roles, source's and investigation's kind against the case's lists. */
export function termProblems(
  declared: DeclaredVocabulary | undefined,
  entries: Readonly<Record<'events' | 'people' | 'sources' | 'investigations', readonly Checked[]>>,
): Problem[] {
  const allowed = allowedIds(declared);
  const problems: Problem[] = [];
  const check = (file: string, field: string, value: unknown, what: string, ids: readonly string[]) => {
    if (typeof value === 'string' && !ids.includes(value)) {
      problems.push({ file, field, message: unknownMessage(value, what, ids) });
    }
  };
  for (const e of entries.events) check(e.filePath, 'kind', kindOf(e), 'kind of event', allowed.eventKinds);
  for (const s of entries.sources) check(s.filePath, 'kind', kindOf(s), 'kind of source', allowed.sourceKinds);
  for (const i of entries.investigations) {
    check(i.filePath, 'kind', kindOf(i), 'kind of investigation', allowed.investigationKinds);
  }
  for (const p of entries.people) {
    const roles = (p.data as { roles?: unknown }).roles;
    if (Array.isArray(roles)) {
      roles.forEach((role, i) => {
        check(p.filePath, `roles[${String(i)}]`, role, 'role', allowed.roles);
      });
    }
  }
  return problems;
}

const kindOf = (entry: Checked): unknown => (entry.data as { kind?: unknown }).kind;
