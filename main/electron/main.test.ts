import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HOST_EVENT_CHANNEL,
  HOST_REQUEST_CHANNEL,
  type HostEvent,
  type HostResponse,
  type StateSnapshot,
} from '../../shared/api';
import { CONSOLE_REQUEST_CHANNEL } from '../../shared/consoleRequests';
import type * as CreateHostModule from '../host/createHost';
import type { LocalHost } from '../host/createHost';
import { appPaths } from './appPaths';
import type * as FakeElectron from './fakeElectron';
import { shellStrings } from '../../shared/i18n/menuStrings';

/**
 * The whole shell, started the way Electron starts it (import main.ts, then "ready"), against the
 * fake electron module, with the real host and settings on a temporary disk.
 */
vi.mock('electron-store', () => import('./fakeElectronStore'));

const hostControl = vi.hoisted(() => ({
  hosts: [] as LocalHost[],
  closeCalls: 0,
  holdClose: false,
  release: (): void => undefined,
}));

// The real host, with its close() observable and, when a test asks, held open.
vi.mock('../host/createHost', async (importOriginal) => {
  const real = await importOriginal<typeof CreateHostModule>();
  return {
    ...real,
    createHost: async (options: CreateHostModule.CreateHostOptions) => {
      const host = await real.createHost(options);
      const close = host.close.bind(host);
      host.close = async () => {
        hostControl.closeCalls++;
        if (hostControl.holdClose) {
          await new Promise<void>((resolve) => {
            hostControl.release = resolve;
          });
        }
        await close();
      };
      hostControl.hosts.push(host);
      return host;
    },
  };
});

let fake: typeof FakeElectron;
let root: string;
const addAnna = {
  type: 'participant.add',
  participant: { id: 'p1', name: 'Anna', title: '', organisation: 'Region', present: true },
};

function currentHost(): LocalHost {
  const host = hostControl.hosts.at(-1);
  if (!host) throw new Error('No host started');
  return host;
}

function shellWindows() {
  const [consoleWindow, projector] = fake.BrowserWindow.created;
  if (!consoleWindow || !projector) throw new Error('The shell did not open its two windows');
  return { consoleWindow, projector };
}

const urls = () => appPaths(fake.app.appPath);

function request(
  window: FakeElectron.FakeBrowserWindow,
  url: string,
  name: string,
  payload?: unknown,
): Promise<HostResponse> {
  return fake.ipcMain.invoke(
    HOST_REQUEST_CHANNEL,
    { sender: window.webContents, senderFrame: { url, parent: null } },
    name,
    payload,
  ) as Promise<HostResponse>;
}

function menuItem(label: string): MenuItemConstructorOptions {
  const walk = (list: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    list.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? walk(i.submenu) : [])]);
  const found = walk(fake.Menu.current?.template ?? []).find((i) => i.label === label);
  if (!found) throw new Error(`No menu item ${label}`);
  return found;
}

/** Electron loads main.ts, time passes (`beforeReady`: e.g. macOS open-file), then ready. */
async function start(
  hooks: { prepare?: () => void; beforeReady?: () => void } = {},
): Promise<void> {
  hooks.prepare?.();
  await import('./main');
  hooks.beforeReady?.();
  fake.app.markReady();
  await vi.waitFor(() => expect(fake.Menu.current).not.toBeNull());
}

/** Quit the way a user does, and wait until Electron would really end. */
async function quit(): Promise<void> {
  fake.app.quit();
  await vi.waitFor(() => expect(fake.app.ended).toBe(true));
}

beforeEach(async () => {
  // A fresh app for every test: resetModules forgets main.ts and the fake, and doMock (unlike the
  // hoisted vi.mock, whose module is cached) hands main.ts the same fresh fake the test holds.
  vi.resetModules();
  vi.doMock('electron', () => import('./fakeElectron'));
  hostControl.hosts = [];
  hostControl.closeCalls = 0;
  hostControl.holdClose = false;
  fake = await import('./fakeElectron');
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dialogrum-shell-'));
  fake.app.appPath = path.join(root, 'app');
  fake.app.paths.set('userData', path.join(root, 'userData'));
  fake.app.paths.set('documents', path.join(root, 'Documents'));
});

