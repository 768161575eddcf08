// The npm registry mirror these machines use lacks some other platforms' native builds
// (macOS, Windows), so `npm install` leaves them out of package-lock.json and `npm ci` then
// refuses the lockfile as out of sync. This records each missing optional platform package
// at its wanted version; npm skips those that do not fit the machine, as it does for any
// optional dependency. Run it after changing dependencies: `npm run lockfile`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
/** @typedef {{ version?: string, dev?: boolean, optional?: boolean, optionalDependencies?: Record<string, string> }} LockedPackage */
/** @type {unknown} */
const parsed = JSON.parse(readFileSync(path, 'utf8'));
const lock = /** @type {{ packages: Record<string, LockedPackage> }} */ (parsed);
const packages = lock.packages;
/** @type {string[]} */
const added = [];
for (const meta of Object.values(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key]) continue;
    packages[key] = { version, dev: true, optional: true };
    added.push(`${name}@${version}`);
  }
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added.length ? `Recorded ${added.length} optional platform packages: ${added.join(', ')}` : 'Nothing to add.',
);
