import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FakeElectron from './fakeElectron';
import type { SavedWindow } from './windowState';
import { SAVE_DELAY_MS, trackWindow } from './windowTracking';

let fake: typeof FakeElectron;

beforeEach(async () => {
  vi.resetModules();
  fake = await import('./fakeElectron');
  vi.useFakeTimers();
  return () => vi.useRealTimers();
});

function tracked() {
  const window = new fake.BrowserWindow({ x: 0, y: 0, width: 800, height: 600 });
  const saves: SavedWindow[] = [];
  const stop = trackWindow(window, (place) => saves.push(place));
  return { window, saves, stop };
}

describe('trackWindow', () => {
  it('saves once a drag has settled, not on every move', () => {
    const { window, saves } = tracked();
    for (let x = 0; x < 50; x++) {
      window.setBounds({ x, y: 0, width: 800, height: 600 });
      vi.advanceTimersByTime(20);
    }
    expect(saves).toHaveLength(0);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saves).toEqual([{ bounds: { x: 49, y: 0, width: 800, height: 600 }, maximized: false }]);
  });

  it('saves at once when the window closes', () => {
    const { window, saves } = tracked();
    window.setBounds({ x: 30, y: 40, width: 1000, height: 700 });
    window.close();
    expect(saves.at(-1)?.bounds).toEqual({ x: 30, y: 40, width: 1000, height: 700 });
  });

  it('keeps the ordinary bounds of a maximised window, and that it was maximised', () => {
    const { window, saves } = tracked();
    window.setBounds({ x: 30, y: 40, width: 1000, height: 700 });
    window.maximize();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saves.at(-1)).toEqual({
      bounds: { x: 30, y: 40, width: 1000, height: 700 },
      maximized: true,
    });
  });

  it('does not save a full-screen or minimised window as its place', () => {
    const { window, saves } = tracked();
    window.setFullScreen(true);
    window.setBounds({ x: 1920, y: 0, width: 1920, height: 1080 });
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    window.setFullScreen(false);
    window.minimize();
    window.close();
    expect(saves).toHaveLength(0);
  });

  it('writes what is pending when tracking stops (quitting)', () => {
    const { window, saves, stop } = tracked();
    window.setBounds({ x: 7, y: 8, width: 900, height: 500 });
    stop();
    expect(saves).toHaveLength(1);
    window.setBounds({ x: 70, y: 80, width: 900, height: 500 });
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saves).toHaveLength(1);
  });
});
