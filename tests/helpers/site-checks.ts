import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, it } from 'vitest';
import type { RawEntry } from './content';
import { attributes, brokenLinks } from './site';
import { DATE_PATTERN, earliestDay, latestDay, parsePartialDate } from '../../src/lib/model/dates';

/** A local date-time with its UTC offset, as an event with a time of day carries it. */
export const ZONED_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/**
 * Checks of a built site against the content it was built from, shared by the engine's tests
 * (on the fixture) and the case's suite (on content/). Each returns what is wrong; empty is right.
 */
const SECTION_OF: Record<string, string> = {
  events: '/events/',
  people: '/people/',
  investigations: '/investigations/',
  sources: '/sources/',
  pages: '/',
};

/** Content files without their page, and sections with more or fewer pages than files. */
export function pageProblems(entries: readonly RawEntry[], pages: ReadonlyMap<string, string>): string[] {
  const missing = entries.filter((e) => !pages.has(`${SECTION_OF[e.collection] ?? '/'}${e.id}/`)).map((e) => e.file);
  const counts = ['/events/', '/people/', '/investigations/', '/sources/'].flatMap((section) => {
    const built = [...pages.keys()].filter((p) => p.startsWith(section) && p !== section).length;
    const files = entries.filter((e) => SECTION_OF[e.collection] === section).length;
    return built === files ? [] : [`${section}: ${String(built)} pages for ${String(files)} files`];
  });
  return [...missing, ...counts];
}

/** Events missing from the home timeline, and whether the page lists them in date order. */
export function timelineProblems(events: readonly RawEntry[], home: string): string[] {
  const position = (id: string) => home.indexOf(`id="${id}"`);
  const missing = events.filter((e) => position(e.id) < 0).map((e) => `${e.id}: not on the timeline`);
  const dateOf = (e: RawEntry) => {
    const date = e.data['date'];
    // js-yaml reads an unquoted day as a Date and a year as a number: back to the text, then the one grammar.
    return parsePartialDate(date instanceof Date ? date.toISOString().slice(0, 10) : String(date));
  };
  // Reading down the page, no event is certainly earlier than one above it: its last possible day
  // is never before the first possible day of an event above (an order hint may place a month-only
  // event after a day of its month, but never after a day of the next month).
  const inPageOrder = [...events].sort((a, b) => position(a.id) - position(b.id)).map(dateOf);
  let floor = Number.NEGATIVE_INFINITY;
  const ordered = inPageOrder.every((date) => {
    const fits = latestDay(date).getTime() >= floor;
    floor = Math.max(floor, earliestDay(date).getTime());
    return fits;
  });
  return ordered ? missing : [...missing, 'events are not in date order'];
}

/** Sources, people and investigations an event page does not link to, and quotes it does not show. */
export function eventPageProblems(events: readonly RawEntry[], pages: ReadonlyMap<string, string>): string[] {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return events.flatMap((event) => {
    const html = pages.get(`/events/${event.id}/`) ?? '';
    const hrefs = new Set(attributes(html, 'href'));
    const text = html.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
    // A linked citation (a case with `citations: linked`) has no quote to show.
    const citations = event.data['citations'] as { source: string; quote?: string }[];
    const people = (event.data['people'] ?? []) as { person: string }[];
    const investigations = (event.data['investigations'] ?? []) as string[];
    const links = [
      ...citations.map((c) => `/sources/${c.source}/`),
      ...people.map((p) => `/people/${p.person}/`),
      ...investigations.map((id) => `/investigations/${id}/`),
    ];
    return [
      ...links.filter((href) => !hrefs.has(href)).map((href) => `${event.id}: no link to ${href}`),
      ...citations
        .filter((c) => c.quote !== undefined && !text.includes(escape(c.quote)))
        .map((c) => `${event.id}: quote "${c.quote ?? ''}" not shown`),
    ];
  });
}

/**
 * The checks every built case must pass against its own content files, registered as tests:
 * the engine's suite runs them on its fixture, the case's suite on content/.
 */
export function itMatchesItsContent(
  entries: readonly RawEntry[],
  site: () => { outDir: string; pages: ReadonlyMap<string, string> },
): void {
  const events = entries.filter((e) => e.collection === 'events');
  it('has exactly one page for every content file', () => {
    expect(pageProblems(entries, site().pages)).toEqual([]);
  });
  it('has no internal link or #anchor that leads nowhere', () => {
    const { outDir, pages } = site();
    expect(brokenLinks(outDir, new Map(pages))).toEqual([]);
  });
  it('lists every event on the home timeline, in date order, each with its anchor', () => {
    expect(timelineProblems(events, site().pages.get('/') ?? '')).toEqual([]);
  });
  it('links every event page to each of its sources, people and investigations, and shows its quotes', () => {
    expect(eventPageProblems(events, site().pages)).toEqual([]);
  });
  it('renders every date in a <time datetime> element (a time of day with its UTC offset)', () => {
    for (const [url, html] of site().pages) {
      for (const value of attributes(html, 'datetime')) {
        expect(DATE_PATTERN.test(value) || ZONED_DATETIME.test(value), `${url}: ${value}`).toBe(true);
      }
    }
  });
}

/** Every html-validate message on the given pages, as `url:line:column rule: message`. */
export async function htmlProblems(outDir: string, pages: ReadonlyMap<string, string>): Promise<string[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const failures: string[] = [];
  for (const [url, html] of pages) {
    const report = await validator.validateString(html, join(outDir, url, 'index.html'));
    for (const m of report.results.flatMap((r) => r.messages)) {
      failures.push(`${url}:${String(m.line)}:${String(m.column)} ${m.ruleId}: ${m.message}`);
    }
  }
  return failures;
}
