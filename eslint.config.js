// Lint keeps the architecture (../shared/guide/architecture.md, "Imports run one way") true by rule, not
// memory: the layers of src/ import only to their left, features do not reach into each other, the build
// scripts take only pure modules from src/, and no import cycle forms.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import { layerZones } from './eslint/layer-zones.js';

const featureFolders = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default defineConfig(
  {
    ignores: ['dist/', 'public/', 'test-artifacts/', 'coverage/', '**/node_modules/', 'dev-dist/', 'bench/.tmp/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones(featureFolders) }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      // These two judge code by what the React Compiler can memoise, and the app does not run it. The window-
      // level input hooks keep the latest value in a ref on purpose (a listener added once reads it), and a
      // state that restarts when its input changes is set in the effect that watches the input.
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    // The pinyin dictionary is a build-time devDependency: only the search index's builder may load it, and
    // the app reads the built index instead.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/data/search-keys.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'pinyin-pro', message: 'Build-time only: the app reads public/data/search-index.json.' }],
          patterns: [{ group: ['**/search-keys'], message: 'Build-time only: the app reads public/data/search-index.json.' }],
        },
      ],
    },
  },
  {
    // Numbers and dates are formatted in one place, so every view writes them alike.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/i18n/format.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.object.name='Intl'][callee.property.name=/^(NumberFormat|DateTimeFormat)$/]",
          message: 'Use formatNumber or formatDate from src/i18n/format.ts.',
        },
      ],
    },
  },
  {
    // The query string is read and written by src/state/url.ts alone; the others ask it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test/**', 'src/state/url.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'URLSearchParams', message: 'Ask src/state/url.ts, which owns every link parameter.' }],
    },
  },
  {
    // Plan geometry is being rewritten as data; an unused import there is reported without failing the lint.
    files: ['data/geometry/**'],
    rules: { '@typescript-eslint/no-unused-vars': 'warn' },
  },
);
