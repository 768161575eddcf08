import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BODY_PLACEHOLDER } from '../../scripts/new';

export const FIXTURES = join(import.meta.dirname, '../fixtures');

/**
 * A content folder for one test: the minimal valid case, with a bad-input fixture's files
 * laid over it (each fixture folder holds only the files that differ).
 */
export function caseWith(badFixture?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'timeline-case-'));
  cpSync(join(FIXTURES, 'minimal'), dir, { recursive: true });
  if (badFixture) cpSync(join(FIXTURES, 'bad', badFixture), dir, { recursive: true });
  return dir;
}

/** How many entries each collection of the minimal case holds. */
export const MINIMAL_SIZES = { site: 1, events: 1, people: 2, investigations: 1, sources: 1, pages: 1 };

/**
 * A scaffolded event (`npm run new -- event …`) in the minimal case with its required fields
 * filled in as an editor would, and nothing else.
 */
export const fillNewEvent = (draft: string): string =>
  draft
    .replace('title: ""', 'title: "A new event"')
    .replace('date: ""', 'date: 2015-01-20')
    .replace(/kind: "".*/, 'kind: statement')
    .replace('summary: ""', 'summary: "Something new happened."')
    .replace('source: ""', 'source: the-gazette')
    .replace('quote: ""', 'quote: "something new"')
    .replace(BODY_PLACEHOLDER, 'Longer text about it.');
