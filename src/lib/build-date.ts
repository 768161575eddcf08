/**
 * The one date a build may depend on: SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
 * convention) when set, else the moment this process first asked. Nothing else reads the clock.
 */
let fixed: Date | undefined;
export function buildDate(): Date {
  if (fixed) return fixed;
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  fixed = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return fixed;
}
