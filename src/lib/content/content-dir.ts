/**
 * The folder that holds one case. The engine knows no case: another case, a test fixture or a
 * benchmark is the same engine pointed at another folder through TIMELINE_CONTENT.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env['TIMELINE_CONTENT']?.trim();
  return dir ? dir.replace(/\/+$/, '') : './content';
}
