import { resolve } from 'node:path';
import {
  allCorrections,
  newestFirst,
  withAnchors,
  type AnchoredCorrection,
  type Correction,
  type ListedCorrection,
} from '../lib/corrections';
import { countCheckedQuotes, copiesDir, readCopies } from '../lib/copies';
import { contentDir } from '../lib/content-dir';
import { gitDates, type FileDates } from '../lib/git-dates';
import { loadCase } from './case';

/**
 * What the pages need to show that the site can be checked: each entry's history and
 * corrections, which sources have an editors' copy (its digest, never its text), and the counts
 * for the data page. Built once per build, like the case itself.
 */
export interface Trust {
  /** First published / last changed of an entry's content file, where git history exists. */
  readonly history: (section: string, id: string) => FileDates | undefined;
  /** The SHA-256 of a source's copy, when the editors keep one. */
  readonly copyDigest: (sourceId: string) => string | undefined;
  /** Every correction on the site, newest first. */
  readonly corrections: readonly ListedCorrection[];
  /** Quotes checked against a copy, of all quotes. */
  readonly quotes: { readonly checked: number; readonly total: number };
}

/** An entry's corrections as its page lists them: newest first, each with its anchor. */
export function correctionsOf(data: { corrections: readonly Correction[] }): AnchoredCorrection[] {
  return newestFirst(withAnchors(data.corrections));
}

async function load(): Promise<Trust> {
  const data = await loadCase();
  const dir = resolve(contentDir());
  const { dates } = gitDates(dir);
  // Only the digests leave this file: a copy's text must never reach a page.
  const digests = new Map([...readCopies(copiesDir(dir)).copies].map(([id, copy]) => [id, copy.sha256]));
  const corrections = allCorrections([
    ...data.events.map((e) => ({
      section: 'events' as const,
      id: e.id,
      title: e.data.title,
      corrections: e.data.corrections,
    })),
    ...data.people.map((p) => ({
      section: 'people' as const,
      id: p.id,
      title: p.data.name,
      corrections: p.data.corrections,
    })),
    ...data.investigations.map((i) => ({
      section: 'investigations' as const,
      id: i.id,
      title: i.data.title,
      corrections: i.data.corrections,
    })),
    ...data.sources.map((s) => ({
      section: 'sources' as const,
      id: s.id,
      title: s.data.title,
      corrections: s.data.corrections,
    })),
  ]);
  return {
    history: (section, id) => dates.get(`${section}/${id}.md`),
    copyDigest: (id) => digests.get(id),
    corrections,
    quotes: countCheckedQuotes([...data.events, ...data.people, ...data.investigations], (id) => digests.has(id)),
  };
}

let cached: Promise<Trust> | undefined;

export function loadTrust(): Promise<Trust> {
  cached ??= load();
  return cached;
}
