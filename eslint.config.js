import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Layering (DEVELOPERS.md): shared <- core <- main; preload and renderer talk only through the contract. */
const noElectron = { name: 'electron', message: 'src/core and src/shared are plain Node: no electron import (tested in Node).' };

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'release/**', '.cache/**', 'node_modules/**', '.tools/**', 'test-results/**', 'playwright-report/**', 'resources/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // electron-builder loads its config and hooks with require(): CommonJS on purpose.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron, ...nodeBuiltins.map((name) => ({ name, message: 'src/shared is imported by the renderer: no Node built-ins.' }))],
        patterns: [{ group: ['**/core/**', '**/main/**', '**/preload/**', '**/renderer/**'], message: 'src/shared imports nothing of ours.' }],
      }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron],
        patterns: [{ group: ['**/main/**', '**/preload/**', '**/renderer/**'], message: 'src/core may import only src/shared.' }],
      }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer talks only to window.dossier.' }, ...nodeBuiltins.map((name) => ({ name, message: 'The renderer is a sandboxed web page: no Node built-ins.' }))],
        patterns: [{ group: ['**/core/**', '**/main/**', '**/preload/**'], message: 'The renderer may import only src/shared and its own modules.' }],
      }],
    },
  },
  {
    // Values from the schema modules would ship zod to the page: the renderer imports their
    // types only, and run-time values from shared/api/constants.
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          regex: '/shared/api(/(?!constants$|bridge$|events$)[^/]+)?$',
          allowTypeImports: true,
          message: 'Import types only from the contract schemas in the renderer; run-time values live in shared/api/constants, bridge and events.',
        }],
      }],
    },
  },
  {
    // Electron's main thread serves the window: no synchronous file or database calls there
    // (VS Code bans sync fs in main). Heavy work goes to core behind a worker.
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: 'CallExpression[callee.name=/Sync$/]', message: 'No synchronous calls on Electron\'s main thread: use the async API (node:fs/promises) or a worker.' },
        { selector: 'CallExpression[callee.property.name=/Sync$/]', message: 'No synchronous calls on Electron\'s main thread: use the async API (node:fs/promises) or a worker.' },
        { selector: 'NewExpression[callee.name="DatabaseSync"]', message: 'SQLite runs behind core\'s worker, never on Electron\'s main thread.' },
      ],
      'no-restricted-imports': ['error', {
        paths: [{ name: 'node:sqlite', message: 'SQLite runs behind core\'s worker, never on Electron\'s main thread.' }],
      }],
    },
  },
  {
    // A sandboxed preload has no Node: only `electron`'s renderer modules and our pure modules.
    // electron.d.ts brings Node's types along, so lint holds the line the compiler cannot.
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...['require', 'process', 'Buffer', '__dirname', '__filename', 'global', 'module', 'setImmediate'].map((name) => ({ name, message: 'Not available (or not wanted) in a sandboxed preload.' }))],
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'A sandboxed preload cannot load Node built-ins.' })),
        patterns: [{ group: ['**/core/**', '**/main/**', '**/renderer/**'], message: 'The preload may import only src/shared and itself.' }],
      }],
    },
  },
  {
    files: ['src/preload/bridge.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'bridge.ts is a pure factory; only preload/index.ts touches electron.' }, ...nodeBuiltins.map((name) => ({ name, message: 'A sandboxed preload cannot load Node built-ins.' }))],
      }],
    },
  },
);
