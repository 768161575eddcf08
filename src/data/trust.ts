import { resolve } from 'node:path';
import {
  allCorrections,
  newestFirst,
  withAnchors,
  type AnchoredCorrection,
  type CorrectedSection,
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

/** What the corrections list needs of an entry: its title (a person's name) and corrections. */
type Correctable = ({ title: string } | { name: string }) & { corrections: readonly Correction[] };

async function load(): Promise<Trust> {
  const data = await loadCase();
  const dir = resolve(contentDir());
  const { dates } = gitDates(dir);
  // Only the digests leave this file: a copy's text must never reach a page.
  const digests = new Map([...readCopies(copiesDir(dir)).copies].map(([id, copy]) => [id, copy.sha256]));
  const listed = (section: CorrectedSection, entries: readonly { id: string; data: Correctable }[]) =>
    entries.map((e) => ({
      section,
      id: e.id,
      title: 'name' in e.data ? e.data.name : e.data.title,
      corrections: e.data.corrections,
    }));
  const corrections = allCorrections([
    ...listed('events', data.events),
    ...listed('people', data.people),
    ...listed('investigations', data.investigations),
    ...listed('sources', data.sources),
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
