// A small static server for the built site, as a static host would serve it: tests and
// benchmarks use it (astro preview allows one server per project, and tests run beside it).
// Usage: node scripts/serve.mjs [--dir dist] [--port 4322] [--base /]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4322' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
  },
});
const root = resolve(values.dir);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * The rules of dist/_headers, as Cloudflare Pages reads them: a path pattern (`*` matches
 * anything), then indented `Name: value` lines, and `! Name` lines that drop a header an earlier
 * matching rule set. Tests then run under the headers hosts will send.
 * @returns {{ pattern: RegExp, set: [string, string][], drop: string[] }[]}
 */
function headerRules() {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  /** @type {{ pattern: RegExp, set: [string, string][], drop: string[] }[]} */
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const rule = rules.at(-1);
    const header = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    const drop = /^\s+!\s*([\w-]+)\s*$/.exec(line);
    if (header?.[1] !== undefined && header[2] !== undefined) rule?.set.push([header[1], header[2]]);
    else if (drop?.[1] !== undefined) rule?.drop.push(drop[1].toLowerCase());
    else if (/^\S/.test(line)) {
      const escaped = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), set: [], drop: [] });
    }
  }
  return rules;
}
const rules = headerRules();

/** @param {string} pathname */
function headersFor(pathname) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules.filter((r) => r.pattern.test(pathname))) {
    for (const name of Object.keys(headers)) if (rule.drop.includes(name.toLowerCase())) delete headers[name];
    for (const [name, value] of rule.set) headers[name] = value;
  }
  return headers;
}

/** @param {string} pathname */
function fileFor(pathname) {
  if (!pathname.startsWith(base)) return undefined;
  const local = normalize(decodeURIComponent(pathname.slice(base.length)));
  if (local.startsWith('..')) return undefined;
  const path = join(root, local);
  if (existsSync(path) && statSync(path).isDirectory()) {
    const index = join(path, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(path) ? path : undefined;
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  // Directory URLs without their slash redirect, as static hosts do.
  if (!pathname.endsWith('/') && !extname(pathname) && fileFor(`${pathname}/`)) {
    response.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  const file = fileFor(pathname);
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  response.writeHead(status, {
    ...headersFor(pathname),
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
  });
  if (existsSync(path)) createReadStream(path).pipe(response);
  else response.end('Not found');
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${values.port}${base}`);
});
