import type { DateParts } from './dates';
import { timeParts } from './dates';
import { Unread, type Draft, type DraftEra, type DraftEvent, type InputProblem, type ReadResult } from './draft';
import type { MediaInput } from './media';
import { readTable } from './table';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/** The keys of TimelineJS's format this importer reads (the rest is reported as not read). */
const ROOT_KEYS = new Set(['title', 'events', 'eras']);
const EVENT_KEYS = new Set([
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'unique_id',
  'background',
]);
const DATE_KEYS = new Set(['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date']);

function dateParts(value: unknown, where: string, problems: InputProblem[]): DateParts | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    problems.push({ where, message: 'expected an object such as {"year": "1969", "month": "7", "day": "20"}' });
    return undefined;
  }
  for (const [key, part] of Object.entries(value)) {
    if (!DATE_KEYS.has(key)) continue;
    if (typeof part !== 'string' && typeof part !== 'number' && part !== null)
      problems.push({ where: `${where}.${key}`, message: `expected a number or text, got ${JSON.stringify(part)}` });
  }
  return value;
}

function textOf(value: unknown): { headline: string; text: string } {
  return isObject(value) ? { headline: str(value['headline']), text: str(value['text']) } : { headline: '', text: '' };
}

function readEvent(value: unknown, origin: string, problems: InputProblem[], unread: Unread): DraftEvent | undefined {
  if (!isObject(value)) {
    problems.push({ where: origin, message: 'expected an object with start_date and text' });
    return undefined;
  }
  for (const key of Object.keys(value)) if (!EVENT_KEYS.has(key)) unread.note(`events[].${key}`, origin);
  if (value['start_date'] === undefined) {
    problems.push({ where: `${origin}.start_date`, message: 'is required: expected {"year": …}' });
    return undefined;
  }
  const start = dateParts(value['start_date'], `${origin}.start_date`, problems);
  const end = dateParts(value['end_date'], `${origin}.end_date`, problems);
  if (!start) return undefined;
  const { headline, text } = textOf(value['text']);
  const displayDate = str(value['display_date']);
  const uniqueId = str(value['unique_id']);
  const group = str(value['group']).trim();
  return {
    origin,
    ...(uniqueId ? { uniqueId } : {}),
    start: displayDate && !str(start.display_date) ? { ...start, display_date: displayDate } : start,
    ...(end ? { end } : {}),
    headline,
    text,
    textFormat: 'html',
    ...(isObject(value['media']) ? { media: value['media'] } : {}),
    tags: group ? [group] : [],
    people: [],
    background: isObject(value['background']) && Object.values(value['background']).some((v) => str(v).trim()),
  };
}

/** Reads TimelineJS's JSON format (`title`, `events[]`, `eras[]`), every problem at once. */
export function readTimelineJson(source: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return { ok: false, problems: [{ where: '(file)', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  if (!isObject(data) || !Array.isArray(data['events']))
    return {
      ok: false,
      problems: [{ where: 'events', message: 'is required: TimelineJS JSON is an object with an "events" list' }],
    };
  const problems: InputProblem[] = [];
  const unread = new Unread();
  for (const key of Object.keys(data)) if (!ROOT_KEYS.has(key)) unread.note(key, '(top level)');
  const events = data['events'].flatMap((event, i) => readEvent(event, `events[${String(i)}]`, problems, unread) ?? []);
  const eras: DraftEra[] = (Array.isArray(data['eras']) ? data['eras'] : []).flatMap((era: unknown, i) => {
    const origin = `eras[${String(i)}]`;
    const start = isObject(era) ? dateParts(era['start_date'], `${origin}.start_date`, problems) : undefined;
    if (!isObject(era) || !start) return [];
    const end = dateParts(era['end_date'], `${origin}.end_date`, problems);
    return [{ origin, headline: textOf(era['text']).headline, start, ...(end ? { end } : {}) }];
  });
  if (problems.length > 0) return { ok: false, problems };
  const title = isObject(data['title']) ? data['title'] : undefined;
  const draft: Draft = {
    format: 'TimelineJS JSON',
    ...(title
      ? {
          title: {
            ...textOf(title['text']),
            media: isObject(title['media']) && str(title['media']['url']).trim() !== '',
          },
        }
      : {}),
    events,
    eras,
    unread: unread.list(),
  };
  return { ok: true, draft };
}

/** The columns of Knight Lab's TimelineJS spreadsheet template, as the importer names them. */
export const SHEET_COLUMNS = [
  'year',
  'month',
  'day',
  'time',
  'end year',
  'end month',
  'end day',
  'end time',
  'display date',
  'headline',
  'text',
  'media',
  'media credit',
  'media caption',
  'media thumbnail',
  'type',
  'group',
  'background',
] as const;
type SheetColumn = (typeof SHEET_COLUMNS)[number];

/** A Time cell as date parts; a problem when it is not a time. */
function sheetTime(value: string, where: string, problems: InputProblem[]): Partial<DateParts> {
  if (!value.trim()) return {};
  const parts = timeParts(value);
  if (!parts) problems.push({ where, message: `"${value}" is not a time: expected HH:MM (24-hour) or H:MM AM/PM` });
  return parts ?? {};
}

/**
 * Reads the TimelineJS spreadsheet template exported as CSV (File → Download → CSV): one row per
 * slide, `Type` marking the title slide and eras.
 */
export function readTimelineSheet(source: string): ReadResult {
  const table = readTable(source, SHEET_COLUMNS, ['year', 'headline']);
  if (!table.ok) return table;
  const problems: InputProblem[] = [];
  const unread = new Unread();
  for (const column of table.unknownColumns) unread.note(column, '(header)');
  const events: DraftEvent[] = [];
  const eras: DraftEra[] = [];
  let title: Draft['title'];
  for (const { line, cells } of table.rows) {
    const get = (column: SheetColumn) => cells[column] ?? '';
    const origin = `line ${String(line)}`;
    const type = get('type').trim().toLowerCase();
    const start: DateParts = {
      year: get('year'),
      month: get('month'),
      day: get('day'),
      ...sheetTime(get('time'), `${origin}: Time`, problems),
      display_date: get('display date'),
    };
    const endCells = [get('end year'), get('end month'), get('end day'), get('end time')];
    const end: DateParts | undefined = endCells.some((c) => c.trim())
      ? {
          year: get('end year'),
          month: get('end month'),
          day: get('end day'),
          ...sheetTime(get('end time'), `${origin}: End Time`, problems),
        }
      : undefined;
    if (type === 'title') {
      if (title) unread.note('a second title row', origin);
      else title = { headline: get('headline'), text: get('text'), media: get('media').trim() !== '' };
      continue;
    }
    if (type === 'era') {
      eras.push({ origin, headline: get('headline'), start, ...(end ? { end } : {}) });
      continue;
    }
    if (type !== '') unread.note(`Type "${get('type').trim()}" (read as an event)`, origin);
    const media: MediaInput = {
      url: get('media'),
      caption: get('media caption'),
      credit: get('media credit'),
      thumbnail: get('media thumbnail'),
    };
    events.push({
      origin,
      start,
      ...(end ? { end } : {}),
      headline: get('headline'),
      text: get('text'),
      textFormat: 'html',
      media,
      tags: get('group').trim() ? [get('group').trim()] : [],
      people: [],
      background: get('background').trim() !== '',
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    draft: { format: 'TimelineJS spreadsheet', ...(title ? { title } : {}), events, eras, unread: unread.list() },
  };
}
