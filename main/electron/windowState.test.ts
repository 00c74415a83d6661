import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FakeElectron from './fakeElectron';
import {
  centredIn,
  findDisplay,
  parseWindowState,
  rememberDisplay,
  restoredBounds,
} from './windowState';
import { openWindowStateStore } from './windowStateStore';

vi.mock('electron-store', () => import('./fakeElectronStore'));

let fake: typeof FakeElectron;
let dir: string;

beforeEach(async () => {
  vi.resetModules();
  fake = await import('./fakeElectron');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dialogrum-windows-'));
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('restoredBounds', () => {
  it('gives back bounds a connected display still shows', () => {
    fake.screen.displays = [fake.fakeDisplay(1, 0), fake.fakeDisplay(2, 1920)];
    const onSecond = { x: 2100, y: 100, width: 1200, height: 700 };
    expect(restoredBounds(fake.screen, onSecond)).toEqual(onSecond);
  });

  it('is null when the display it was on is gone, so the caller centres it', () => {
    fake.screen.displays = [fake.fakeDisplay(1, 0)];
    expect(restoredBounds(fake.screen, { x: 2100, y: 100, width: 1200, height: 700 })).toBeNull();
    // Title bar above the top of the screen: it could not be grabbed.
    expect(restoredBounds(fake.screen, { x: 100, y: -500, width: 800, height: 400 })).toBeNull();
    expect(restoredBounds(fake.screen, undefined)).toBeNull();
  });

  it('shrinks and shifts a window that no longer fits (a smaller resolution)', () => {
    fake.screen.displays = [fake.fakeDisplay(1, 0, 1280, 720)];
    const bounds = restoredBounds(fake.screen, { x: 100, y: 10, width: 1600, height: 1000 });
    expect(bounds).toEqual({ x: 0, y: 0, width: 1280, height: 680 });
  });

  it('centres in the work area', () => {
    expect(centredIn(fake.fakeDisplay(1, 0), 1280, 800)).toEqual({
      x: 320,
      y: 120,
      width: 1280,
      height: 800,
    });
  });
});

describe('findDisplay', () => {
  it('finds the remembered display by id, or by its bounds when the id changed', () => {
    const projector = fake.fakeDisplay(2, 1920, 1280, 720);
    fake.screen.displays = [fake.fakeDisplay(1, 0), projector];
    expect(findDisplay(fake.screen, rememberDisplay(projector))?.id).toBe(2);
    fake.screen.displays = [fake.fakeDisplay(1, 0), { ...projector, id: 9 }];
    expect(findDisplay(fake.screen, rememberDisplay(projector))?.id).toBe(9);
    fake.screen.displays = [fake.fakeDisplay(1, 0)];
    expect(findDisplay(fake.screen, rememberDisplay(projector))).toBeNull();
  });
});

describe('the window state file', () => {
  it('keeps what was saved across a restart', () => {
    const first = openWindowStateStore({ cwd: dir });
    first.update({ console: { bounds: { x: 5, y: 6, width: 900, height: 600 }, maximized: true } });
    first.update({
      projectorDisplay: { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 } },
    });
    const again = openWindowStateStore({ cwd: dir }).get();
    expect(again.console).toEqual({
      bounds: { x: 5, y: 6, width: 900, height: 600 },
      maximized: true,
    });
    expect(again.projectorDisplay?.id).toBe(2);
    expect(fs.existsSync(path.join(dir, 'windows.json'))).toBe(true);
  });

  it('starts from nothing when the file is damaged or invalid, rather than failing to start', () => {
    expect(parseWindowState('{"console": {"bounds": {"x": 1')).toEqual({});
    expect(parseWindowState('{"console": {"bounds": {"x": "left"}}}')).toEqual({});
    fs.writeFileSync(path.join(dir, 'windows.json'), 'not json');
    expect(openWindowStateStore({ cwd: dir }).get()).toEqual({});
  });
});
