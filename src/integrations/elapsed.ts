/** Seconds since `started` (a `performance.now()`), as the build log says them: the bench reads them. */
export function secondsSince(started: number, now = performance.now()): string {
  return ((now - started) / 1000).toFixed(1);
}
