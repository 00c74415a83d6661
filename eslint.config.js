// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'readline',
  'stream',
  'tls',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];
const noNode = [
  { group: ['node:*'], message: 'Node modules belong in main/ (the host), not here.' },
  ...nodeBuiltins.map((name) => ({ group: [name], message: 'Node modules belong in main/.' })),
];
const noElectron = {
  group: ['electron', 'electron/*', 'electron-store'],
  message: 'Only the Electron shell (main/electron/) may import electron.',
};

/**
 * The layering, as a lint rule (after VS Code's common / node / browser / electron-main):
 * shared/ is pure; renderer/ reaches the host only through its client; only main/electron/
 * touches Electron.
 */
const layers = [
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    patterns: [
      ...noNode,
      noElectron,
      {
        group: ['react', 'react-dom', 'ws', '**/main/**', '**/renderer/**'],
        message: 'shared/ is pure domain code.',
      },
    ],
    globals: true,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    patterns: [
      ...noNode,
      noElectron,
      {
        group: ['**/main/**', 'ws'],
        message: 'The renderer reaches the host only through its client.',
      },
    ],
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    patterns: [
      noElectron,
      { group: ['**/renderer/**'], message: 'The host does not import views.' },
    ],
  },
];

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layers.map(({ files, ignores, patterns, globals: pure }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      ...(pure
        ? {
            'no-restricted-globals': [
              'error',
              ...[
                'window',
                'document',
                'process',
                'require',
                'Buffer',
                '__dirname',
                'localStorage',
                'navigator',
              ].map((name) => ({ name, message: 'shared/ is pure: no DOM and no Node globals.' })),
            ],
          }
        : {}),
    },
  })),
  {
    files: ['**/*.cjs', 'main/electron/preload.cts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
