// The benchmark: builds synthetic cases of several sizes, compares them with a bare Astro
// collection (the framework's floor), times a search in Chromium, and prints one table per size.
// Usage: npm run bench [-- --sizes 1000,10000 --runs 3]
//        npm run bench -- --sizes 100000 --runs 1     (about 15 minutes and several GB of memory)
// --floor-max N builds the floor only for sizes up to N (default 10000: a 100,000-page floor
// takes as long as the case); --no-floor and --no-browser skip the floor and the search timing;
// --no-after-build skips the second build of each size with the search index made from dist/.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CHROMIUM_PATH } from '../lib/browser.mjs';
import { brokenLinks, dateOn, eventSample, searchTiming } from './checks.mjs';
import { generateCase } from './generate.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    browser: { type: 'boolean', default: true },
    floor: { type: 'boolean', default: true },
    'floor-max': { type: 'string', default: '10000' },
    // Also build each size with the search index made after the build, from dist/ (as Starlight
    // does), instead of pages handed to Pagefind while they render: the two rows decide the path.
    'after-build': { type: 'boolean', default: true },
    work: { type: 'string', default: join(tmpdir(), 'timeline-bench') },
  },
  // --no-browser and --no-floor skip the slow parts of a quick run.
  allowNegative: true,
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const floorMax = Number(values['floor-max']);
const work = values.work;
mkdirSync(work, { recursive: true });
const startLoad = loadavg();

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (/** @type {number} */ bytes) => `${(bytes / 1024 / 1024).toFixed(bytes > 100 * 1024 * 1024 ? 0 : 1)} MB`;
const median = (/** @type {number[]} */ list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;

/**
 * The resident memory of a process and all its descendants, from /proc.
 * @param {number | undefined} pid
 */
function treeRss(pid) {
  if (pid === undefined) return 0;
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop();
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      const children = readFileSync(`/proc/${current}/task/${current}/children`, 'utf8').trim();
      if (children) stack.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

/**
 * Runs a command, returning its wall time and the peak memory of its whole process tree.
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 * @returns {Promise<{ seconds: number, peak: number, output: string }>}
 */
function measure(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let peak = 0;
    let output = '';
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed:\n${output.slice(-3000)}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peak, output });
    });
  });
}

/** @param {string} dir */
function walk(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/** @param {string} dir */
function distStats(dir) {
  const files = walk(dir).map((file) => ({ file, bytes: statSync(file).size }));
  const size = (/** @type {typeof files} */ list) => list.reduce((sum, f) => sum + f.bytes, 0);
  const html = files.filter((f) => f.file.endsWith('.html'));
  // The largest page by gzip size is among the largest by raw size: only those are compressed.
  let largest = { file: '', gzip: 0 };
  for (const { file } of [...html].sort((a, b) => b.bytes - a.bytes).slice(0, 30)) {
    const gzip = gzipSync(readFileSync(file)).length;
    if (gzip > largest.gzip) largest = { file: file.slice(dir.length), gzip };
  }
  return {
    pages: html.length,
    files: files.length,
    bytes: size(files),
    pagefind: size(files.filter((f) => f.file.includes('/pagefind/'))),
    largest,
  };
}

/**
 * Where the build's time went, from Astro's own phase timer (ASTRO_TIMER_PATH) and the lines the
 * build logs with TIMELINE_TIMINGS set.
 * @param {string} timerFile
 * @param {string} output
 * @param {number} wall
 */
function phasesOf(timerFile, output, wall) {
  /** @type {unknown} */
  const parsed = JSON.parse(readFileSync(timerFile, 'utf8'));
  const timings = /** @type {Record<string, { elapsedTime?: number } | undefined>} */ (parsed);
  const astro = (/** @type {string} */ name) => (timings[name]?.elapsedTime ?? NaN) / 1000;
  const logged = (/** @type {RegExp} */ pattern) => Number(pattern.exec(output)?.[1] ?? NaN);
  const sync = astro('Sync content layer');
  const check = logged(/Content check took ([\d.]+) s/);
  const rendering = astro('Static generate');
  const pagefind = logged(/Indexed \d+ pages for search in ([\d.]+) s/);
  const headers = logged(/_headers .* in ([\d.]+) s/);
  return {
    sync,
    check,
    rendering,
    pagefind,
    headers,
    // Start-up, Vite's bundle of the pages, the sitemap and _headers.
    other: wall - sync - rendering - pagefind,
  };
}

/**
 * @param {number} size
 * @param {Record<string, string>} [env] more environment for the build (the search-index path)
 * @param {string} [label] a suffix for its folders, so two paths of one size are kept side by side
 */
async function buildCase(size, env = {}, label = '') {
  const content = join(work, `case-${size}`);
  const counts = label ? undefined : generateCase({ events: size, out: content });
  /** @type {{ seconds: number, peak: number, phases: ReturnType<typeof phasesOf> }[]} */
  const results = [];
  let outDir = join(work, `dist-${size}${label}`);
  for (let run = 0; run < runs; run++) {
    outDir = join(work, `dist-${size}${label}`);
    rmSync(outDir, { recursive: true, force: true });
    const cacheDir = join(work, `cache-${size}${label}-${run}`);
    rmSync(cacheDir, { recursive: true, force: true });
    const timer = join(work, `timer-${size}${label}-${run}.json`);
    const build = await measure(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
      TIMELINE_CONTENT: content,
      TIMELINE_CACHE_DIR: cacheDir,
      TIMELINE_TIMINGS: '1',
      ASTRO_TIMER_PATH: timer,
      ...env,
    });
    results.push({ seconds: build.seconds, peak: build.peak, phases: phasesOf(timer, build.output, build.seconds) });
    process.stderr.write(`  run ${run + 1}: ${build.seconds.toFixed(1)} s, peak ${mb(build.peak)}\n`);
    rmSync(cacheDir, { recursive: true, force: true });
  }
  const phase = (/** @type {keyof ReturnType<typeof phasesOf>} */ name) => median(results.map((r) => r.phases[name]));
  return {
    size,
    counts,
    seconds: median(results.map((r) => r.seconds)),
    phases: {
      sync: phase('sync'),
      check: phase('check'),
      rendering: phase('rendering'),
      pagefind: phase('pagefind'),
      headers: phase('headers'),
      other: phase('other'),
    },
    peak: Math.max(...results.map((r) => r.peak)),
    dist: distStats(outDir),
    outDir,
  };
}

