// Lint holds what review used to: type-aware rules from typescript-eslint, and no import cycles
// (a cycle is how layers start leaking into each other).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.neo4j/',
      '.corenlp/',
      'db/launcher/target/',
      'nlp/target/',
      'bench/data/',
      'coverage/',
      'test-output/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Apollo's plugin hooks and the driver's transaction callbacks must return promises; an
      // async function without await is the plain way to write one that has nothing to wait for.
      '@typescript-eslint/require-await': 'off',
      // A leading underscore marks a binding that exists for its position (Express's four-argument
      // error handler) or to omit a property by destructuring; the rest stay errors.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    plugins: { import: importPlugin },
    settings: {
      // The plugin parses each imported file itself; without a TypeScript parser for .ts files it
      // cannot read them and silently sees no cycle.
      'import/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import/resolver': { typescript: { project: ['tsconfig.json'] }, node: true },
    },
    rules: {
      'import/no-cycle': 'error',
      // Layers in one direction (folder cycles and the graph layer's own rules are checked over the
      // whole import graph by dependency-cruiser, in .dependency-cruiser.cjs).
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              // Every file of src/ but main.ts (an extended glob: `except` would name sources, not targets).
              target: ['./src/*/**', './src/!(main).ts'],
              from: ['./seed', './db', './nlp', './scripts', './bench', './extract'],
              message: 'src/ is the ground floor: only src/main.ts, the composition root, may import the commands.',
            },
            {
              target: './src/domain',
              from: ['./src/graph', './src/graphql', './src/http', './src/export', './src/auth', './src/extract'],
              message:
                'src/domain/ holds the rules of sources, facts and claims; it knows nothing of the layers above.',
            },
          ],
        },
      ],
      // Option objects beyond three: a fourth positional argument is where call sites start to
      // pass values in the wrong order.
      'max-params': ['error', 3],
    },
  },
  {
    // A function should fit on a screen; past 60 lines of code (comments and blank lines aside),
    // it is doing several things that want names of their own.
    files: ['src/**/*.ts', 'public/**/*.js'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Signatures fixed by the libraries that call them: graphql-js resolvers (parent, args,
    // context, info) and graphql-ws's hooks.
    files: [
      'src/graphql/resolvers/**',
      'src/graphql/operation/read-response-key.ts',
      'src/graphql/subscriptions/serve-subscriptions.ts',
    ],
    rules: { 'max-params': 'off' },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: { ...globals.browser, cytoscape: 'readonly', graphqlWs: 'readonly' },
    },
  },
  {
    files: ['jest.config.js', 'test/support/closing-line-reporter.js', 'test/export/run-d3-force.mjs'],
    languageOptions: { globals: globals.node },
  },
);
