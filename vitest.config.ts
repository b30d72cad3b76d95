import { defineConfig } from 'vitest/config';

// unit: pure functions and the validator, no build.
// cli: the build command itself, run as a child process.
// site: the built dist/ (HTML, links, budgets, search index); builds the site once.
// browser: real Chromium against the built site, served locally.
export default defineConfig({
  test: {
    environment: 'node',
    // Both cores: the browser files run two at a time (two Chromiums), beside the other projects.
    maxWorkers: 2,
    // `npm test` runs with --coverage: src/lib holds the logic, and falling below these fails the run,
    // as in Starlight. When set (Dec 2026) the unit tests alone reached 97% of lines, 88% of branches.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 90, statements: 90, functions: 90, branches: 85 },
    },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // cli: the real build command on bad input and interrupted builds (child processes, slower).
      { test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A page's own fetches (name files, entry JSON) can take seconds beside a second Chromium
          // and coverage; expect.poll's 1 s default made waits for them flaky.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