/**
 * Every file of a folder with the SHA-256 of its bytes, by path relative to it.
 * @param {string} dir
 */
function digests(dir) {
  return new Map(
    walk(dir).map((file) => [file.slice(dir.length), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );
}

/**
 * The pages of a Pagefind index as it stores them (each page's fragment: its address, text,
 * filters and meta), by address: two indexes hold the same pages when these are equal, whatever
 * order the pages were numbered in.
 * @param {string} dir
 */
function indexedPages(dir) {
  /** @type {Map<string, string>} */
  const pages = new Map();
  for (const file of walk(join(dir, 'fragment'))) {
    const text = gunzipSync(readFileSync(file))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    /** @type {unknown} */
    const parsed = JSON.parse(text);
    pages.set(/** @type {{ url: string }} */ (parsed).url, text);
  }
  return pages;
}

/**
 * The index made after the build against the one made while rendering: the same bytes, or else
 * the same pages (numbered in another order).
 * @param {string} live
 * @param {string} after
 */
function compareIndexes(live, after) {
  const [a, b] = [digests(join(live, 'pagefind')), digests(join(after, 'pagefind'))];
  const differing = [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file));
  const [pa, pb] = [indexedPages(join(live, 'pagefind')), indexedPages(join(after, 'pagefind'))];
  const samePages = pa.size === pb.size && [...pa].every(([url, text]) => pb.get(url) === text);
  return { files: a.size, differing: differing.length, samePages, pages: pa.size };
}

/** The floor: a bare Astro project with one collection of N one-paragraph pages and Pagefind. */
/** @param {number} size */
async function buildFloor(size) {
  const project = join(work, `floor-${size}`);
  rmSync(project, { recursive: true, force: true });
  mkdirSync(join(project, 'src/pages/p'), { recursive: true });
  mkdirSync(join(project, 'pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  writeFileSync(join(project, 'package.json'), '{"type":"module"}');
  writeFileSync(
    join(project, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
  );
  writeFileSync(
    join(project, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { pages: defineCollection({ loader: glob({ pattern: '*.md', base: './pages' }), schema: z.object({ title: z.string() }) }) };\n",
  );
  writeFileSync(
    join(project, 'src/pages/p/[id].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang=\"en\"><head><title>{entry.data.title}</title></head><body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>\n",
  );
  for (let i = 0; i < size; i++) {
    writeFileSync(
      join(project, 'pages', `page-${i}.md`),
      `---\ntitle: "Page ${i}"\n---\n\nOne paragraph of text for page ${i}, about an event on a day in a year.\n`,
    );
  }
  const results = [];
  for (let run = 0; run < runs; run++) {
    rmSync(join(project, 'dist'), { recursive: true, force: true });
    rmSync(join(project, 'node_modules/.astro'), { recursive: true, force: true });
    const started = performance.now();
    const build = await measure(process.execPath, [ASTRO, 'build', '--root', project]);
    const index = await measure(join(ROOT, 'node_modules/.bin/pagefind'), ['--site', join(project, 'dist')]);
    results.push({ seconds: (performance.now() - started) / 1000, peak: Math.max(build.peak, index.peak) });
  }
  return { seconds: median(results.map((r) => r.seconds)), peak: Math.max(...results.map((r) => r.peak)) };
}

const rows = [];
for (const size of sizes) {
  process.stderr.write(`Building ${size} events (${runs} runs)…\n`);
  const result = await buildCase(size);
  const floor = values.floor && size <= floorMax ? await buildFloor(size) : undefined;
  const after = values['after-build']
    ? await buildCase(size, { TIMELINE_SEARCH_INDEX: 'after-build' }, '-after')
    : undefined;
  const index = after ? compareIndexes(result.outDir, after.outDir) : undefined;
  const sample = eventSample(result.outDir);
  const links = brokenLinks(result.outDir, sample);
  const search =
    values.browser && existsSync(CHROMIUM_PATH)
      ? await searchTiming(result.outDir, 'Archer', dateOn(sample), Math.max(runs, 3))
      : undefined;
  rows.push({ result, floor, after, index, search, links, sampled: sample.length });
}

const s1 = (/** @type {number} */ seconds) => (Number.isFinite(seconds) ? seconds.toFixed(1) : '–');
const load = (/** @type {number[]} */ l) => l.map((n) => n.toFixed(1)).join(' ');
console.log(
  `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${mb(totalmem())} memory, Node ${process.version}, heap limit ${process.env['NODE_OPTIONS'] ?? 'default'}. Median of ${runs} run(s). Load average (1, 5, 15 min) ${load(startLoad)} at the start, ${load(loadavg())} at the end: on a shared machine, compare the ratio, not the seconds.\n`,
);
console.log('Build: wall time, phases and memory (seconds; peak RSS is Astro and Pagefind together).\n');
console.log(
  '| events | pages | build s | content sync s (of which check) | rendering s | Pagefind s | other s | peak RSS | bare Astro floor s | ratio |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { result, floor } of rows) {
  const { phases } = result;
  console.log(
    `| ${result.size} | ${result.dist.pages} | ${s1(result.seconds)} | ${s1(phases.sync)} (${s1(phases.check)}) | ${s1(phases.rendering)} | ${s1(phases.pagefind)} | ${s1(phases.other)} | ${mb(result.peak)} | ${floor ? s1(floor.seconds) : '–'} | ${floor ? (result.seconds / floor.seconds).toFixed(2) : '–'} |`,
  );
}
console.log('\nOutput: size and files, in all and per event (per-event figures should not grow with the case).\n');
console.log(
  '| events | dist | files | dist per event | files per event | Pagefind index | largest page (gzip) | search: fetched for "Archer" | search: first result |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |');
for (const { result, search } of rows) {
  const { dist, size } = result;
  console.log(
    `| ${size} | ${mb(dist.bytes)} | ${dist.files} | ${kb(dist.bytes / size)} | ${(dist.files / size).toFixed(2)} | ${mb(dist.pagefind)} | ${kb(dist.largest.gzip)} ${dist.largest.file} | ${search ? kb(search.bytes) : '–'} | ${search ? (Number.isFinite(search.ms) ? `${search.ms.toFixed(0)} ms` : 'not found') : '–'} |`,
  );
}
if (values['after-build']) {
  console.log(
    '\nSearch index: made while pages render (live, today) or from dist/ after the build (after-build), same case, same runs.\n',
  );
  console.log(
    '| events | path | build s | rendering s | Pagefind s | peak RSS | Pagefind s as share of build | index files | files differing | same pages |',
  );
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const { result, after, index } of rows) {
    if (!after || !index) continue;
    for (const [path, r] of /** @type {const} */ ([
      ['live', result],
      ['after-build', after],
    ])) {
      console.log(
        `| ${result.size} | ${path} | ${s1(r.seconds)} | ${s1(r.phases.rendering)} | ${s1(r.phases.pagefind)} | ${mb(r.peak)} | ${((100 * r.phases.pagefind) / r.seconds).toFixed(1)} % | ${index.files} | ${path === 'live' ? '–' : index.differing} | ${path === 'live' ? '–' : `${index.samePages ? 'yes' : 'NO'} (${index.pages} pages)`} |`,
      );
    }
  }
}
console.log('\nThe site works: a sample of event pages links only to pages that exist, and search finds a date.\n');
console.log('| events | event pages sampled | links checked | broken links | date searched | found |');
console.log('| ---: | ---: | ---: | ---: | --- | --- |');
for (const { result, links, sampled, search } of rows) {
  console.log(
    `| ${result.size} | ${sampled} | ${links.checked} | ${links.broken.length}${links.broken.length ? ` (${links.broken.slice(0, 3).join(', ')})` : ''} | ${search?.date ?? '–'} | ${search ? (search.dateFound ? 'yes' : 'NO') : '–'} |`,
  );
}
console.log(
  `\nPhases: content sync is Astro's "Sync content layer" (every file read, checked as a whole case, stored and its Markdown rendered once); the check is the part spent in the whole-case check; rendering is Astro's "Static generate" (every page, feed and download); other is start-up, Vite's bundle, the sitemap and _headers. The floor is a bare Astro collection of as many one-paragraph pages plus the Pagefind CLI, built ${floorMax < Math.max(...sizes) ? `for sizes up to ${floorMax}` : 'for every size'} in the same run. Search: the surname "Archer" typed into /search/ in Chromium; bytes fetched from /pagefind/, and the time from the query to the first result (the page's 120 ms typing pause excluded).`,
);
if (!existsSync(CHROMIUM_PATH)) console.log(`(Chromium not found at ${CHROMIUM_PATH}: the search timing was skipped.)`);
