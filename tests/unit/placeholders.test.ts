import { describe, expect, it } from 'vitest';
import { coveredByPlaceholder, placeholderProblems } from '../../src/lib/content/placeholders';

describe('placeholderProblems', () => {
  it('names every string that starts with FILL IN:, at any depth, with the rest of its text', () => {
    const data = {
      title: 'Fine',
      kind: 'FILL IN: one of death, other',
      citations: [{ source: 'x', quote: 'FILL IN: copy a short verbatim passage' }],
      people: [{ role: ['FILL IN: a role'] }],
    };
    expect(placeholderProblems(data)).toEqual([
      { field: 'kind', message: 'is a placeholder left by the importer: one of death, other' },
      { field: 'citations[0].quote', message: 'is a placeholder left by the importer: copy a short verbatim passage' },
      { field: 'people[0].role[0]', message: 'is a placeholder left by the importer: a role' },
    ]);
  });

  it('leaves alone text that only mentions the words later on, or in another case', () => {
    expect(placeholderProblems({ summary: 'Do not FILL IN: this', note: 'fill in: lower case' })).toEqual([]);
  });

  it('finds nothing in front matter without strings', () => {
    expect(placeholderProblems({ years: 3, done: true })).toEqual([]);
  });
});

describe('coveredByPlaceholder', () => {
  const placeholders = placeholderProblems({ kind: 'FILL IN: x', roles: ['FILL IN: y'] });

  it('covers the placeholder field itself and what lies inside it', () => {
    expect(coveredByPlaceholder('kind', placeholders)).toBe(true);
    expect(coveredByPlaceholder('roles[0]', placeholders)).toBe(true);
  });

  it('does not cover another field that starts with the same letters', () => {
    expect(coveredByPlaceholder('kindness', placeholders)).toBe(false);
    expect(coveredByPlaceholder('title', placeholders)).toBe(false);
  });
});
