import { describe, expect, it } from 'vitest';
import { Unread } from '../../../src/lib/import/draft';
import { Findings } from '../../../src/lib/import/findings';

describe('Findings', () => {
  it('groups entries by section and topic, in the order first met, each entry once', () => {
    const findings = new Findings();
    findings.add('changed', 'Backgrounds left out', 'events/a.md');
    findings.add('decision', 'Groups become tags', 'events/a.md');
    findings.add('decision', 'Groups become tags', 'events/a.md');
    findings.add('changed', 'Backgrounds left out', 'events/b.md');
    expect(findings.list()).toEqual([
      { section: 'changed', topic: 'Backgrounds left out', entries: ['events/a.md', 'events/b.md'] },
      { section: 'decision', topic: 'Groups become tags', entries: ['events/a.md'] },
    ]);
  });

  it('keeps the same topic apart in two sections', () => {
    const findings = new Findings();
    findings.add('changed', 'Same words', 'x');
    findings.add('fix', 'Same words', 'y');
    expect(findings.list().map((f) => f.section)).toEqual(['changed', 'fix']);
  });
});

describe('Unread', () => {
  it('lists each field the importer does not read with every place it appears', () => {
    const unread = new Unread();
    unread.note('events[].autolink', 'events[1]');
    unread.note('scale', '(top level)');
    unread.note('events[].autolink', 'events[4]');
    expect(unread.list()).toEqual([
      { field: 'events[].autolink', origins: ['events[1]', 'events[4]'] },
      { field: 'scale', origins: ['(top level)'] },
    ]);
  });
});
