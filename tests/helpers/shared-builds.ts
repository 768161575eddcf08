import { join } from 'node:path';
import { inject } from 'vitest';
import { FIXTURES } from './fixtures';

/**
 * The builds that several test files only read, made once per test run by
 * `tests/setup/builds.ts` (a Vitest globalSetup) instead of once per file.
 */
export const SHARED_BUILDS = {
  /** The engine fixture: a small invented case with the edge cases the engine must get right. */
  engine: {
    content: join(FIXTURES, 'engine'),
    // A fixed build date (14 November 2023), as a reproducible build would set it.
    env: { SITE_URL: 'https://example.org', SOURCE_DATE_EPOCH: '1700000000' },
  },
  /** A small French case with its own vocabulary (tests/fixtures/french): the chrome must be French. */
  french: {
    content: join(FIXTURES, 'french'),
    env: { SITE_URL: 'https://example.org', SOURCE_DATE_EPOCH: '1732000000' },
  },
  /**
   * A small English case that is not about the police (Apollo 11): times of day in a time zone,
   * a picture of the case, tags, linked citations, no investigations and no about page.
   */
  chronicle: {
    content: join(FIXTURES, 'chronicle'),
    env: { SITE_URL: 'https://example.org', SOURCE_DATE_EPOCH: '1700000000' },
  },
  /** The real case in content/, as `npm run build` builds it. */
  case: { content: undefined, env: {} },
} as const;
export type SharedBuild = keyof typeof SHARED_BUILDS;

declare module 'vitest' {
  export interface ProvidedContext {
    builds: Record<SharedBuild, string>;
  }
}

/** The output folder of a shared build. */
export function sharedBuild(name: SharedBuild): string {
  return inject('builds')[name];
}
