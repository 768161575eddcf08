import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { PALETTE_SIZE, toneOf } from '../../src/lib/chart';
import { caseVocabulary, defaultVocabulary, labelOf } from '../../src/lib/model/vocabulary';
import { allowedIds, termProblems, vocabularyProblems } from '../../src/lib/content/vocabulary-checks';

const en = useTranslations('en-GB');
const fr = useTranslations('fr');

describe('defaultVocabulary', () => {
  it('keeps today’s lists and adds "other" to each, with suspect, accused, journalist and author', () => {
    const v = defaultVocabulary(en);
    expect(v.eventKinds.map((k) => k.id)).toContain('other');
    expect(v.sourceKinds.map((k) => k.id)).toContain('other');
    expect(v.investigationKinds.map((k) => k.id)).toContain('other');
    expect(v.roles.map((r) => r.id)).toEqual(expect.arrayContaining(['suspect', 'accused', 'journalist', 'author']));
    expect(labelOf(v.eventKinds, 'watchdog')).toBe('Watchdog step');
  });

  it('labels the defaults in the case’s language', () => {
    expect(labelOf(defaultVocabulary(fr).roles, 'witness')).toBe('Témoin');
  });

  it('keeps this case’s chart groups in their order, so they keep their colours', () => {
    expect(defaultVocabulary(en).groups.map((g) => g.id)).toEqual([
      'death',
      'police',
      'court',
      'inquest',
      'watchdog',
      'other',
    ]);
  });
});

describe('caseVocabulary', () => {
  it('takes each list the case declares and the default for the others', () => {
    const v = caseVocabulary({ roles: [{ id: 'candidate', label: 'Candidate' }] }, en);
    expect(v.roles).toEqual([{ id: 'candidate', label: 'Candidate' }]);
    expect(v.eventKinds).toEqual(defaultVocabulary(en).eventKinds);
  });

  it('marks nothing in a case’s own event kinds: no "death" section comes from a template', () => {
    const v = caseVocabulary({ eventKinds: [{ id: 'death', label: 'Death', group: 'other' }] }, en);
    expect(v.eventKinds.some((k) => 'marks' in k)).toBe(false);
  });

  it('marks the kind and flags the role a case declares so itself', () => {
    const v = caseVocabulary(
      {
        eventKinds: [{ id: 'disappearance', label: 'Disappearance', group: 'other', marks: true }],
        roles: [{ id: 'missing', label: 'Missing person', notice: true }],
      },
      en,
    );
    expect(v.eventKinds[0]?.marks).toBe(true);
    expect(v.roles[0]?.notice).toBe(true);
  });
});

describe('vocabularyProblems', () => {
  it('refuses an id listed twice and an event kind in an undeclared group, naming site.md', () => {
    const problems = vocabularyProblems('site.md', {
      groups: [{ id: 'politics', label: 'Politics' }],
      eventKinds: [
        { id: 'speech', label: 'Speech', group: 'politics' },
        { id: 'speech', label: 'Speech again', group: 'politcs' },
      ],
    });
    expect(problems).toEqual([
      { file: 'site.md', field: 'vocabulary.eventKinds[1].id', message: '"speech" is listed twice: each id once' },
      {
        file: 'site.md',
        field: 'vocabulary.eventKinds[1].group',
        message:
          '"politcs" is not a group of this case (did you mean "politics"?): expected one of politics (site.md vocabulary)',
      },
    ]);
  });

  it('finds nothing wrong in a case with no vocabulary', () => {
    expect(vocabularyProblems('site.md', undefined)).toEqual([]);
  });

  it('refuses a second marked kind of event, naming the field', () => {
    const problems = vocabularyProblems('site.md', {
      groups: [{ id: 'events', label: 'Events' }],
      eventKinds: [
        { id: 'death', label: 'Death', group: 'events', marks: true },
        { id: 'disappearance', label: 'Disappearance', group: 'events', marks: true },
      ],
    });
    expect(problems.map((p) => p.field)).toEqual(['vocabulary.eventKinds[1].marks']);
  });
});

describe('termProblems', () => {
  const entry = (filePath: string, data: object) => ({ filePath, data });

  it('echoes an unknown kind or role back with the ids the case allows', () => {
    const declared = { eventKinds: [{ id: 'speech', label: 'Speech', group: 'other' }] };
    const problems = termProblems(declared, {
      events: [entry('events/a.md', { kind: 'statement' })],
      people: [entry('people/p.md', { roles: ['victim', 'lawyr'] })],
      sources: [entry('sources/s.md', { kind: 'news-report' })],
      investigations: [],
    });
    expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
      'events/a.md: kind: "statement" is not a kind of event of this case: expected one of speech (site.md vocabulary)',
      `people/p.md: roles[1]: "lawyr" is not a role of this case (did you mean "lawyer"?): expected one of ${allowedIds(undefined).roles.join(', ')} (site.md vocabulary)`,
    ]);
  });

  it('allows the default ids where the case declares no list', () => {
    expect(allowedIds(undefined).roles).toContain('journalist');
  });
});

describe('toneOf', () => {
  it('gives groups the palette’s colours by position, reusing them past its size', () => {
    const groups = Array.from({ length: PALETTE_SIZE + 1 }, (_, i) => ({ id: `g${String(i)}`, label: '' }));
    expect(toneOf(groups, 'g0')).toBe(1);
    expect(toneOf(groups, 'g1')).toBe(2);
    expect(toneOf(groups, `g${String(PALETTE_SIZE)}`)).toBe(1);
  });
});
