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
      windows.consoleWindowOptions(paths),
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
