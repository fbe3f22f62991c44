import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing but Node; `site` reads the built `dist/` and drives Chromium.
// `npm test` (scripts/test.mjs) builds the site once before running both.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'content-errors',
          include: ['test/content-errors/**/*.test.ts'],
          environment: 'node',
          // Each case runs a whole `astro build` of a fixture, two at a time.
          testTimeout: 180_000,
          maxConcurrency: 2,
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/site/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One preview server and one browser are shared; files run one after another, and the
          // page-by-page scans (axe, budgets) run three pages at a time in their own contexts.
          fileParallelism: false,
          maxConcurrency: 3,
        },
      },
    ],
  },
});
