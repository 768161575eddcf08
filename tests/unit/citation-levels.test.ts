import { describe, expect, it } from 'vitest';
import { countCitationLevels } from '../../src/lib/model/citation-levels';

describe('countCitationLevels', () => {
  it('counts quoted and linked citations of events, people, their findings and investigations', () => {
    const counts = countCitationLevels([
      { citations: [{ quote: 'a' }, { quote: undefined }] },
      { citations: [{ quote: 'b' }], findings: [{ citations: [{ quote: undefined }, { quote: 'c' }] }] },
    ]);
    expect(counts).toEqual({ quoted: 3, linked: 2 });
  });
  it('counts nothing in a case without citations', () => {
    expect(countCitationLevels([])).toEqual({ quoted: 0, linked: 0 });
  });
});
