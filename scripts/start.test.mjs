import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  browserArgs,
  downloadError,
  EARLY_EXIT_MS,
  electronFailure,
  launchElectron,
  MIRROR_HINT,
  resolveElectron,
  startApp,
} from './start.mjs';

/** The launcher with each piece replaced by a stand-in that records what happened. */
function fakes({ resolved, run }) {
  const calls = { launched: [], browser: 0, log: [] };
  const deps = {
    resolveElectron: async () => resolved,
    launchElectron: async (electronPath) => {
      calls.launched.push(electronPath);
      return run;
    },
    startBrowserMode: async () => {
      calls.browser += 1;
    },
    log: (line) => calls.log.push(line),
  };
  return { deps, calls };
}

// What electron's install.js printed here, where only the npm registry can be reached.
const FAILED_DOWNLOAD = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at async FetchDownloader.download (file:///work/main/node_modules/@electron/get/dist/FetchDownloader.js:46:30)
/work/main/node_modules/electron/index.js:43
      throw new Error(
      ^

Error: Electron failed to install correctly. Please delete \`node_modules/electron\` and run "npx install-electron --no" manually.
    at getElectronPath (/work/main/node_modules/electron/index.js:43:13)`;

describe('startApp', () => {
  it('starts Electron when its binary is there, and ends with its exit code', async () => {
    const { deps, calls } = fakes({
      resolved: { path: '/e/electron' },
      run: { code: 0, signal: null, elapsedMs: 60_000, stoppedByUser: false },
    });
    expect(await startApp(deps)).toEqual({ mode: 'electron', code: 0 });
    expect(calls).toEqual({ launched: ['/e/electron'], browser: 0, log: [] });
  });

  it('falls back to browser mode when the binary cannot be downloaded, naming ELECTRON_MIRROR', async () => {
    const { deps, calls } = fakes({ resolved: { error: downloadError(FAILED_DOWNLOAD) } });
    expect(await startApp(deps)).toEqual({ mode: 'browser' });
    expect(calls.launched).toEqual([]);
    expect(calls.browser).toBe(1);
    expect(calls.log).toEqual([
      "Electron's binary could not be downloaded (fetch failed), so Dialogrum starts in browser mode.",
      MIRROR_HINT,
    ]);
    expect(MIRROR_HINT).toContain('ELECTRON_MIRROR');
    expect(calls.log.join('\n')).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('falls back when the binary cannot be started', async () => {
    const { deps, calls } = fakes({
      resolved: { path: '/e/electron' },
      run: { error: 'spawn /e/electron EACCES' },
    });
    expect(await startApp(deps)).toEqual({ mode: 'browser' });
    expect(calls.browser).toBe(1);
    expect(calls.log).toEqual([
      'Electron could not run here (spawn /e/electron EACCES), so Dialogrum starts in browser mode.',
    ]);
  });

  it('falls back when Electron dies at once (no display, missing libraries, sandbox)', async () => {
    const { deps, calls } = fakes({
      resolved: { path: '/e/electron' },
      run: { code: null, signal: 'SIGTRAP', elapsedMs: 400, stoppedByUser: false },
    });
    expect(await startApp(deps)).toEqual({ mode: 'browser' });
    expect(calls.log[0]).toContain('it was ended by SIGTRAP');
    expect(calls.browser).toBe(1);
  });

  it('does not fall back after the app has run, or when the user stopped it', async () => {
    for (const run of [
      { code: 1, signal: null, elapsedMs: EARLY_EXIT_MS, stoppedByUser: false },
      { code: null, signal: 'SIGINT', elapsedMs: 300, stoppedByUser: true },
    ]) {
      const { deps, calls } = fakes({ resolved: { path: '/e/electron' }, run });
      const result = await startApp(deps);
      expect(result.mode).toBe('electron');
      expect(calls.browser).toBe(0);
    }
  });
});

describe('electronFailure', () => {
  it('names an early non-zero exit and ignores a clean one', () => {
    const run = { signal: null, elapsedMs: 200, stoppedByUser: false };
    expect(electronFailure({ ...run, code: 127 })).toBe('it exited with code 127');
    expect(electronFailure({ ...run, code: 0 })).toBeNull();
  });
});

describe('downloadError', () => {
  it('takes the first error message, not the stack', () => {
    expect(downloadError(FAILED_DOWNLOAD)).toBe('fetch failed');
    expect(downloadError('HTTPError: Response code 404 (Not Found)\n    at x')).toBe(
      'Response code 404 (Not Found)',
    );
    expect(downloadError('')).toBe('no reason was given');
  });
});

describe('browserArgs', () => {
  it('opens a workshop file given to npm start, and drops Electron switches', () => {
    expect(browserArgs(['--inspect', 'a.dialogrum'])).toEqual(['--open', 'a.dialogrum']);
    expect(browserArgs(['--inspect'])).toEqual([]);
  });
});

describe('the real resolver and launcher, against stand-in packages', () => {
  /** A folder whose node_modules/electron/index.js is `source`. */
  async function withElectron(source) {
    const dir = await mkdtemp(path.join(tmpdir(), 'dialogrum-start-'));
    await mkdir(path.join(dir, 'node_modules', 'electron'), { recursive: true });
    await writeFile(path.join(dir, 'node_modules', 'electron', 'index.js'), source);
    return dir;
  }
  const sink = () => {
    const lines = [];
    return { lines, write: (text) => lines.push(text) };
  };

  it('gets the path the electron package exports', async () => {
    const dir = await withElectron("module.exports = '/opt/electron/electron';");
    try {
      expect(await resolveElectron(dir, sink())).toEqual({ path: '/opt/electron/electron' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("turns a failed download into its reason, passing on the package's progress line", async () => {
    // What electron/index.js does here: announce, run install.js (which prints the stack), throw.
    const dir = await withElectron(`console.log('Downloading Electron binary...');
console.error(${JSON.stringify(FAILED_DOWNLOAD)});
throw new Error('Electron failed to install correctly.');`);
    try {
      const out = sink();
      expect(await resolveElectron(dir, out)).toEqual({ error: 'fetch failed' });
      expect(out.lines).toEqual(['Downloading Electron binary...\n']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports how Electron ended, or that it could not be started', async () => {
    // Node stands in for the binary: `node .` runs the folder's index.js.
    const dir = await mkdtemp(path.join(tmpdir(), 'dialogrum-start-'));
    try {
      await writeFile(path.join(dir, 'index.js'), 'process.exit(3);');
      const run = await launchElectron(process.execPath, [], dir);
      expect(run).toMatchObject({ code: 3, signal: null, stoppedByUser: false });
      expect(electronFailure(run)).toBe('it exited with code 3');
      const missing = await launchElectron(path.join(dir, 'no-electron'), [], dir);
      expect(missing).toEqual({ error: expect.stringContaining('ENOENT') });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
