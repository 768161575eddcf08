// What link-preview images cost a build: each size is built three times from one generated case,
// with previews and an empty image cache (a first build), again with the cache filled (a rebuild
// of an unchanged case), and with previews off. Astro's own cache is emptied before every build,
// so the three differ only in the preview images. Usage: npm run bench:previews [-- --sizes 1000,10000]
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCase } from './generate.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const work = join(tmpdir(), 'timeline-bench-previews');

/**
 * @param {Record<string, string>} env
 * @returns {Promise<number>} seconds
 */
function build(env) {
  rmSync(env['TIMELINE_CACHE_DIR'] ?? '', { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', env['OUT'] ?? ''], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) =>
      code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(output.slice(-3000))),
    );
  });
}

/** @param {string} content @param {boolean} on */
function setPreviews(content, on) {
  const file = join(content, 'site.md');
  const text = readFileSync(file, 'utf8').replace(/\npreviews: (true|false)\n/, '\n');
  writeFileSync(file, text.replace(/^---\n/, `---\npreviews: ${String(on)}\n`));
}

const rows = [];
for (const size of values.sizes.split(',').map(Number)) {
  const content = join(work, `case-${size}`);
  rmSync(work, { recursive: true, force: true });
  generateCase({ events: size, out: content });
  const env = {
    TIMELINE_CONTENT: content,
    TIMELINE_CACHE_DIR: join(work, 'astro-cache'),
    TIMELINE_PREVIEW_CACHE: join(work, 'previews'),
    OUT: join(work, 'dist'),
  };
  process.stderr.write(`${size} events: first build with previews…\n`);
  setPreviews(content, true);
  const first = await build(env);
  const images = readdirSync(join(work, 'previews')).length;
  process.stderr.write(`${size} events: rebuild with the images cached…\n`);
  const rebuild = await build(env);
  process.stderr.write(`${size} events: build without previews…\n`);
  setPreviews(content, false);
  const off = await build(env);
  rows.push({ size, images, first, rebuild, off });
}

console.log('\n| events | images | no previews s | first build s | rebuild (cached) s | drawing per 1,000 images s |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { size, images, first, rebuild, off } of rows) {
  const per1000 = ((first - off) / images) * 1000;
  console.log(
    `| ${size} | ${images} | ${off.toFixed(0)} | ${first.toFixed(0)} | ${rebuild.toFixed(0)} | ${per1000.toFixed(0)} |`,
  );
}
