// Layering is enforced here, not by convention: a forbidden import is a lint error (see
// src-main/core/__tests__/layering.test.ts, which proves each rule fires).
import js from '@eslint/js';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = {
  regex: `^(node:.*|${builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace('/', '\\/')).join('|')})(\\/.*)?$`,
  message: 'This layer must stay free of Node built-ins.',
};
const electron = { regex: '^electron(\\/.*)?$', message: 'Only src-main/hosts/electron may import electron.' };
const react = { regex: '^(react|react-dom|@mui\\/.*|@emotion\\/.*|zustand)(\\/.*)?$', message: 'UI libraries belong in src-renderer.' };
const layer = (name, message) => ({ regex: `(^|\\/)${name}(\\/|$)`, message });
const toMain = layer('src-main', 'Only src-main may import src-main; the renderer talks to it through IPC.');
const toRenderer = layer('src-renderer', 'Nothing imports the renderer.');
const toHosts = { regex: '(^|\\/)hosts(\\/|$)', message: 'The core must not depend on a host.' };
const toCli = { regex: '(^|\\/)cli(\\/|$)', message: 'The core must not depend on the CLI.' };
const toModules = { regex: '(^|\\/)(modules|ipc)(\\/|$)', message: 'src-renderer/ui is presentational: no feature modules, no IPC.' };

const restrict = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['*.config.{js,ts}', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(nodeBuiltins, electron, react, toMain, toRenderer) },
    languageOptions: { globals: {} },
  },
  {
    files: ['src-main/core/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(electron, react, toRenderer, toHosts, toCli) },
  },
  {
    files: ['src-main/hosts/node/**/*.ts', 'src-main/cli/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(electron, react, toRenderer) },
  },
  {
    files: ['src-main/hosts/electron/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(react, toRenderer) },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': restrict(nodeBuiltins, electron, toMain),
      // All data lives in the vault: the renderer keeps no copy of its own.
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'The renderer keeps no data of its own; ask the core through IPC.' },
        { name: 'indexedDB', message: 'The renderer keeps no data of its own; ask the core through IPC.' },
      ],
    },
  },
  {
    files: ['src-renderer/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(nodeBuiltins, electron, toMain, toModules) },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
