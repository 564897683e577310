// The unit tests that cover the rules under mutation testing (shared/domain, shared/dates and the
// document layout rules). Used only by `npm run test:mutation` (stryker.config.mjs): the integration
// tests and the host tests exercise the same rules through SQLite and HTTP, far too slowly to be run
// once per mutant on a shared 2-core machine.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.ts'],
    // The architecture tests read the source files and run ESLint over the repository: they never call
    // the rules, and the ESLint run can pass the test timeout on a loaded machine, which stops a run.
    exclude: [
      'tests/unit/security/**',
      'tests/unit/storage/**',
      'tests/unit/architecture/**',
      'tests/unit/desktop-actions.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    // One module graph for the whole run: the rules are pure, and a mutant is switched on by Stryker's
    // global flag, not by reloading the code, so re-importing docx for every mutant is only waiting.
    isolate: false,
  },
});
