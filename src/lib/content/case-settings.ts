import { realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { IMAGE_TYPES, IMAGES_FOLDER } from './case-files';
import type { Problem } from '../model/problems';

/**
 * Checks that depend on what site.md declares, so no single file's schema can make them: the
 * tags events may use, the time zone their times are in, whether every citation must quote its
 * source, and that an event's picture is a real image inside the case's images/ folder.
 */
export interface CaseSettings {
  readonly timeZone?: string | undefined;
  readonly citations: 'quoted' | 'linked';
  readonly tags: readonly { readonly id: string }[];
}

interface Checked {
  readonly filePath: string;
  readonly data: object;
}

interface EventFields {
  readonly time?: string | undefined;
  readonly tags?: readonly string[] | undefined;
  readonly image?: { readonly src: string } | undefined;
}

/** Events' tags that site.md does not declare, each with the list it does. */
export function tagProblems(settings: CaseSettings, events: readonly Checked[]): Problem[] {
  const declared = new Set(settings.tags.map((t) => t.id));
  const list = declared.size === 0 ? 'site.md declares no tags' : `declared in site.md: ${[...declared].join(', ')}`;
  return events.flatMap(({ filePath, data }) =>
    ((data as EventFields).tags ?? []).flatMap((tag, i) =>
      declared.has(tag)
        ? []
        : [{ file: filePath, field: `tags[${String(i)}]`, message: `"${tag}" is not a declared tag (${list})` }],
    ),
  );
}

/** An event with a time of day when site.md names no time zone for it. */
export function timeZoneProblems(settings: CaseSettings, events: readonly Checked[], siteFile: string): Problem[] {
  if (settings.timeZone !== undefined) return [];
  const timed = events.filter(({ data }) => (data as EventFields).time !== undefined);
  const first = timed[0];
  if (!first) return [];
  return [
    {
      file: siteFile,
      field: 'timeZone',
      message: `is required once an event has a time of day (${first.filePath}${timed.length > 1 ? ` and ${String(timed.length - 1)} more` : ''}): write the IANA zone the times are in, such as Europe/London`,
    },
  ];
}

/** Every citation, at any depth, with the path an editor would write (`findings[0].citations[1]`). */
function citations(data: unknown, path = ''): { path: string; quote: unknown }[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => citations(item, `${path}[${String(i)}]`));
  if (typeof data !== 'object' || data === null || data instanceof Date) return [];
  const record = data as Record<string, unknown>;
  const own = 'source' in record && 'disputes' in record ? [{ path, quote: record['quote'] }] : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, value]) =>
      key === 'source' ? [] : citations(value, path ? `${path}.${key}` : key),
    ),
  ];
}

/** In a quoted case (the default), a citation without a quote. */
export function quoteProblems(settings: CaseSettings, entries: readonly Checked[]): Problem[] {
  if (settings.citations === 'linked') return [];
  return entries.flatMap(({ filePath, data }) =>
    citations(data)
      .filter((c) => c.quote === undefined)
      .map((c) => ({
        file: filePath,
        field: `${c.path}.quote`,
        message:
          'is required: this case quotes every source (site.md says citations: quoted): copy a short passage word for word',
      })),
  );
}

/**
 * An event's picture: a path under images/, no way out of the case folder (`..`, a symbolic
 * link), a type the image pipeline reads, and a file that is there.
 */
export function imageProblem(caseDir: string, src: string): string | undefined {
  const parts = src.split(/[\\/]/);
  if (src.startsWith('/') || parts.includes('..') || parts[0] !== IMAGES_FOLDER || parts.length < 2) {
    return `"${src}" is not a picture of the case: write a path inside the case's ${IMAGES_FOLDER}/ folder, such as ${IMAGES_FOLDER}/launch.png`;
  }
  if (!IMAGE_TYPES.test(src)) {
    return `"${src}" is not a picture the site can show: use a .jpg, .jpeg, .png, .webp, .gif or .avif file`;
  }
  try {
    const root = realpathSync(caseDir);
    const target = realpathSync(resolve(caseDir, src));
    if (!target.startsWith(root + sep))
      return `"${src}" leads outside the case folder: keep the picture itself in ${IMAGES_FOLDER}/`;
    if (!statSync(target).isFile()) return `"${src}" is not a file`;
  } catch {
    return `"${src}" does not exist in the case folder`;
  }
  return undefined;
}

/** Every event picture that is not a real image of the case. */
export function imageProblems(caseDir: string, events: readonly Checked[]): Problem[] {
  return events.flatMap(({ filePath, data }) => {
    const src = (data as EventFields).image?.src;
    const message = src === undefined ? undefined : imageProblem(caseDir, src);
    return message ? [{ file: filePath, field: 'image.src', message }] : [];
  });
}

/** All of the above for one case. */
export function checkCaseSettings(
  caseDir: string,
  settings: CaseSettings,
  siteFile: string,
  entries: { events: readonly Checked[]; people: readonly Checked[]; investigations: readonly Checked[] },
): Problem[] {
  return [
    ...timeZoneProblems(settings, entries.events, siteFile),
    ...tagProblems(settings, entries.events),
    ...imageProblems(caseDir, entries.events),
    ...quoteProblems(settings, [...entries.events, ...entries.people, ...entries.investigations]),
  ];
}
