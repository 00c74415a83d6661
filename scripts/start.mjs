// `npm start` (after `npm run build`): the desktop app in Electron. Where Electron's binary cannot
// be downloaded (networks that reach only the npm registry) or Electron cannot run, it says so in
// a line and starts browser mode instead of ending in a stack trace.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { distDir } from './buildStamp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Electron ending sooner than this, not by our hand and not with 0, could not run here. */
export const EARLY_EXIT_MS = 5_000;

export const MIRROR_HINT =
  "For the desktop app, set ELECTRON_MIRROR to a mirror of Electron's releases that this " +
  'network can reach and run npm start again (npm run serve starts browser mode directly).';

/**
 * Why a run of Electron means it cannot run here, or null when it ran (ended with 0, was
 * stopped by the user, or ran long enough that its end is the app's, not Electron's).
 * @param {{ error: string } | { code: number | null, signal: string | null, elapsedMs: number, stoppedByUser: boolean }} run
 * @returns {string | null}
 */
export function electronFailure(run) {
  if ('error' in run) return run.error;
  if (run.stoppedByUser || run.code === 0 || run.elapsedMs >= EARLY_EXIT_MS) return null;
  return run.code === null ? `it was ended by ${run.signal}` : `it exited with code ${run.code}`;
}

/** The first error message in a download's output ("TypeError: fetch failed" → "fetch failed"). */
export function downloadError(output) {
  const match = /^\s*(?:\w*Error|Error)(?: \[[^\]]*\])?: (.+)$/m.exec(output);
  return match?.[1]?.trim() ?? 'no reason was given';
}

/** A workshop file among Electron's arguments (`npm start -- x.dialogrum`) opens in browser mode too. */
export function browserArgs(args) {
  const file = args.filter((arg) => !arg.startsWith('-') && /\.dialogrum$/i.test(arg)).at(-1);
  return file === undefined ? [] : ['--open', file];
}

/**
 * Electron, or browser mode when Electron cannot be had. Everything that touches the machine is
 * passed in, so the choice is tested without Electron.
 * @returns {Promise<{ mode: 'electron', code: number } | { mode: 'browser' }>}
 */
export async function startApp({ resolveElectron, launchElectron, startBrowserMode, log }) {
  const resolved = await resolveElectron();
  if ('error' in resolved) {
    log(
      `Electron's binary could not be downloaded (${resolved.error}), so Dialogrum starts in browser mode.`,
    );
    log(MIRROR_HINT);
    await startBrowserMode();
    return { mode: 'browser' };
  }
  const run = await launchElectron(resolved.path);
  const failure = electronFailure(run);
  if (failure === null) {
    return { mode: 'electron', code: run.code ?? (run.stoppedByUser ? 0 : 1) };
  }
  log(`Electron could not run here (${failure}), so Dialogrum starts in browser mode.`);
  await startBrowserMode();
  return { mode: 'browser' };
}

const PATH_MARK = 'dialogrum-electron-path:';

/**
 * The `electron` package's export: the binary's path, downloading it on first use. In a child
 * with piped output, because a failed download prints its stack straight to the terminal; its
 * other lines ("Downloading Electron binary...") are passed on as they come.
 */
export function resolveElectron(cwd = root, out = process.stdout) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['-e', `process.stdout.write('\\n${PATH_MARK}' + require('electron') + '\\n')`],
      { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let pending = '';
    let found = null;
    let errors = '';
    child.stdout.on('data', (chunk) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(PATH_MARK)) found = line.slice(PATH_MARK.length);
        else if (line.trim()) out.write(`${line}\n`);
      }
    });
    child.stderr.on('data', (chunk) => (errors += chunk.toString()));
    child.on('error', (error) => resolve({ error: error.message }));
    child.on('close', (code) => {
      resolve(code === 0 && found ? { path: found } : { error: downloadError(errors) });
    });
  });
}

/** `electron .` as the package's own cli.js runs it: Ctrl+C and kill are passed on. */
export function launchElectron(electronPath, args, cwd = root) {
  return new Promise((resolve) => {
    const started = Date.now();
    let stoppedByUser = false;
    const child = spawn(electronPath, ['.', ...args], { cwd, stdio: 'inherit' });
    const forward = (signal) => {
      stoppedByUser = true;
      if (child.exitCode === null) child.kill(signal);
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    let settled = false;
    const done = (result) => {
      if (settled) return;
      settled = true;
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(result);
    };
    child.on('error', (error) => done({ error: error.message }));
    child.on('exit', (code, signal) =>
      done({ code, signal, elapsedMs: Date.now() - started, stoppedByUser }),
    );
  });
}

/**
 * Browser mode in this process (as scripts/serve.mjs does): its own Ctrl+C handling closes the
 * workshop cleanly, which a second process receiving the signal twice would cut short.
 */
export async function startBrowserMode(args, dist = distDir(root)) {
  process.argv.splice(2, Infinity, ...browserArgs(args));
  await import(pathToFileURL(path.join(dist, 'main', 'serve.js')).href);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const result = await startApp({
    resolveElectron: () => resolveElectron(),
    launchElectron: (electronPath) => launchElectron(electronPath, args),
    startBrowserMode: () => startBrowserMode(args),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  // Browser mode keeps running in this process and ends itself on Ctrl+C.
  if (result.mode === 'electron') process.exit(result.code);
}
