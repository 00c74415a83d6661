// Bundles the host for Node and Electron with esbuild. The renderer is built by Vite (vite.config.ts).
// The preload stays CommonJS: a sandboxed preload cannot load ESM.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';

// DIALOGRUM_DIST_DIR: build somewhere else than dist/ (engineers building side by side).
const out = `${process.env.DIALOGRUM_DIST_DIR ?? 'dist'}/main`;

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // Native and Electron modules stay outside the bundle.
  external: ['electron', 'electron-store', 'conf', 'ws', 'bufferutil', 'utf-8-validate'],
};

const esmEntries = {
  serve: 'main/serve.ts',
  cli: 'main/cli.ts',
  'electron/main': 'main/electron/main.ts',
};
const present = Object.fromEntries(Object.entries(esmEntries).filter(([, f]) => existsSync(f)));

const esm = {
  ...common,
  outdir: out,
  format: 'esm',
  outExtension: { '.js': '.js' },
  // Bundled CommonJS dependencies may call require(); give ESM output one.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
};

await build({ ...esm, entryPoints: present });

// The export worker thread (main/exporters/exportInWorker.ts finds it beside serve/cli/electron),
// split so that exceljs and docx load as their own chunks only for their format: a thread that
// parsed the whole 4 MB bundle held ~30 MB more (test/bench/exports.ts).
const workerChunks = 'exportWorker-chunks';
rmSync(`${out}/${workerChunks}`, { recursive: true, force: true }); // no stale chunks shipped
await build({
  ...esm,
  entryPoints: { exportWorker: 'main/exporters/exportWorker.ts' },
  splitting: true,
  chunkNames: `${workerChunks}/[name]-[hash]`,
});

if (existsSync('main/electron/preload.cts')) {
  await build({
    ...common,
    entryPoints: { 'electron/preload': 'main/electron/preload.cts' },
    outdir: out,
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
  });
}
