// Mutation testing of the rules a clerk depends on: `npm run test:mutation`.
// Stryker changes one small thing at a time in the code below (a `<` into `<=`, a `+ 1` into `- 1`,
// a string into "") and runs the unit tests that reach it; a change no test notices "survives".
// The score per folder is printed by tests/mutation/summary.mjs; survivors judged equivalent are
// listed in docs/MUTATION.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'shared/domain/**/*.ts',
    'shared/dates/**/*.ts',
    'shared/documents/layout/**/*.ts',
    // Types only, and the font's measured advance widths (data, not rules).
    '!shared/domain/types.ts',
    '!shared/documents/layout/tnr-widths.ts',
  ],
  coverageAnalysis: 'perTest',
  // Mutants in module-level constants (label tables, page measurements) are "static": each would need
  // the whole suite re-run with a fresh module graph. They are left out of the score (docs/MUTATION.md).
  ignoreStatic: true,
  // The machine is shared: one test process, and a run only re-tests what changed since the last one.
  concurrency: 1,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  ignorePatterns: ['dist', 'dist-electron', 'release', 'reports', 'test-results', 'playwright-report', '.data', 'tests/e2e'],
  timeoutMS: 20_000,
  reporters: ['clear-text', 'json', 'html', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
