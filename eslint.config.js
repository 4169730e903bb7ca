import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Layering (DEVELOPERS.md): shared <- core <- main; preload and renderer talk only through the contract. */
const noElectron = { name: 'electron', message: 'src/core and src/shared are plain Node: no electron import (tested in Node).' };

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', '.cache/**', 'node_modules/**', '.tools/**', 'test-results/**', 'playwright-report/**', 'resources/**', 'docs/**'] },
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
    files: ['src/preload/bridge.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'bridge.ts is a pure factory; only preload/index.ts touches electron.' }] }],
    },
  },
);
