import { resolve } from 'node:path';
import { copiesDir, readCopies } from '../lib/content/copies';
import { contentDir } from '../lib/content/content-dir';
import { gitDates } from '../lib/content/git-dates';
import type { Provenance } from '../lib/model/resolve';

/**
 * What the build knows about the case beyond its files, read once per build: when each entry was
 * first published and last changed (one `git log` for the whole folder), and the SHA-256 of each
 * editors' copy. Only the digests leave this file: a copy's text must never reach a page.
 */
export function readProvenance(): Provenance {
  const dir = resolve(contentDir());
  const { dates } = gitDates(dir);
  const digests = new Map([...readCopies(copiesDir(dir)).copies].map(([id, copy]) => [id, copy.sha256]));
  return {
    history: (section, id) => dates.get(`${section}/${id}.md`),
    copyDigest: (id) => digests.get(id),
  };
}
