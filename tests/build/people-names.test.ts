import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild } from '../helpers/shared-builds';
import { readPages } from '../helpers/site';

// "Also named" on the engine fixture: Jane Roe has otherNames ['Roe', 'Jane Smith'].
let page: string;

beforeAll(() => {
  page = readPages(sharedBuild('engine')).get('/people/jane-roe/') ?? '';
});

describe('a person’s other names', () => {
  it('shows a real other name as "Also named", and not a bare part of the full name', () => {
    const facts = /<dl class="facts"[\s\S]*?<\/dl>/.exec(page)?.[0] ?? '';
    expect(facts).toMatch(/<dt[^>]*>Also named<\/dt>\s*<dd[^>]*>Jane Smith<\/dd>/);
  });

  it('keeps every other name, the bare surname too, in the search index only', () => {
    expect(page).toMatch(/data-pagefind-index-attrs="data-terms" data-terms="Roe · Jane Smith"/);
    const jsonLd = /"alternateName":\[([^\]]*)\]/.exec(page)?.[1];
    expect(jsonLd).toBe('"Jane Smith"');
  });
});
