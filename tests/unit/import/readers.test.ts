import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateCell, readPlainCsv } from '../../../src/lib/import/plain-csv';
import { columnName, readTable } from '../../../src/lib/import/table';
import { readTimelineJson, readTimelineSheet } from '../../../src/lib/import/timelinejs';
import { FIXTURES } from '../../helpers/fixtures';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'import', name), 'utf8');
const shared = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../../../shared/data/timelinejs', name), 'utf8');

describe('readTimelineJson', () => {
  it('reads Knight Lab’s eras template: 20 events, 3 eras, the title slide', () => {
    const result = readTimelineJson(shared('eras.json'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.draft.events).toHaveLength(20);
    expect(result.draft.eras.map((e) => e.headline)).toEqual([
      'Era Test 650-700',
      'Era Test 600-650',
      'Era Test 700-720',
    ]);
    expect(result.draft.title?.headline).toBe('Eras Test');
    expect(result.draft.events[0]).toMatchObject({
      origin: 'events[0]',
      start: { year: '602' },
      end: { year: '629' },
      background: true,
    });
  });

  it('reads unique_id, group, display_date, media and the fields it does not read', () => {
    const result = readTimelineJson(fixture('script.json'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [first] = result.draft.events;
    expect(first).toMatchObject({ uniqueId: 'rally-opens', tags: ['Debates'], media: { url: 'motorcade.png' } });
    expect(result.draft.unread).toEqual([
      { field: 'scale', origins: ['(top level)'] },
      { field: 'events[].autolink', origins: ['events[4]'] },
    ]);
  });

  it('names every problem at once, with where it is and what was expected', () => {
    const result = readTimelineJson(
      JSON.stringify({ events: [{ text: { headline: 'x' } }, 'nonsense', { start_date: { year: { y: 1 } } }] }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { where: 'events[0].start_date', message: 'is required: expected {"year": …}' },
        { where: 'events[1]', message: 'expected an object with start_date and text' },
        { where: 'events[2].start_date.year', message: 'expected a number or text, got {"y":1}' },
      ],
    });
  });

  it('says when the file is not JSON, or has no events', () => {
    expect(readTimelineJson('{ "events": [')).toMatchObject({ ok: false, problems: [{ where: '(file)' }] });
    expect(readTimelineJson('{}')).toMatchObject({ ok: false, problems: [{ where: 'events' }] });
  });
});

describe('readTimelineSheet', () => {
  it('reads the template’s columns: the title row, eras, times with AM/PM and seconds, groups', () => {
    const result = readTimelineSheet(fixture('sheet.csv'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { title, events, eras } = result.draft;
    expect(title).toEqual({
      headline: 'A sheet timeline',
      text: '<p>Kept in the <b>TimelineJS</b> template.</p>',
      media: false,
    });
    expect(events.map((e) => e.origin)).toEqual(['line 3', 'line 4', 'line 5', 'line 6', 'line 7']);
    expect(events[0]).toMatchObject({
      start: { year: '1963', month: '11', day: '22', hour: '12', minute: '30' },
      tags: ['Dallas'],
      media: { url: 'https://example.org/zapruder', caption: 'The Zapruder film', credit: 'Abraham Zapruder' },
      background: true,
    });
    expect(events[2]?.start).toMatchObject({ hour: '12', minute: '14', second: '30' });
    expect(eras).toMatchObject([
      { origin: 'line 8', headline: 'An inquiry begins', start: { year: '1963' }, end: { month: '12' } },
    ]);
  });

  it('refuses a sheet without the template’s Year and Headline columns, listing the columns expected', () => {
    const result = readTimelineSheet('Date,Title\n2014,x\n');
    expect(result).toMatchObject({ ok: false, problems: [{ where: '(header row)' }] });
    expect(!result.ok && result.problems[0]?.message).toContain('has no "year", "headline" column');
  });

  it('names a Time cell that is not a time, by its line', () => {
    const result = readTimelineSheet('Year,Month,Day,Time,Headline\n1963,11,22,noon,x\n');
    expect(result).toEqual({
      ok: false,
      problems: [{ where: 'line 2: Time', message: '"noon" is not a time: expected HH:MM (24-hour) or H:MM AM/PM' }],
    });
  });
});

describe('readPlainCsv', () => {
  it('reports every bad row in one run, each date problem under its column’s name (issue 29)', () => {
    const result = readPlainCsv('date,title\n2014-13-01,A month that is none\n19/06/14,Ambiguous\n2014,\n');
    expect(result).toEqual({
      ok: false,
      problems: [
        { where: 'line 2: date', message: expect.stringMatching(/month 13/) as unknown },
        {
          where: 'line 3: date',
          message:
            '"19/06/14" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD (for example 2014, 2014-06 or 2014-06-19)',
        },
        // A row with no title is refused, as the documented layout requires one.
        { where: 'line 4: title', message: 'is required: the event’s headline' },
      ],
    });
  });

  it('refuses a column that means one it reads, with the name it likely meant; others are listed as unread', () => {
    expect(readPlainCsv('date,title,Source,Sumary\n2014,A title,https://example.org/a,x\n')).toEqual({
      ok: false,
      problems: [
        {
          where: '(header row): source',
          message:
            'is not a column the importer reads (did you mean "source address"?): rename it, or remove the column',
        },
        {
          where: '(header row): sumary',
          message: 'is not a column the importer reads (did you mean "summary"?): rename it, or remove the column',
        },
      ],
    });
    const other = readPlainCsv('date,title,Type,Notes\n2014,A title,x,y\n');
    if (!other.ok) throw new Error(JSON.stringify(other.problems));
    expect(other.draft.unread.map((u) => u.field)).toEqual(['type', 'notes']);
  });

  it('reads the documented columns: people and tags as lists, the source and its quote', () => {
    const result = readPlainCsv(fixture('plain.csv'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [found, search, review] = result.draft.events;
    expect(found).toMatchObject({
      start: { year: '2014', month: '06', day: '19', hour: '9', minute: '15' },
      people: ['Ada Lovelace', 'Charles Babbage'],
      tags: ['Inquiry'],
      place: 'Barking',
      source: {
        url: 'https://example.org/a',
        title: 'First report',
        publisher: 'The Gazette',
        published: '2014-06-20',
        quote: 'found near the church',
      },
    });
    expect(search).toMatchObject({
      tags: ['inquiry', 'Search'],
      source: { url: 'https://example.org/b' },
      textFormat: 'markdown',
    });
    expect(search?.text).toContain('\n\nAnd a second paragraph.');
    expect(review).toMatchObject({ uniqueId: 'custom-id', kind: 'statement', end: { year: '2016' } });
  });

  it('names every bad row at once: a missing date, an ambiguous date, a time that is not one', () => {
    const result = readPlainCsv('date,title,time\n,No date,\n19/06/14,Ambiguous,\n2014,Bad time,25 o’clock\n');
    expect(result).toEqual({
      ok: false,
      problems: [
        { where: 'line 2: date', message: 'is required: expected YYYY, YYYY-MM or YYYY-MM-DD' },
        {
          where: 'line 3: date',
          message:
            '"19/06/14" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD (for example 2014, 2014-06 or 2014-06-19)',
        },
        { where: 'line 4: time', message: '"25 o’clock" is not a time: expected HH:MM (24-hour)' },
      ],
    });
  });
});

describe('dateCell', () => {
  it('reads BCE dates written either way, for the importer to report', () => {
    expect(dateCell('-0500', 'x', [])).toEqual({ year: '-0500' });
    expect(dateCell('500 BC', 'x', [])).toEqual({ year: '-500' });
  });
});

describe('readTable', () => {
  it('matches columns whatever their case or punctuation, skips empty rows and lists unknown columns', () => {
    const table = readTable(
      '\uFEFFEnd_Year,HEADLINE,Colour\n1999,"A, quoted\nheadline",red\n,,\n',
      ['end year', 'headline'],
      ['headline'],
    );
    expect(table).toEqual({
      ok: true,
      rows: [{ line: 3, cells: { 'end year': '1999', headline: 'A, quoted\nheadline', colour: 'red' } }],
      unknownColumns: ['colour'],
    });
  });

  it('says when the file is not CSV it can read', () => {
    expect(readTable('a,b\n"unclosed', ['a'], ['a'])).toMatchObject({ ok: false, problems: [{ where: '(file)' }] });
  });
});

describe('columnName', () => {
  it('lower-cases and joins words with one space', () => {
    expect(columnName(' Source_Address ')).toBe('source address');
  });
});
