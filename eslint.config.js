import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * `no-restricted-imports` for renderer code. A later config block replaces the rule of an earlier
 * one (it does not add to it), so every block lists the renderer-wide bans too: Electron only
 * through platform/, and nothing of the hub's but src-shared/.
 */
const NO_ELECTRON = { name: 'electron', message: 'Use src-renderer/platform instead.' };
const NO_HUB = { group: ['**/src-hub/**'], message: 'The app shares only src-shared/protocol with the hub.' };
const NO_DEXIE = [
  NO_ELECTRON,
  {
    name: 'dexie',
    message: 'Only data/ touches Dexie: read through data/ hooks, write through bound writers (data/bound.ts).',
  },
  { name: 'dexie-react-hooks', message: 'Only data/ touches Dexie: wrap the live query in a data/ hook.' },
];
const NO_DATABASE = {
  group: ['**/data/db', '**/data/DatabaseContext'],
  message: 'No component holds the database: use a data/ hook (reads) or bound writers (data/bound.ts).',
};
const rendererImports = (paths, patterns) => ['error', { paths, patterns: [NO_HUB, ...patterns] }];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'screenshots/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // About 400 lines is the signal to split a module by responsibility (a warning: lint runs with zero warnings allowed).
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
      // Async functions without await implement promise-returning contracts (platform, IPC): fine.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer never talks to Electron directly: only through platform/ and the preload API.
      'no-restricted-imports': rendererImports([NO_ELECTRON], []),
    },
  },
  {
    // Layers point down: features/, ui/ and intents/ never import the shell (app/), and no component
    // holds the database.
    files: [
      'src-renderer/features/**/*.{ts,tsx}',
      'src-renderer/ui/**/*.{ts,tsx}',
      'src-renderer/intents/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': rendererImports(NO_DEXIE, [
        NO_DATABASE,
        {
          group: ['**/app/**', '../app', '../../app'],
          message:
            'features/, ui/ and intents/ may not import from app/ (the shell): use a lower module such as intents/.',
        },
      ]),
    },
  },
  {
    // The shell holds no database either; App.tsx, the composition root, hands it to DatabaseProvider.
    files: ['src-renderer/app/**/*.{ts,tsx}'],
    ignores: ['src-renderer/app/App.tsx'],
    rules: { 'no-restricted-imports': rendererImports(NO_DEXIE, [NO_DATABASE]) },
  },
  {
    // intents/ (the user intents) sits under the shell and the features that use them.
    files: ['src-renderer/intents/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': rendererImports(NO_DEXIE, [
        NO_DATABASE,
        {
          group: ['**/app/**', '**/features/**'],
          message: 'intents/ sits under the shell and the features: it imports neither.',
        },
      ]),
    },
  },
  {
    // Only the typed IPC wrappers may touch ipcMain / ipcRenderer.
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/ipc/register.ts', 'src-main/preload/index.ts', 'src-main/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='ipcMain']", message: 'Register IPC handlers through src-main/ipc/register.ts.' },
        { selector: "Identifier[name='ipcRenderer']", message: 'Only the preload talks to ipcRenderer.' },
      ],
    },
  },
  {
    files: ['src-renderer/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'react/**',
                'dexie',
                'dexie-*',
                'electron',
                '@tiptap/*',
                '**/data/**',
                '**/features/**',
                '**/app/**',
                '**/ui/**',
                '**/platform/**',
                '**/pdf/**',
                '**/src-hub/**',
                '**/src-main/**',
              ],
              message:
                'domain/ is plain TypeScript: no React, Dexie, Electron, app layers or server code at any depth.',
            },
          ],
        },
      ],
    },
  },
  {
    // The protocol the app and the hub share is neutral ground: zod and its own files, nothing else.
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^(?!zod$|\\./)', message: 'src-shared/protocol imports only zod and its own modules.' }],
        },
      ],
    },
  },
  {
    files: ['src-hub/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src-renderer/**', '**/src-main/**'],
              message: 'The hub imports only the shared protocol (src-shared/), never app code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
