import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type Page } from '@playwright/test';
import type { DialogrumBridge } from '../../shared/api';

/**
 * The real app in the real Electron: console and projector windows open, the preload's bridge
 * answers, and the page has no Node. Needs Electron's binary, which `npm install` does not fetch
 * for Electron 45 (it downloads on first use); where it is missing the test is skipped, saying so.
 */

const ROOT = process.cwd();
const ELECTRON_PACKAGE = path.join(ROOT, 'node_modules', 'electron');

/**
 * Where Electron's binary is, found the way node_modules/electron/index.js finds it, but without
 * requiring that module: requiring it starts a download when the binary is missing.
 */
function electronBinary(): { path: string } | { missing: string } {
  const pathFile = path.join(ELECTRON_PACKAGE, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = path.join(override, relative ?? 'electron');
    return fs.existsSync(binary) ? { path: binary } : { missing: binary };
  }
  if (relative === null) return { missing: `${pathFile} (Electron was never downloaded)` };
  const binary = path.join(ELECTRON_PACKAGE, 'dist', relative);
  return fs.existsSync(binary) ? { path: binary } : { missing: binary };
}

const BUILT = [
  'dist/main/electron/main.js',
  'dist/main/electron/preload.cjs',
  'dist/renderer/index.html',
  'dist/renderer/projector.html',
];

const binary = electronBinary();
const unbuilt = BUILT.filter((file) => !fs.existsSync(path.join(ROOT, file)));
const noDisplay =
  process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

test.skip(
  'missing' in binary,
  `Electron's binary is not installed (${'missing' in binary ? binary.missing : ''}). ` +
    'Run `npx install-electron` (or `npm start`) once to download it, then run this test again.',
);
test.skip(
  unbuilt.length > 0,
  `The app is not built (${unbuilt.join(', ')}): run \`npm run build\`.`,
);
test.skip(noDisplay, 'No display to open windows on: run under `xvfb-run` on a headless Linux.');

async function pageEndingWith(windows: () => Page[], file: string): Promise<Page> {
  await expect.poll(() => windows().some((w) => w.url().endsWith(file))).toBe(true);
  const found = windows().find((w) => w.url().endsWith(file));
  if (!found) throw new Error(`No window shows ${file}`);
  return found;
}

test('starts with a visible console and a projector window, talking to the host', async () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'dialogrum-smoke-'));
  const app = await electron.launch({
    executablePath: 'path' in binary ? binary.path : '',
    // Chromium refuses to start as root (CI containers) with its sandbox on.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.'],
    cwd: ROOT,
    // Settings, browser data and workshops in a temporary folder, not the user's own.
    env: { ...process.env, DIALOGRUM_HOME: home },
  });
  try {
    const windows = () => app.windows();
    const consolePage = await pageEndingWith(windows, '/dist/renderer/index.html');
    const projectorPage = await pageEndingWith(windows, '/dist/renderer/projector.html');

    await expect(consolePage.getByTestId('undo')).toBeVisible();
    await expect(projectorPage.getByTestId('projector-root')).toBeAttached();
    const shown = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => ({
        url: w.webContents.getURL(),
        visible: w.isVisible(),
      })),
    );
    expect(shown).toHaveLength(2);
    expect(shown.find((w) => w.url.endsWith('index.html'))?.visible).toBe(true);

    const fromPage = await consolePage.evaluate(async () => {
      const bridge = (window as Window & { dialogrum?: DialogrumBridge }).dialogrum;
      const response = await bridge?.request('getState', undefined);
      return {
        bridgeKeys: bridge ? Object.keys(bridge).sort() : null,
        ok: response?.ok ?? null,
        hasRequire: typeof (globalThis as { require?: unknown }).require !== 'undefined',
        hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
      };
    });
    expect(fromPage).toEqual({
      bridgeKeys: ['onEvent', 'request'],
      ok: true,
      hasRequire: false,
      hasProcess: false,
    });
  } finally {
    await app.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
});
