/**
 * The folder that holds one case. The engine knows no case: another case, a test fixture or a
 * benchmark is the same engine pointed at another folder through TIMELINE_CONTENT.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env['TIMELINE_CONTENT']?.trim();
  return dir ? dir.replace(/\/+$/, '') : './content';
}

/**
 * Where a case's build goes, so that building another case never replaces this one: the
 * project's own case (content/) into dist/, any other case into dist-<its folder's name>/,
 * beside it (never inside dist/, which a build of the project's case empties). `npm run
 * preview` reads the same variables, so it serves the case TIMELINE_CONTENT names.
 * TIMELINE_DIST names the folder outright. Each case also keeps its own content cache, as the
 * cache holds the last case's entries.
 */
export function caseOutput(env: Record<string, string | undefined> = process.env): {
  outDir: string;
  cacheDir: string | undefined;
} {
  const name = caseName(env);
  const explicit = env['TIMELINE_DIST']?.trim();
  const cache = env['TIMELINE_CACHE_DIR']?.trim();
  return {
    outDir: explicit || (name ? `./dist-${name}` : './dist'),
    cacheDir: cache || (name ? `./node_modules/.astro-${name}` : undefined),
  };
}

/** The case folder's own name when TIMELINE_CONTENT names a case other than ./content. */
function caseName(env: Record<string, string | undefined>): string | undefined {
  const dir = contentDir(env);
  const name = dir.split(/[\\/]/).filter(Boolean).at(-1) ?? '';
  if (dir === './content' || dir === 'content' || name === '' || name === '.' || name === '..') return undefined;
  return name;
}
