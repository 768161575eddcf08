import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';

export const CONTENT = join(import.meta.dirname, '../../content');
export const COLLECTIONS = ['events', 'people', 'investigations', 'sources', 'pages'] as const;

export interface RawEntry {
  collection: string;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

/** Reads content files as an editor wrote them (front matter parsed as Astro parses it, with js-yaml). */
export function readEntries(root = CONTENT): RawEntry[] {
  // A case may leave out a folder (no investigations, no pages).
  return COLLECTIONS.filter((collection) => existsSync(join(root, collection))).flatMap((collection) =>
    readdirSync(join(root, collection))
      .filter((name) => name.endsWith('.md'))
      .map((name) => {
        const file = join(root, collection, name);
        const text = readFileSync(file, 'utf8');
        const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
        if (!match) throw new Error(`${file} has no front matter`);
        const data = loadYaml(match[1] ?? '') as Record<string, unknown>;
        return { collection, id: name.replace(/\.md$/, ''), file, data, body: match[2] ?? '' };
      }),
  );
}

export interface Citation {
  source: string;
  quote: string;
}

/** Every citation in an entry, wherever it sits (top level, or under a person's findings). */
export function citationsOf(value: unknown): Citation[] {
  if (Array.isArray(value)) return value.flatMap(citationsOf);
  if (typeof value !== 'object' || value === null || value instanceof Date) return [];
  const record = value as Record<string, unknown>;
  const own =
    typeof record['source'] === 'string' && typeof record['quote'] === 'string' ? [record as unknown as Citation] : [];
  return [...own, ...Object.values(record).flatMap(citationsOf)];
}
