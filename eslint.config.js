// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layering of ARCHITECTURE.md, enforced here rather than by goodwill:
 *   shared/            imports nothing outside shared/: no Node, no Electron, no React
 *   renderer/          shared/ and its own files; never electron/ or Node
 *   electron/services  shared/ and Node; never 'electron', never the shell or the hosts
 *   electron/main, electron/preload   the only code that imports 'electron'
 *
 * Imports between layers are relative, so a pattern on the path says where an import goes.
 * (eslint-plugin-import-x would resolve them, but its native resolver has no builds for most
 * platforms in our registry, which breaks `npm ci`.)
 */
const NODE_MODULES = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const NO_ELECTRON = {
  name: 'electron',
  message: "Only electron/main and electron/preload import 'electron'.",
};

/** A no-restricted-imports rule: no 'electron' (unless allowed), optionally no Node, and path patterns. */
function restrictImports({ electron = false, node = true, folders = [], message = '' }) {
  const paths = [
    ...(electron ? [] : [NO_ELECTRON]),
    ...(node ? [] : NODE_MODULES.map((name) => ({ name, message: 'No Node APIs here.' }))),
  ];
  const patterns = folders.length > 0 ? [{ regex: `(^|/)(${folders.join('|')})/`, message }] : [];
  return ['error', { paths, patterns }];
}

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
    rules: {
      'no-restricted-imports': restrictImports({}),
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
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': restrictImports({
        node: false,
        folders: ['electron', 'renderer', 'tests', 'bench', 'docs'],
        message: 'shared/ is the pure domain core: it imports only shared/.',
      }),
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': restrictImports({
        node: false,
        folders: ['electron', 'tests', 'bench', 'docs'],
        message: 'The renderer talks to the services only through the contract.',
      }),
    },
  },
  {
    files: ['electron/services/**'],
    rules: {
      'no-restricted-imports': restrictImports({
        folders: ['main', 'preload', 'host', 'cli', 'launcher', 'renderer'],
        message: 'Services are plain Node, shared by every host: they import no host.',
      }),
    },
  },
  {
    files: ['electron/host/**', 'electron/cli/**', 'electron/launcher/**'],
    rules: {
      'no-restricted-imports': restrictImports({
        folders: ['main', 'preload', 'renderer'],
        message: 'The browser host, the CLI and the launcher run without Electron.',
      }),
    },
  },
  {
    files: ['electron/main/**'],
    rules: {
      'no-restricted-imports': restrictImports({
        electron: true,
        folders: ['preload', 'host', 'cli', 'launcher', 'renderer'],
        message: 'The shell uses the services, not the other hosts.',
      }),
    },
  },
  {
    files: ['electron/preload/**'],
    rules: {
      'no-restricted-imports': restrictImports({
        electron: true,
        folders: ['services', 'main', 'host', 'cli', 'launcher', 'renderer'],
        message: 'The sandboxed preload only bridges the contract.',
      }),
    },
  },
  {
    files: ['tests/unit/shell/**'],
    rules: { 'no-restricted-imports': restrictImports({ electron: true }) },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts', 'tests/renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['electron/**', 'tests/**', 'bench/**', 'docs/**', '*.js', '*.ts'],
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
