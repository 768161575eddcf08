import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build';
import { caseWith } from '../helpers/fixtures';

// The content loader's checks run inside the real build: these prove a bad case stops `astro build`
// with the list of problems, and nothing else (no stack trace of our code).
describe('building bad content', () => {
  it('fails, listing every problem with its file and field', async () => {
    const result = await buildSite({ content: caseWith('many-problems') });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('The content has 4 problem(s)');
    expect(result.output).toContain('events/2015-01-10-first-event.md: titel: unknown field (did you mean "title"?)');
    // The misspelt person of the event the schema refuses, in the same build (issue 29).
    expect(result.output).toContain(
      'events/2015-01-10-first-event.md: people[0].person: no person "ada-lovelance" (did you mean "ada-lovelace"?)',
    );
    // Paths relative to the case folder (which the report names once), the wrong value quoted back.
    expect(result.output).toMatch(
      /\n {2}people\/ada-lovelace\.md: roles\[0\]: "offical" is not a role of this case \(did you mean "official"\?\)/,
    );
    expect(result.output).not.toContain('Invalid option');
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(result.output).not.toContain('Stack trace');
  });

  it('fails rather than leave out a file the site would not show', async () => {
    const dir = caseWith();
    writeFileSync(join(dir, 'events', 'forgotten.markdown'), '---\ntitle: x\n---\n');
    const result = await buildSite({ content: dir });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/\n {2}events\/forgotten\.markdown: \(file\): is not part of the site/);
  });

  it('builds the minimal good case into pages', async () => {
    const result = await buildSite({ content: caseWith() });
    expect(result.output).toContain('Content checked: 1 events, 2 people, 1 investigations, 1 sources, 1 pages.');
    expect(result.code).toBe(0);
  });
});
