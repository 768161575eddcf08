import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { setDevProblems } from './lib/content/dev-report';
import { secondsSince } from './integrations/elapsed';
import { formatProblem } from './lib/model/problems';
import {
  CASE_COLLECTIONS,
  validateCase,
  type CaseCheck,
  type CaseCollection,
  type CheckedEntry,
} from './lib/content/validate';

/**
 * The one content pipeline (the pattern of Starlight's `loaders.ts`): each collection's loader
 * stores what `validateCase` already read, parsed and checked, so every file is read and
 * validated once per sync, and the whole-case checks (references, chronology, stray files,
 * unsafe Markdown, impossible YAML dates) run on every build and on every dev re-sync.
 *
 * The six collections share one check per sync: it is computed by whichever loader asks first
 * and kept for the current generation; a change in the content folder starts a new generation.
 */
export function caseLoaders(dir: string) {
  const root = resolve(dir);
  let generation = 0;
  let memo: { generation: number; check: CaseCheck } | undefined;
  /** How to refill each collection after a change, with the context of its latest sync. */
  const refills = new Map<CaseCollection, () => Promise<void>>();
  /** The collections loaded in this generation: loading one again means a new full sync. */
  const loaded = new Set<CaseCollection>();
  let timer: NodeJS.Timeout | undefined;
  let queue = Promise.resolve();

  /** The check of the current generation, run (and reported) once whoever asks first. */
  function currentCheck({ logger, watcher }: LoaderContext): CaseCheck {
    if (memo?.generation === generation) return memo.check;
    // Problems name files as the editor knows them: relative to the case folder, which the
    // report names once.
    const started = performance.now();
    const check = validateCase(root, root);
    memo = { generation, check };
    // The bench asks how long the check took (the log is otherwise the same on every build).
    if (process.env['TIMELINE_TIMINGS']) logger.info(`Content check took ${secondsSince(started)} s.`);
    const { problems, counts, notes = [] } = check;
    // The dev server's pages show the problems too (src/middleware.ts), until a good save.
    if (watcher) setDevProblems(problems);
    for (const note of notes) logger.warn(note);
    if (problems.length === 0) {
      const summary = Object.entries(counts).map(([folder, n]) => `${String(n)} ${folder}`);
      logger.info(`Content checked: ${summary.join(', ')}.`);
    } else {
      const report = `The content has ${String(problems.length)} problem(s) (in ${caseFolder(root)}):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
      // A build stops here. The dev server (the only sync with a watcher) says so and keeps
      // the last good content, so a half-written entry does not kill it.
      if (watcher) logger.error(`${report}\nThe site shows the content as it was before; fix the file to reload it.`);
      else throw contentError(report);
    }
    return check;
  }

  async function fill(collection: CaseCollection, context: LoaderContext): Promise<void> {
    const check = currentCheck(context);
    if (check.problems.length > 0) return;
    const { store, config } = context;
    const projectRoot = fileURLToPath(config.root);
    const kept = new Set<string>();
    // The site entry also says what the case holds (see src/content.config.ts), so it changes
    // when an entry is added or removed anywhere.
    const contents = collection === 'site' ? caseContents(check) : undefined;
    for (const entry of check.entries[collection]) {
      kept.add(entry.id);
      // The validated data is part of the digest: a file stored by an older engine (before a
      // field got its default) is stored again, not served from the cache without the field.
      const digest = context.generateDigest(
        `${entry.text}\n${JSON.stringify(entry.data)}${contents ? `\n${JSON.stringify(contents)}` : ''}`,
      );
      // An unchanged file keeps what it rendered to: a dev re-sync renders only what changed.
      if (store.get(entry.id)?.digest === digest) continue;
      const rendered = await context.renderMarkdown(renderable(entry.body), { fileURL: pathToFileURL(entry.path) });
      store.set({
        id: entry.id,
        data: { ...withImageImport(root, entry), ...(contents ? { contents } : {}) },
        body: entry.body,
        filePath: relative(projectRoot, entry.path).split(sep).join('/'),
        digest,
        rendered,
        // As glob() does: images a body links to go through Astro's image pipeline.
        ...(rendered.metadata?.imagePaths ? { assetImports: rendered.metadata.imagePaths } : {}),
      });
    }
    for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
  }

  /** A change anywhere in the case (an entry, a stray file, a folder) re-checks the whole case. */
  function onFileEvent(_event: string, path: string): void {
    const inside = relative(root, resolve(path));
    if (inside.startsWith('..') || isAbsolute(inside)) return;
    // An editor's save can be several events (write, rename): wait for the last one.
    clearTimeout(timer);
    timer = setTimeout(() => {
      queue = queue.then(async () => {
        generation += 1;
        loaded.clear();
        for (const refill of refills.values()) await refill();
      });
    }, 50);
  }

  return {
    /** The loader of one collection of the case. */
    loader(collection: CaseCollection): Loader {
      return {
        name: 'timeline-content',
        load: async (context) => {
          if (loaded.has(collection)) {
            generation += 1;
            loaded.clear();
          }
          loaded.add(collection);
          await fill(collection, context);
          const { watcher } = context;
          if (!watcher) {
            // A build reads the case once: the files' text need not outlive the last collection.
            if (loaded.size === CASE_COLLECTIONS.length) memo = undefined;
            return;
          }
          refills.set(collection, async () => {
            // Whatever goes wrong in a re-sync is said, and the next save tries again.
            await fill(collection, context).catch((error: unknown) => {
              context.logger.error(error instanceof Error ? error.message : String(error));
            });
          });
          watcher.add(root);
          // Astro removes the loaders' listeners before each full sync; one listener serves all six.
          if (!watcher.listeners('all').includes(onFileEvent)) watcher.on('all', onFileEvent);
        },
      };
    },
  };
}

/**
 * An event's picture goes through Astro's image pipeline as an image() field of a schema would:
 * the content layer imports a string marked `__ASTRO_IMAGE_` (a path relative to the entry) and
 * hands pages its image metadata, so the picture is optimised and published with the site.
 * The content check has already made sure the file is an image inside the case's images/.
 */
function withImageImport(root: string, entry: CheckedEntry): Record<string, unknown> {
  const data = entry.data as Record<string, unknown>;
  const image = data['image'] as { src: string } | undefined;
  if (!image) return data;
  const path = relative(dirname(entry.path), resolve(root, image.src)).split(sep).join('/');
  return { ...data, image: { ...image, src: `__ASTRO_IMAGE_${path.startsWith('.') ? path : `./${path}`}` } };
}

/** What a case holds: how many entries each folder has, and which pages. */
function caseContents(check: CaseCheck): { counts: Record<string, number>; pages: string[] } {
  return { counts: check.counts, pages: check.entries.pages.map((page) => page.id) };
}

/**
 * Astro's renderMarkdown reads front matter off what it is given; a body that itself starts
 * with a `---` block would lose it, so such a body gets an empty front matter first.
 */
function renderable(body: string): string {
  return extractFrontmatter(body) === undefined ? body : `---\n---\n${body}`;
}

/** The case folder as the editor typed it: relative to where the build runs, when it is inside. */
function caseFolder(root: string): string {
  const inside = relative(process.cwd(), root);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : root;
}

/** The list of problems, and nothing else: a stack trace of the loader would only hide it. */
function contentError(report: string): Error {
  const error = new Error(report);
  error.name = 'ContentError';
  error.stack = '';
  return error;
}
