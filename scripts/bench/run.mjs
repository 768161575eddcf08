// The benchmark: builds synthetic cases of several sizes, compares them with a bare Astro
// collection (the framework's floor), times a search in Chromium, and prints one table.
// Usage: npm run bench [-- --sizes 100,1000,10000 --runs 3]
import { spawn } from 'node:child_process';
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
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH, serve } from '../lib/browser.mjs';
import { generateCase } from './generate.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    runs: { type: 'string', default: '3' },
    browser: { type: 'boolean', default: true },
    floor: { type: 'boolean', default: true },
  },
  // --no-browser and --no-floor skip the slow parts of a quick run.
  allowNegative: true,
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const work = join(tmpdir(), 'timeline-bench');
mkdirSync(work, { recursive: true });

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
 * @returns {Promise<{ seconds: number, peak: number }>}
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
      else resolve({ seconds: (performance.now() - started) / 1000, peak });
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
  const files = walk(dir);
  const size = (/** @type {string[]} */ list) => list.reduce((sum, f) => sum + statSync(f).size, 0);
  const html = files.filter((f) => f.endsWith('.html'));
  let largest = { file: '', gzip: 0 };
  for (const file of html) {
    const gzip = gzipSync(readFileSync(file)).length;
    if (gzip > largest.gzip) largest = { file: file.slice(dir.length), gzip };
  }
  return {
    pages: html.length,
    files: files.length,
    bytes: size(files),
    pagefind: size(files.filter((f) => f.includes('/pagefind/'))),
    largest,
  };
}

/** @param {number} size */
async function buildCase(size) {
  const content = join(work, `case-${size}`);
  const counts = generateCase({ events: size, out: content });
  const results = [];
  let outDir = join(work, `dist-${size}`);
  for (let run = 0; run < runs; run++) {
    outDir = join(work, `dist-${size}`);
    rmSync(outDir, { recursive: true, force: true });
    const cacheDir = join(work, `cache-${size}-${run}`);
    rmSync(cacheDir, { recursive: true, force: true });
    // Astro's own phase timer: "Sync content layer" is the content phase (read, check, store, render).
    const timer = join(work, `timer-${size}-${run}.json`);
    const build = await measure(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
      TIMELINE_CONTENT: content,
      TIMELINE_CACHE_DIR: cacheDir,
      ASTRO_TIMER_PATH: timer,
    });
    /** @type {unknown} */
    const timings = JSON.parse(readFileSync(timer, 'utf8'));
    const phases = /** @type {Record<string, { elapsedTime?: number } | undefined>} */ (timings);
    results.push({ ...build, content: (phases['Sync content layer']?.elapsedTime ?? NaN) / 1000 });
  }
  return {
    size,
    counts,
    seconds: median(results.map((r) => r.seconds)),
    content: median(results.map((r) => r.content)),
    peak: Math.max(...results.map((r) => r.peak)),
    dist: distStats(outDir),
    outDir,
  };
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

/**
 * Types a surname into the search page of a built case and times the first result.
 * @param {string} outDir
 * @param {string} surname
 */
async function searchTiming(outDir, surname) {
  const { chromium } = await import('@playwright/test');
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = await serve(outDir, port);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const timings = [];
  let bytes = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let fetched = 0;
      page.on('response', async (response) => {
        if (response.url().includes('/pagefind/'))
          fetched += (await response.body().catch(() => Buffer.alloc(0))).length;
      });
      await page.goto(`http://127.0.0.1:${port}/search/`);
      // A reader clicks into the box (which fetches Pagefind), then types.
      await page.focus('[data-search-input]');
      await page.waitForLoadState('networkidle');
      const ms = await page.evaluate(async (term) => {
        const input = document.querySelector('[data-search-input]');
        const list = document.querySelector('[data-search-results]');
        if (!(input instanceof HTMLInputElement) || !list) throw new Error('The search page has no search box.');
        const start = performance.now();
        input.value = term;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await /** @type {Promise<void>} */ (
          new Promise((resolve) => {
            const observer = new MutationObserver(() => list.children.length > 0 && (observer.disconnect(), resolve()));
            observer.observe(list, { childList: true });
          })
        );
        return performance.now() - start;
      }, surname);
      await page.waitForLoadState('networkidle');
      // The page waits 120 ms after the last keystroke before it searches: not the index's time.
      timings.push(ms - 120);
      bytes = Math.max(bytes, fetched);
      await context.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return { ms: median(timings), bytes };
}

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (/** @type {number} */ bytes) => `${(bytes / 1024 / 1024).toFixed(bytes > 100 * 1024 * 1024 ? 0 : 1)} MB`;

const rows = [];
for (const size of sizes) {
  process.stderr.write(`Building ${size} events (${runs} runs)…\n`);
  const result = await buildCase(size);
  const floor = values.floor ? await buildFloor(size) : undefined;
  const search =
    values.browser && size === Math.max(...sizes) ? await searchTiming(result.outDir, 'Archer') : undefined;
  rows.push({ result, floor, search });
}

console.log(
  `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${mb(totalmem())} memory, Node ${process.version}. Median of ${runs} runs.\n`,
);
console.log(
  '| events | pages | build s | pages/s | peak RSS | dist | files | Pagefind index | largest page (gzip) | bare Astro floor s | ratio |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |');
for (const { result, floor } of rows) {
  const { dist } = result;
  console.log(
    `| ${result.size} | ${dist.pages} | ${result.seconds.toFixed(1)} | ${(dist.pages / result.seconds).toFixed(0)} | ${mb(result.peak)} | ${mb(dist.bytes)} | ${dist.files} | ${mb(dist.pagefind)} | ${kb(dist.largest.gzip)} ${dist.largest.file} | ${floor ? floor.seconds.toFixed(1) : '–'} | ${floor ? (result.seconds / floor.seconds).toFixed(2) : '–'} |`,
  );
}
console.log(
  `\nContent phase (Astro's "Sync content layer": every file read, checked, stored and rendered once): ${rows.map(({ result }) => `${result.content.toFixed(1)} s at ${result.size} events`).join(', ')}.`,
);
const searched = rows.find((r) => r.search);
if (searched?.search) {
  console.log(
    `\nSearch at ${searched.result.size} events: surname "Archer" shows its first result ${searched.search.ms.toFixed(0)} ms after the query (debounce excluded), fetching ${kb(searched.search.bytes)} from /pagefind/.`,
  );
}
if (!existsSync('/usr/bin/chromium')) console.log('(Chromium not found: the search timing was skipped.)');
