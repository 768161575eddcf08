import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/**
 * One of the project's TypeScript scripts run as an editor runs it, through npm's script (tsx),
 * for what it prints and its exit code.
 */
export function runScript(script: string, args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts', script), ...args],
    { encoding: 'utf8', env: { ...process.env, ...env } },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The same, without blocking this process: for a script that talks to a server the test runs. */
export function runScriptAsync(
  script: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts', script), ...args],
      { encoding: 'utf8', env: { ...process.env, ...env } },
      (error, out, err) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out, err });
      },
    );
  });
}
