// ESLint, run by `npm run lint` (part of `npm test`). Types are checked by tsc (`npm run typecheck`);
// this adds the rules tsc does not know: typescript-eslint's recommended set, the two rules of hooks,
// and no disable comment without a reason.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * `// eslint-disable-next-line some-rule -- why` : a disable comment must say why after "--".
 * @type {import('eslint').Rule.RuleModule}
 */
const disableNeedsReason = {
  meta: {
    type: 'problem',
    docs: { description: 'an eslint-disable comment must give its reason after "--"' },
    schema: [],
  },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const text = comment.value.trim();
          if (!/^eslint-disable(-next-line|-line)?\b/.test(text)) continue;
          const reason = text.split(/\s--\s/)[1];
          if (!reason || reason.trim() === '') {
            context.report({ loc: comment.loc, message: 'Disable comment without a reason: add "-- <why>".' });
          }
        }
      },
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist-electron/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      '.stryker-tmp*/**',
      '.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { local: { rules: { 'disable-needs-reason': disableNeedsReason } } },
    rules: {
      'local/disable-needs-reason': 'error',
      // Names starting with "_" are kept on purpose (a parameter a signature needs, a discarded part).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // A migration takes Kysely<any> on purpose: it must not depend on today's table types, which
    // describe the schema after every migration (docs/ARCHITECTURE.md, Database).
    files: ['db/migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The classic rules of hooks. The React Compiler rules of the plugin's newer "recommended" set are
    // left out: the app does not use the compiler.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