afterEach(async () => {
  if (!fake.app.ended && hostControl.hosts.length > 0) await quit();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('starting', () => {
  it('opens a locked-down console and projector, each showing its own page', async () => {
    await start();
    expect(fake.app.sandboxEnabled).toBe(true);
    expect(fake.BrowserWindow.created).toHaveLength(2);
    for (const window of fake.BrowserWindow.created) {
      expect(window.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        preload: path.join(root, 'app', 'dist', 'main', 'electron', 'preload.cjs'),
      });
    }
    const { consoleWindow, projector } = shellWindows();
    expect(consoleWindow.loadedFile).toBe(urls().consolePage);
    expect(projector.loadedFile).toBe(urls().projectorPage);
  });

  it('guards every webContents it creates: navigation, window.open, permissions', async () => {
    await start();
    for (const { webContents } of fake.BrowserWindow.created) {
      expect(webContents.navigate('https://evil.example')).toBe(false);
      expect(webContents.navigate('file:///etc/passwd')).toBe(false);
      expect(webContents.navigate(`${urls().consoleUrl}.evil.html`)).toBe(false);
      expect(webContents.navigate(urls().consoleUrl)).toBe(true);
      expect(webContents.windowOpenHandler?.({ url: 'https://evil.example' })).toEqual({
        action: 'deny',
      });
      expect(webContents.session.permissionCheckHandler?.()).toBe(false);
    }
  });

  it('keeps workshops in Documents/Dialogrum', async () => {
    await start();
    const state = await request(shellWindows().consoleWindow, urls().consoleUrl, 'getState');
    expect(state.ok).toBe(true);
    const document = (state.ok && (state.result as StateSnapshot).document) || null;
    expect(path.dirname(document?.path ?? '')).toBe(path.join(root, 'Documents', 'Dialogrum'));
  });

  it('keeps everything under DIALOGRUM_HOME when it is set', async () => {
    const home = path.join(root, 'portable');
    vi.stubEnv('DIALOGRUM_HOME', home);
    try {
      await start();
    } finally {
      vi.unstubAllEnvs();
    }
    const state = await request(shellWindows().consoleWindow, urls().consoleUrl, 'getState');
    const document = (state.ok && (state.result as StateSnapshot).document) || null;
    expect(path.dirname(document?.path ?? '')).toBe(path.join(home, 'Documents', 'Dialogrum'));
    await request(shellWindows().consoleWindow, urls().consoleUrl, 'updateSettings', {
      language: 'en',
    });
    expect(fs.existsSync(path.join(home, 'userData', 'settings.json'))).toBe(true);
    // A portable or test run must not hand itself over to the user's own running Dialogrum.
    expect(fake.app.lockedIn).toBe(path.join(home, 'userData'));
  });

  it('as a second instance, hands over and quits without opening anything', async () => {
    fake.app.hasSingleInstanceLock = false;
    await import('./main');
    fake.app.markReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.app.quitRequests).toBe(1);
    expect(fake.BrowserWindow.created).toHaveLength(0);
    expect(hostControl.hosts).toHaveLength(0);
  });

  it('tells the user when the settings were unreadable, and where the file went', async () => {
    const settingsFile = path.join(root, 'userData', 'settings.json');
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    fs.writeFileSync(settingsFile, '{"language": "da", "recent": [');
    await start();
    shellWindows().consoleWindow.emit('ready-to-show');
    const strings = shellStrings('da');
    const warning = fake.dialog.messageBoxes.find(
      (b) => b.message === strings.settingsRecoveredTitle,
    );
    expect(warning?.type).toBe('warning');
    const moved = fs.readdirSync(path.dirname(settingsFile)).find((f) => f.includes('.corrupt-'));
    expect(moved).toBeDefined();
    expect(warning?.detail).toContain(path.join(path.dirname(settingsFile), moved ?? ''));
    expect(fs.readFileSync(path.join(path.dirname(settingsFile), moved ?? ''), 'utf8')).toBe(
      '{"language": "da", "recent": [',
    );
  });

  it('starts anyway when the workshop it was asked to open cannot be opened, and says so', async () => {
    const missing = path.join(root, 'gone.dialogrum');
    await start({
      beforeReady: () => fake.app.emit('open-file', new fake.FakeEvent(), missing),
    });
    shellWindows().consoleWindow.emit('ready-to-show');
    const warning = fake.dialog.messageBoxes.find(
      (b) => b.message === shellStrings('da').startupWarningsTitle,
    );
    expect(warning?.detail).toContain(missing);
    const state = await request(shellWindows().consoleWindow, urls().consoleUrl, 'getState');
    expect(state.ok).toBe(true);
  });
});

