import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayOf, parseGitLog, readGitDates } from '../../src/lib/content/git-dates';
import { git } from '../helpers/git';

/** A repository whose case folder `content/` has commits at the given times (seconds since 1970). */
function repository(commits: readonly { at: number; files: Record<string, string> }[]): string {
  const root = mkdtempSync(join(tmpdir(), 'timeline-git-'));
  git(root, ['init', '-q']);
  for (const { at, files } of commits) {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    git(root, ['add', '-A']);
    git(root, ['commit', '-q', '-m', 'edit'], `@${String(at)} +0000`);
  }
  return root;
}

const DAY = 86_400;
const T0 = 1_700_000_000;

describe('parseGitLog', () => {
  it('takes the oldest and newest time each file appears at', () => {
    const log = 't:300\n\nevents/a.md\n\nt:200\n\nevents/a.md\nevents/b.md\n\nt:100\n\nevents/a.md\n';
    const dates = parseGitLog(log);
    expect(dates.get('events/a.md')).toEqual({ first: new Date(100_000), last: new Date(300_000) });
    expect(dates.get('events/b.md')).toEqual({ first: new Date(200_000), last: new Date(200_000) });
  });
  it('copes with author dates out of order (a rebased branch)', () => {
    const dates = parseGitLog('t:100\nx.md\nt:300\nx.md\nt:200\nx.md\n');
    expect(dates.get('x.md')).toEqual({ first: new Date(100_000), last: new Date(300_000) });
  });
  it('gives nothing for empty output', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});

describe('readGitDates', () => {
  it('reads first-published and last-changed dates for every file of the folder in one pass', () => {
    const root = repository([
      { at: T0, files: { 'content/events/a.md': '1', 'outside.md': 'x' } },
      { at: T0 + DAY, files: { 'content/events/b.md': '1' } },
      { at: T0 + 2 * DAY, files: { 'content/events/a.md': '2' } },
    ]);
    const { dates, note } = readGitDates(join(root, 'content'));
    expect(note).toBeUndefined();
    expect(dates.get('events/a.md')).toEqual({ first: new Date(T0 * 1000), last: new Date((T0 + 2 * DAY) * 1000) });
    expect(dates.get('events/b.md')?.first).toEqual(new Date((T0 + DAY) * 1000));
    expect([...dates.keys()].sort()).toEqual(['events/a.md', 'events/b.md']);
  });
  it('leaves a file that was never committed out', () => {
    const root = repository([{ at: T0, files: { 'content/a.md': '1' } }]);
    writeFileSync(join(root, 'content', 'new.md'), 'draft');
    expect(readGitDates(join(root, 'content')).dates.has('new.md')).toBe(false);
  });
  it('says once that a folder outside any repository has no history, and gives no dates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeline-nogit-'));
    const { dates, note } = readGitDates(dir);
    expect(dates.size).toBe(0);
    expect(note).toMatch(/no git history/);
  });
  it('refuses the dates of a shallow clone, whose oldest commit is not the first publication', () => {
    const origin = repository([
      { at: T0, files: { 'content/a.md': '1' } },
      { at: T0 + DAY, files: { 'content/a.md': '2' } },
    ]);
    const clone = mkdtempSync(join(tmpdir(), 'timeline-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone], { stdio: 'ignore' });
    const { dates, note } = readGitDates(join(clone, 'content'));
    expect(dates.size).toBe(0);
    expect(note).toMatch(/shallow/);
  });
});

describe('dayOf', () => {
  it('is the UTC day of the moment, whatever the local time zone', () => {
    expect(dayOf(new Date('2023-11-16T23:59:59Z'))).toEqual({ year: 2023, month: 11, day: 16, precision: 'day' });
  });
});
