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

const mainPatterns = [
  noElectron,
  { group: ['**/renderer/**'], message: 'The host does not import views.' },
];
/** Relative imports of main/<name> (a folder or a file), from anywhere below main/. */
const segment = (name) => [`**/${name}`, `**/${name}/**`, `**/${name}.js`];

/**
 * The layering, as a lint rule (after VS Code's common / node / browser / electron-main):
 * shared/ is pure; renderer/ reaches the host only through its client; only main/electron/
 * touches Electron. Inside main/: platform/ (files, atomic writes, queues) imports nothing else
 * from main/; host/ may not import server/, cli/ or electron/; server/ may import host/, but not
 * cli/ or electron/.
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
    // Its tests run the same pure code: no Node either (a check that needs files goes to test/unit).
    files: ['shared/**/*.test.ts'],
    patterns: [...noNode, noElectron],
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
    patterns: mainPatterns,
  },
  // main/'s own layers. Each entry repeats mainPatterns: a later entry replaces an earlier
  // entry's options for the same rule, it does not add to them.
  {
    files: ['main/host/**/*.ts'],
    patterns: [
      ...mainPatterns,
      {
        group: [
          ...segment('server'),
          ...segment('cli'),
          ...segment('serve'),
          ...segment('electron'),
        ],
        message:
          'The host owns the interfaces it needs (main/host/hostTypes.ts); the server, the CLI and the shell pass it their implementations.',
      },
    ],
  },
  {
    files: ['main/platform/**/*.ts'],
    patterns: [
      ...mainPatterns,
      {
        group: ['host', 'server', 'cli', 'serve', 'electron', 'exporters', 'settings'].flatMap(
          segment,
        ),
        message:
          'main/platform/ is the bottom of main/: Node and shared/ only, nothing else in main/.',
      },
    ],
  },
  {
    files: ['main/server/**/*.ts'],
    patterns: [
      ...mainPatterns,
      {
        group: [...segment('cli'), ...segment('serve'), ...segment('electron')],
        message: 'The server may use the host, not the command line or the Electron shell.',
      },
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
