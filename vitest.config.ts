import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      // Pure logic: no build, so a targeted run stays fast.
      // (tests/case/content reads the real case's files and ../shared, not a build.)
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/case/content/**/*.test.ts'] },
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
