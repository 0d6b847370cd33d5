import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * `rules/` folders and `shared/` hold pure functions: plain data in, plain data out. They may not
 * reach I/O (database, network, files, HTTP, CLI), the stores or use cases, nor read the clock.
 */
const impureModules = [
  {
    group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'net', 'http', 'https'],
    message: 'rules are pure: no I/O.',
  },
  {
    group: ['pg', '@electric-sql/*', 'drizzle-orm', 'drizzle-orm/*'],
    message: 'rules never touch the database.',
  },
  { group: ['fastify', '@fastify/*', 'commander'], message: 'rules know nothing of the entry points.' },
  {
    group: [
      '**/platform/**',
      '**/use-cases/**',
      '**/store',
      '**/store.ts',
      '**/schema',
      '**/schema.ts',
      '**/http/**',
      '**/cli/**',
      '**/web/**',
      '**/app.ts',
    ],
    message: 'rules import only rules/ and shared/.',
  },
];

const clockReads = [
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'rules take the time as an argument (asOf).',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'rules take the time as an argument (asOf).',
  },
  {
    selector: "MemberExpression[object.name='Temporal'][property.name='Now']",
    message: 'rules take the time as an argument (asOf).',
  },
  {
    selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']",
    message: 'rules take the time as an argument.',
  },
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
    message: 'rules are deterministic.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'migrations/', 'coverage/', 'dist/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/rules/**/*.ts', 'src/shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: impureModules }],
      'no-restricted-syntax': ['error', ...clockReads],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**', 'bench/**', 'scripts/**', 'bin/**'],
    rules: { 'no-console': 'off' },
  },
);
