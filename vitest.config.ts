import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      // Pure logic: no build, so a targeted run stays fast.
      // (tests/case/content reads the real case's files and ../shared, not a build.)
      // Not isolated: the files share one module graph per worker instead of importing it again for
      // each of them (on the 2-core machine most of the tier's time went to those imports: 751 s of
      // a 999 s run, 40 s of 299 s without isolation). A test that changes a module's state or the
      // environment puts it back (the build-date test re-imports its module after vi.resetModules).
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/case/content/**/*.test.ts'],
          isolate: false,
        },
      },
      // The engine on fixture cases (tests/build) and the Stephen Port case's content (tests/case):
      // the builds they only read are made once, in the global setup.
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/case/site/**/*.test.ts'],
          globalSetup: ['tests/setup/builds.ts'],
        },
      },
    ],
  },
});
