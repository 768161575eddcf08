import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportPath, runImport } from '../../scripts/import';
import { FIXTURES } from './fixtures';

/** Knight Lab's two template timelines (../shared/data/timelinejs, with their provenance). */
export const TEMPLATES = join(import.meta.dirname, '../../../shared/data/timelinejs');

export interface ImportedTimelines {
  /** The imports as the importer wrote them, placeholders and all, by input name. */
  readonly folders: Record<'eras' | 'cosmo' | 'script', string>;
  /** Each import's migration report. */
  readonly reports: Record<'eras' | 'cosmo' | 'script', string>;
  /** One case holding every imported event, its placeholders filled as an editor would. */
  readonly filled: string;
}

/**
 * What an editor writes in place of each placeholder, by the field that holds it (a list item,
 * such as a person's role, has no key of its own). Test values: the point is that once every
 * placeholder is replaced, the imported case builds.
 */
const EDITOR: Record<string, string> = {
  title: 'Written by the editor',
  description: 'Timelines brought in from TimelineJS.',
  timelineHeading: 'The timeline',
  kind: 'other',
  summary: 'A summary the editor wrote from the sources.',
  quote: 'a passage the editor copied from the source',
  publisher: 'The editor’s source',
  url: 'https://example.org/source',
  published: '2020-01-01',
  alt: 'A blue rectangle',
  role: 'took part',
  '': 'other',
};

/** Replaces every `FILL IN:` line of a file the importer wrote, as an editor would; throws on an unknown one. */
export function fillPlaceholders(file: string): void {
  const text = readFileSync(file, 'utf8').replace(
    /^(\s*(?:- )?)(?:(\w+): )?'FILL IN:.*'$/gm,
    (line: string, indent: string, key: string | undefined) => {
      const value = EDITOR[key ?? ''];
      if (value === undefined) throw new Error(`${file}: no test value for the placeholder "${line.trim()}"`);
      return `${indent}${key ? `${key}: ` : ''}'${value.replace(/'/g, "''")}'`;
    },
  );
  writeFileSync(file, text);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Imports both templates and a TimelineJS file with a script in an event's text, then puts every
 * imported event into one case (the third import's, which has a time zone, tags and a picture)
 * and fills its placeholders: one case, so one build, covers all three.
 */
export function importTimelines(): ImportedTimelines {
  const work = mkdtempSync(join(tmpdir(), 'timeline-imported-'));
  const inputs = {
    eras: join(TEMPLATES, 'eras.json'),
    cosmo: join(TEMPLATES, 'cosmo-mixed.json'),
    script: join(FIXTURES, 'import', 'script.json'),
  };
  const folders = {} as Record<keyof typeof inputs, string>;
  const reports = {} as Record<keyof typeof inputs, string>;
  for (const [name, input] of Object.entries(inputs) as [keyof typeof inputs, string][]) {
    const out = join(work, name);
    runImport({ format: 'timelinejs', input, out, lang: 'en', timeZone: 'America/Chicago' });
    folders[name] = out;
    reports[name] = readFileSync(reportPath(out), 'utf8');
  }
  const filled = join(work, 'filled');
  cpSync(folders.script, filled, { recursive: true });
  for (const name of ['eras', 'cosmo'] as const) {
    cpSync(join(folders[name], 'events'), join(filled, 'events'), { recursive: true });
    if (existsSync(join(folders[name], 'images')))
      cpSync(join(folders[name], 'images'), join(filled, 'images'), { recursive: true });
  }
  for (const file of filesUnder(filled)) if (file.endsWith('.md')) fillPlaceholders(file);
  return { folders, reports, filled };
}