describe('IPC', () => {
  it('serves our pages, refuses strangers, and pushes events to both windows', async () => {
    await start();
    const { consoleWindow, projector } = shellWindows();
    const ok = await request(consoleWindow, urls().consoleUrl, 'dispatch', addAnna);
    expect(ok).toEqual({ ok: true, result: { revision: 1 } });
    for (const window of [consoleWindow, projector]) {
      const events = window.webContents.sent
        .filter((m) => m.channel === HOST_EVENT_CHANNEL)
        .map((m) => m.payload as HostEvent);
      expect(events).toContainEqual(expect.objectContaining({ type: 'patches', revision: 1 }));
    }
    const foreign = await request(consoleWindow, 'https://evil.example/', 'dispatch', addAnna);
    expect(foreign).toMatchObject({ ok: false, error: { code: 'transport-error' } });
    const bad = await request(projector, urls().projectorUrl, 'dispatch', { type: 'nope' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-command' } });
    expect((await currentHost().handlers.getState(undefined)).revision).toBe(1);
  });
});

describe('menu and keys', () => {
  it('Edit › Undo goes to the host; Ctrl+Y is left to the page', async () => {
    await start();
    const { consoleWindow } = shellWindows();
    // The first run opens the sample workshop: undo brings back its participants as they were.
    const before = (await currentHost().handlers.getState(undefined)).workshop.participants;
    await request(consoleWindow, urls().consoleUrl, 'dispatch', addAnna);
    (menuItem(shellStrings('da').undo).click as () => void)();
    await vi.waitFor(async () =>
      expect((await currentHost().handlers.getState(undefined)).workshop.participants).toEqual(
        before,
      ),
    );
    expect(consoleWindow.webContents.press('y', { control: true })).toBe(false);
  });

  it('View › a projector mode reaches both pages; Help › Guide asks the console to open it', async () => {
    await start();
    const { consoleWindow, projector } = shellWindows();
    (menuItem(shellStrings('da').modeTimerOnly).click as () => void)();
    await vi.waitFor(() =>
      expect(currentHost().handlers.getSettings(undefined)).resolves.toMatchObject({
        projectorMode: 'timer-only',
      }),
    );
    for (const window of [consoleWindow, projector]) {
      expect(window.webContents.sent).toContainEqual({
        channel: HOST_EVENT_CHANNEL,
        payload: expect.objectContaining({
          type: 'settings',
          settings: expect.objectContaining({ projectorMode: 'timer-only' }),
        }),
      });
    }
    // The menu was rebuilt with the new mode checked.
    expect(menuItem(shellStrings('da').modeTimerOnly).checked).toBe(true);
    (menuItem(shellStrings('da').guide).click as () => void)();
    expect(consoleWindow.webContents.sent).toContainEqual({
      channel: CONSOLE_REQUEST_CHANNEL,
      payload: 'open-guide',
    });
    expect(projector.webContents.sent.some((m) => m.channel === CONSOLE_REQUEST_CHANNEL)).toBe(
      false,
    );
    expect(fake.BrowserWindow.focused).toBe(consoleWindow);
  });

  it('follows the language setting', async () => {
    await start();
    expect(fake.Menu.current?.template[0]?.label).toBe('Filer');
    await request(shellWindows().consoleWindow, urls().consoleUrl, 'updateSettings', {
      language: 'en',
    });
    expect(fake.Menu.current?.template[0]?.label).toBe('File');
  });

  it('F5 toggles presenting on the projector display; Esc in the console is left to the page', async () => {
    await start({
      prepare: () => {
        fake.screen.displays = [fake.fakeDisplay(1, 0), fake.fakeDisplay(2, 1920)];
      },
    });
    const { consoleWindow, projector } = shellWindows();
    expect(projector.options).toMatchObject({ x: 1920, fullscreen: true });
    expect(consoleWindow.webContents.press('F5')).toBe(true);
    expect(projector.fullScreen).toBe(false);
    expect(consoleWindow.webContents.press('F5')).toBe(true);
    expect(projector.fullScreen).toBe(true);
    expect(consoleWindow.webContents.press('Escape')).toBe(false);
    expect(projector.webContents.press('Escape')).toBe(true);
    expect(projector.fullScreen).toBe(false);
  });

  it('moves the projector when a display comes and goes', async () => {
    await start();
    const { projector } = shellWindows();
    expect(projector.fullScreen).toBe(false);
    fake.screen.setDisplays([fake.fakeDisplay(1, 0), fake.fakeDisplay(2, 1920)]);
    expect(projector.fullScreen).toBe(true);
    expect(projector.getBounds().x).toBe(1920);
    fake.screen.setDisplays([fake.fakeDisplay(1, 0)]);
    expect(projector.fullScreen).toBe(false);
    expect(projector.getBounds().x).toBeLessThan(1920);
  });
});

describe('quitting', () => {
  it('does not end before the host has closed the document', async () => {
    await start();
    hostControl.holdClose = true;
    fake.app.quit();
    await vi.waitFor(() => expect(hostControl.closeCalls).toBe(1));
    expect(fake.app.ended).toBe(false);
    hostControl.release();
    await vi.waitFor(() => expect(fake.app.ended).toBe(true));
    expect(hostControl.closeCalls).toBe(1);
    expect(fake.ipcMain.handlers.has(HOST_REQUEST_CHANNEL)).toBe(false);
  });

  it('closing the projector only hides it; closing the console quits', async () => {
    await start();
    const { consoleWindow, projector } = shellWindows();
    projector.visible = true;
    projector.close();
    expect(projector.isDestroyed()).toBe(false);
    expect(projector.visible).toBe(false);
    consoleWindow.close();
    await vi.waitFor(() => expect(fake.app.ended).toBe(true));
    expect(hostControl.closeCalls).toBe(1);
  });

  it('a second start with a workshop file focuses this one and opens the file', async () => {
    await start();
    const { consoleWindow } = shellWindows();
    const file = path.join(root, 'Kick-off.dialogrum');
    await request(consoleWindow, urls().consoleUrl, 'saveDocumentAs', { path: file });
    await request(consoleWindow, urls().consoleUrl, 'newDocument');
    consoleWindow.minimized = true;
    fake.app.emit(
      'second-instance',
      new fake.FakeEvent(),
      ['dialogrum', 'Kick-off.dialogrum'],
      root,
    );
    expect(consoleWindow.isMinimized()).toBe(false);
    expect(fake.BrowserWindow.focused).toBe(consoleWindow);
    await vi.waitFor(async () =>
      expect((await currentHost().handlers.getState(undefined)).document.path).toBe(file),
    );
  });
});

describe('remembered windows', () => {
  /** Quit, then start again on the same disk (userData) as a new process would. */
  async function restart(displays: FakeElectron.FakeDisplay[]): Promise<void> {
    await quit();
    vi.resetModules();
    vi.doMock('electron', () => import('./fakeElectron'));
    const appPath = fake.app.appPath;
    const userData = fake.app.getPath('userData');
    const documents = fake.app.getPath('documents');
    fake = await import('./fakeElectron');
    fake.app.appPath = appPath;
    fake.app.paths.set('userData', userData);
    fake.app.paths.set('documents', documents);
    fake.screen.displays = displays;
    await start();
  }

  it('opens the console and projector where they were left', async () => {
    const two = () => [fake.fakeDisplay(1, 0), fake.fakeDisplay(2, 1920)];
    await start({ prepare: () => (fake.screen.displays = [fake.fakeDisplay(1, 0)]) });
    const { consoleWindow, projector } = shellWindows();
    consoleWindow.setBounds({ x: 40, y: 30, width: 1100, height: 700 });
    projector.setBounds({ x: 1200, y: 500, width: 640, height: 360 });
    await restart([fake.fakeDisplay(1, 0)]);
    expect(shellWindows().consoleWindow.options).toMatchObject({
      x: 40,
      y: 30,
      width: 1100,
      height: 700,
    });
    expect(shellWindows().projector.options).toMatchObject({
      x: 1200,
      y: 500,
      fullscreen: false,
    });
    // Moved to the second display and dragged there, then that display is gone: centred instead.
    shellWindows().consoleWindow.setBounds({ x: 2000, y: 30, width: 1100, height: 700 });
    await restart(two().slice(0, 1));
    expect(shellWindows().consoleWindow.options).toMatchObject({ x: 410, y: 170 });
  });

  it('presents again on the display chosen last time', async () => {
    const three = () => [
      fake.fakeDisplay(1, 0),
      fake.fakeDisplay(2, 1920),
      fake.fakeDisplay(3, 3840, 1280, 720),
    ];
    await start({ prepare: () => (fake.screen.displays = three()) });
    const { consoleWindow, projector } = shellWindows();
    expect(fake.screen.getDisplayMatching(projector.getBounds()).id).toBe(2);
    consoleWindow.webContents.press('F5');
    projector.setBounds({ x: 4000, y: 50, width: 800, height: 450 });
    consoleWindow.webContents.press('F5');
    expect(fake.screen.getDisplayMatching(projector.getBounds()).id).toBe(3);
    await restart(three());
    expect(shellWindows().projector.options).toMatchObject({ x: 3840, fullscreen: true });
  });
});
