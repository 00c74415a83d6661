import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appPaths } from './appPaths';
import type * as FakeElectron from './fakeElectron';
import * as windows from './windows';

const paths = appPaths('/opt/dialogrum');
let fake: typeof FakeElectron;

beforeEach(async () => {
  // A fresh fake (its window list and screen) for every test.
  vi.resetModules();
  fake = await import('./fakeElectron');
});

describe('window options', () => {
  it('gives every window the same locked-down web preferences', () => {
    const all = [
      windows.consoleWindowOptions(paths, fake.screen),
      windows.projectorWindowOptions(paths, fake.screen),
    ];
    for (const options of all) {
      expect(options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        webviewTag: false,
        allowRunningInsecureContent: false,
        preload: '/opt/dialogrum/dist/main/electron/preload.cjs',
      });
    }
  });

  it('puts the projector full screen on the second display when there is one', () => {
    fake.screen.displays = [fake.fakeDisplay(1, 0), fake.fakeDisplay(2, 1920, 1280, 720)];
    const options = windows.projectorWindowOptions(paths, fake.screen);
    expect(options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 720, fullscreen: true });
  });

  it('makes the projector an ordinary window on the laptop screen when alone', () => {
    fake.screen.displays = [fake.fakeDisplay(1, 0)];
    const options = windows.projectorWindowOptions(paths, fake.screen);
    expect(options.fullscreen).toBe(false);
    expect(options.x).toBeGreaterThanOrEqual(0);
    expect((options.x ?? 0) + (options.width ?? 0)).toBeLessThanOrEqual(1920);
  });

  it('uses the second display even when the primary one is not the first listed', () => {
    fake.screen.displays = [fake.fakeDisplay(7, -1280, 1280, 1024), fake.fakeDisplay(1, 0)];
    const options = windows.projectorWindowOptions(paths, fake.screen);
    expect(options).toMatchObject({ x: -1280, fullscreen: true });
  });
});

describe('createShellWindows', () => {
  it('loads the console and projector pages and shows them when ready', () => {
    const created = windows.createShellWindows({
      BrowserWindow: fake.BrowserWindow as unknown as typeof BrowserWindow,
      screen: fake.screen,
      paths,
    });
    const [consoleWindow, projector] = fake.BrowserWindow.created;
    expect(fake.BrowserWindow.created).toHaveLength(2);
    expect(consoleWindow?.loadedFile).toBe('/opt/dialogrum/dist/renderer/index.html');
    expect(projector?.loadedFile).toBe('/opt/dialogrum/dist/renderer/projector.html');
    expect(consoleWindow?.visible).toBe(false);
    consoleWindow?.emit('ready-to-show');
    projector?.emit('ready-to-show');
    expect(consoleWindow?.visible).toBe(true);
    expect(projector?.visible).toBe(true);
    // The projector shows without taking the keyboard from the facilitator's console.
    expect(fake.BrowserWindow.focused).toBeNull();
    expect(created.console).toBe(consoleWindow);
  });
});

describe('remembered places', () => {
  it('opens the console where it was, or centred on the primary display', () => {
    fake.screen.displays = [fake.fakeDisplay(1, 0)];
    const back = { x: 200, y: 120, width: 1000, height: 700 };
    expect(windows.consoleWindowOptions(paths, fake.screen, back)).toMatchObject(back);
    // 1920 × 1040 work area: a 1280 × 800 console centred in it.
    expect(windows.consoleWindowOptions(paths, fake.screen)).toMatchObject({
      x: 320,
      y: 120,
      width: 1280,
      height: 800,
    });
  });

  it('maximises a console that was maximised, once it is ready to show', () => {
    windows.createShellWindows({
      BrowserWindow: fake.BrowserWindow as unknown as typeof BrowserWindow,
      screen: fake.screen,
      paths,
      restored: {
        console: { x: 10, y: 10, width: 900, height: 600 },
        consoleMaximized: true,
        projector: { display: () => null, remember: () => undefined, ordinaryBounds: () => null },
      },
    });
    const [consoleWindow] = fake.BrowserWindow.created;
    expect(consoleWindow?.options).toMatchObject({ x: 10, y: 10, width: 900, height: 600 });
    consoleWindow?.emit('ready-to-show');
    expect(consoleWindow?.isMaximized()).toBe(true);
  });

  it('opens the projector as an ordinary window where it was, when alone', () => {
    fake.screen.displays = [fake.fakeDisplay(1, 0)];
    const where = { x: 900, y: 400, width: 800, height: 450 };
    const options = windows.projectorWindowOptions(paths, fake.screen, {
      display: () => null,
      remember: () => undefined,
      ordinaryBounds: () => where,
    });
    expect(options).toMatchObject({ ...where, fullscreen: false });
  });
});
