import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// How the engine is put together: data goes from src/data (resolved once) to pages that fetch and
// compose, to components that take records as props. These checks keep it that way.
const SRC = join(import.meta.dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(join(SRC, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const read = (file: string) => readFileSync(join(SRC, file), 'utf8');

describe('the layers of the engine', () => {
  it('has no component or layout that loads the case or looks an entry up itself', () => {
    const offenders = [...files('components'), ...files('layouts')].filter((file) =>
      /loadCase\(|getCollection\(|getEntry\(/.test(read(file)),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps every page within 120 lines: logic belongs in src/lib', () => {
    const long = files('pages')
      .filter((file) => file.endsWith('.astro'))
      .map((file) => [relative('.', file), read(file).split('\n').length] as const)
      .filter(([, lines]) => lines > 120);
    expect(long).toEqual([]);
  });

  it('reads the clock only in build-date.ts and in scripts that run in the reader’s browser', () => {
    const clock = files('.')
      .filter((file) => /\.(ts|astro|mjs)$/.test(file) && !file.startsWith('scripts/'))
      .filter((file) => file !== 'lib/build-date.ts' && /new Date\(\)|Date\.now\(\)/.test(read(file)));
    expect(clock).toEqual([]);
  });
});

// What each folder may import, by the import paths written in its files (static, type-only and
// dynamic imports alike). `src/lib` is in rooms by concern; a room that takes from the wrong one
// would make the rooms a filing system rather than a structure.
const CODE = /\.(ts|mts|mjs|astro)$/;
const importsOf = (file: string): string[] =>
  [...read(file).matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
/** A relative import as a path under src/ (`lib/model/dates.ts`), or undefined when it names no file there. */
function target(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = posix.join(dirname(file), specifier);
  return ['', '.ts', '.mjs', '/index.ts']
    .map((ext) => base + ext)
    .find((path) => CODE.test(path) && existsSync(join(SRC, path)));
}
const sourceFiles = files('.').filter((file) => CODE.test(file));
const edges = new Map(
  sourceFiles.map((file) => [file, importsOf(file).map((s) => ({ specifier: s, to: target(file, s) }))] as const),
);

/** Each rule: the files it governs, and whether an import (package name or path under src/) is allowed. */
const RULES: readonly { folder: string; why: string; allows: (imported: string, isPackage: boolean) => boolean }[] = [
  {
    folder: 'lib/model/',
    why: 'pure: schemas, dates, records, vocabulary; no Node, no Astro virtual module, nothing that reads files or makes outputs',
    allows: (to, pkg) => (pkg ? !/^(node:|astro:)/.test(to) : to.startsWith('lib/model/') || to.startsWith('i18n/')),
  },
  {
    folder: 'lib/content/',
    why: 'the checks that read the case’s files: they use the model, never the outputs or the build',
    allows: (to, pkg) =>
      pkg ? !to.startsWith('astro:') : /^(lib\/(model|content)\/|i18n\/)/.test(to) || to === 'lib/build-date.ts',
  },
  {
    folder: 'lib/outputs/',
    why: 'downloads, feed, structured data and previews are made from resolved records, not from files',
    allows: (to, pkg) =>
      pkg ? !/^(astro:|node:(fs|child_process))/.test(to) : /^(lib\/(model|outputs)\/|i18n\/)/.test(to),
  },
  {
    folder: 'lib/import/',
    why: 'the importer turns other formats into the case’s files: it uses the model and the content checks',
    allows: (to, pkg) => (pkg ? !to.startsWith('astro:') : /^(lib\/(model|content|import)\/|i18n\/)/.test(to)),
  },
  {
    folder: 'lib/capture/',
    why: 'turning a page or a PDF into a source and its copy uses the model and the quote matching, never the outputs or the build',
    allows: (to, pkg) =>
      pkg ? !/^(astro:|node:)/.test(to) : /^lib\/(model|capture)\/|^lib\/content\/quote-match\.ts$/.test(to),
  },
  {
    folder: 'lib/',
    why: 'the engine’s logic never reaches up into the site (data, pages, components) or the build plumbing',
    allows: (to, pkg) => pkg || to.startsWith('lib/') || to.startsWith('i18n/'),
  },
  {
    folder: 'scripts/',
    why: 'runs in the reader’s browser: only other browser scripts and the pure model',
    allows: (to, pkg) => (pkg ? !/^(node:|astro:)/.test(to) : to.startsWith('scripts/') || to.startsWith('lib/model/')),
  },
  {
    folder: 'data/',
    why: 'resolves the case for pages: it never imports a page or a component',
    allows: (to, pkg) => pkg || !/^(pages|components|layouts)\//.test(to),
  },
];

describe('the rooms of the engine', () => {
  for (const rule of RULES) {
    it(`keeps src/${rule.folder} to its imports (${rule.why})`, () => {
      const governed = sourceFiles.filter((file) => file.startsWith(rule.folder));
      expect(governed.length).toBeGreaterThan(0);
      const wrong = governed.flatMap((file) =>
        (edges.get(file) ?? [])
          .filter(({ specifier, to }) => !rule.allows(to ?? specifier, !specifier.startsWith('.')))
          .map(({ specifier }) => `${file} imports ${specifier}`),
      );
      expect(wrong).toEqual([]);
    });
  }

  it('keeps at most 10 files at the top of src/lib: the rest is in its rooms', () => {
    const top = readdirSync(join(SRC, 'lib'), { withFileTypes: true }).filter((entry) => entry.isFile());
    expect(top.length).toBeLessThanOrEqual(10);
  });

  it('resolves every relative import under src/ to a file (so the rules above see every edge)', () => {
    const unresolved = [...edges].flatMap(([file, list]) =>
      list
        .filter(({ specifier, to }) => specifier.startsWith('.') && !to && !/\.(css|svg|png|json)$/.test(specifier))
        .map(({ specifier }) => `${file}: ${specifier}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('has no import cycle under src/', () => {
    // Depth-first search over the import graph; a back edge (to a file still on the stack) is a cycle.
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const { to } of edges.get(file) ?? []) {
        if (!to) continue;
        if (state.get(to) === 'open') cycles.push([...stack.slice(stack.indexOf(to)), to].join(' → '));
        else if (!state.has(to)) visit(to);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of sourceFiles) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
