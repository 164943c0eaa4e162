// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/**
 * The layering of ARCHITECTURE.md, enforced here rather than by goodwill:
 *   shared/            imports nothing outside shared/: no Node, no Electron, no React
 *   renderer/          shared/ and its own files; never electron/ or Node
 *   electron/services  shared/ and Node; never 'electron', never the shell or the hosts
 *   electron/main, electron/preload   the only code that imports 'electron'
 */
const layering = {
  'import-x/no-restricted-paths': [
    'error',
    {
      zones: [
        {
          target: './shared',
          from: ['./electron', './renderer', './tests', './bench'],
          message: 'shared/ is the pure domain core: it imports only shared/.',
        },
        {
          target: './renderer',
          from: ['./electron', './tests', './bench'],
          message: 'The renderer talks to the services only through the contract.',
        },
        {
          target: './electron/services',
          from: [
            './renderer',
            './electron/main',
            './electron/preload',
            './electron/host',
            './electron/cli',
          ],
          message: 'Services are plain Node, shared by every host: they import no host.',
        },
        {
          target: ['./electron/host', './electron/cli'],
          from: ['./renderer', './electron/main', './electron/preload'],
          message: 'The browser host and the CLI run without Electron.',
        },
        {
          target: './electron/preload',
          from: [
            './electron/services',
            './electron/main',
            './electron/host',
            './electron/cli',
            './renderer',
          ],
          message: 'The sandboxed preload only bridges the contract.',
        },
      ],
    },
  ],
};

const noElectron = {
  name: 'electron',
  message: "Only electron/main and electron/preload import 'electron'.",
};

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: [
          './tsconfig.node.json',
          './tsconfig.web.json',
          './tsconfig.e2e.json',
          './tsconfig.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      ...layering,
      'import-x/no-cycle': 'error',
      'no-restricted-imports': ['error', { paths: [noElectron] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Handlers implement a Promise-returning contract whether or not they wait on anything.
      '@typescript-eslint/require-await': 'off',
      // `onClick={() => setOpen(true)}` is the idiom; braces around it add nothing.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: [
      'electron/main/**',
      'electron/preload/**',
      'tests/unit/shell/**',
      'tests/e2e/electron.spec.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**', 'renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron,
            ...nodeModules.map((name) => ({ name, message: 'No Node APIs here.' })),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts', 'tests/renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['electron/**', 'tests/**', 'bench/**', '*.js', '*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // vi.fn() mocks are asserted on as detached methods: expect(app.quit).toHaveBeenCalled().
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
