import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FakeElectron from './fakeElectron';
import { createProjectorController, externalDisplay, ordinaryBounds } from './projector';

let fake: typeof FakeElectron;

beforeEach(async () => {
  vi.resetModules();
  fake = await import('./fakeElectron');
});

function setUp(displays: FakeElectron.FakeDisplay[]) {
  fake.screen.displays = displays;
  const consoleWindow = new fake.BrowserWindow({ x: 100, y: 100, width: 1280, height: 800 });
  const projector = new fake.BrowserWindow({ ...ordinaryBounds(fake.screen.getPrimaryDisplay()) });
  const controller = createProjectorController({
    projector,
    console: consoleWindow,
    screen: fake.screen,
  });
  return { consoleWindow, projector, controller };
}

describe('externalDisplay', () => {
  it('is null with one display and the non-primary one with two', () => {
    fake.screen.displays = [fake.fakeDisplay(1, 0)];
    expect(externalDisplay(fake.screen)).toBeNull();
    fake.screen.displays = [fake.fakeDisplay(1, 0), fake.fakeDisplay(2, 1920)];
    expect(externalDisplay(fake.screen)?.id).toBe(2);
  });
});

describe('ordinaryBounds', () => {
  it('fits a small screen', () => {
    const small = fake.fakeDisplay(1, 0, 800, 480);
    const bounds = ordinaryBounds(small);
    expect(bounds.x).toBeGreaterThanOrEqual(0);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(800);
    expect(bounds.y + bounds.height).toBeLessThanOrEqual(small.workArea.height);
  });
});

describe('projector controller', () => {
  it('follows a projector being plugged in and pulled out', () => {
    const { projector, controller } = setUp([fake.fakeDisplay(1, 0)]);
    fake.screen.on('display-added', () => controller.place());
    fake.screen.on('display-removed', () => controller.place());

    fake.screen.setDisplays([fake.fakeDisplay(1, 0), fake.fakeDisplay(2, 1920)]);
    expect(projector.fullScreen).toBe(true);
    expect(fake.screen.getDisplayMatching(projector.getBounds()).id).toBe(2);

    fake.screen.setDisplays([fake.fakeDisplay(1, 0)]);
    expect(projector.fullScreen).toBe(false);
    expect(fake.screen.getDisplayMatching(projector.getBounds()).id).toBe(1);
  });

  it('F5 on one display: presents over the console and takes focus; F5 again gives it back', () => {
    const { consoleWindow, projector, controller } = setUp([fake.fakeDisplay(1, 0)]);
    consoleWindow.focus();
    controller.togglePresenting();
    expect(projector.fullScreen).toBe(true);
    expect(projector.visible).toBe(true);
    expect(fake.BrowserWindow.focused).toBe(projector);
    controller.togglePresenting();
    expect(projector.fullScreen).toBe(false);
    expect(fake.BrowserWindow.focused).toBe(consoleWindow);
  });

  it('F5 with a projector attached presents there and leaves the console focused', () => {
    const { consoleWindow, projector, controller } = setUp([
      fake.fakeDisplay(1, 0),
      fake.fakeDisplay(2, 1920),
    ]);
    consoleWindow.focus();
    controller.togglePresenting();
    expect(projector.fullScreen).toBe(true);
    expect(fake.screen.getDisplayMatching(projector.getBounds()).id).toBe(2);
    expect(fake.BrowserWindow.focused).toBe(consoleWindow);
  });

  it('Esc in the projector leaves full screen', () => {
    const { projector, controller } = setUp([fake.fakeDisplay(1, 0), fake.fakeDisplay(2, 1920)]);
    controller.place();
    expect(projector.fullScreen).toBe(true);
    expect(controller.escape('projector')).toBe(true);
    expect(projector.fullScreen).toBe(false);
  });

  it('Esc in the console ends presenting when the projector covers the console', () => {
    const { projector, controller } = setUp([fake.fakeDisplay(1, 0)]);
    controller.togglePresenting();
    expect(controller.escape('console')).toBe(true);
    expect(projector.fullScreen).toBe(false);
  });

  it('Esc in the console is left to the page when the projector is on another display', () => {
    const { projector, controller } = setUp([fake.fakeDisplay(1, 0), fake.fakeDisplay(2, 1920)]);
    controller.place();
    expect(controller.escape('console')).toBe(false);
    expect(projector.fullScreen).toBe(true);
  });

  it('Esc when nothing is full screen is not consumed', () => {
    const { controller } = setUp([fake.fakeDisplay(1, 0)]);
    expect(controller.escape('console')).toBe(false);
    expect(controller.escape('projector')).toBe(false);
  });

  it('F5 brings back a projector window that was closed (hidden)', () => {
    const { projector, controller } = setUp([fake.fakeDisplay(1, 0)]);
    projector.hide();
    controller.togglePresenting();
    expect(projector.visible).toBe(true);
    expect(projector.fullScreen).toBe(true);
  });

  it('remembers the display the facilitator chose, and goes back to it when it returns', () => {
    const beamer = fake.fakeDisplay(3, 3840, 1280, 720);
    const three = [fake.fakeDisplay(1, 0), fake.fakeDisplay(2, 1920), beamer];
    fake.screen.displays = three;
    const consoleWindow = new fake.BrowserWindow({ x: 100, y: 100, width: 1280, height: 800 });
    // The projector window dragged onto the third display, then F5.
    const projector = new fake.BrowserWindow({ x: 4000, y: 100, width: 800, height: 450 });
    let remembered: FakeElectron.FakeDisplay | null = null;
    const controller = createProjectorController({
      projector,
      console: consoleWindow,
      screen: fake.screen,
      memory: {
        display: () => fake.screen.displays.find((d) => d.id === remembered?.id) ?? null,
        remember: (display) => {
          remembered = fake.screen.displays.find((d) => d.id === display.id) ?? null;
        },
        ordinaryBounds: () => null,
      },
    });
    fake.screen.on('display-added', () => controller.place());
    fake.screen.on('display-removed', () => controller.place());
    controller.togglePresenting();
    expect(projector.fullScreen).toBe(true);
    expect(fake.screen.getDisplayMatching(projector.getBounds()).id).toBe(3);
    // Unplugged: back as an ordinary window on the laptop. Plugged in again: on display 3, not 2.
    fake.screen.setDisplays([fake.fakeDisplay(1, 0), fake.fakeDisplay(2, 1920)]);
    expect(fake.screen.getDisplayMatching(projector.getBounds()).id).toBe(2);
    fake.screen.setDisplays(three);
    expect(projector.fullScreen).toBe(true);
    expect(fake.screen.getDisplayMatching(projector.getBounds()).id).toBe(3);
  });

  it('never remembers the laptop screen as the projector: a projector plugged in wins', () => {
    const { projector, controller } = setUp([fake.fakeDisplay(1, 0)]);
    controller.togglePresenting();
    fake.screen.on('display-added', () => controller.place());
    fake.screen.setDisplays([fake.fakeDisplay(1, 0), fake.fakeDisplay(2, 1920)]);
    expect(fake.screen.getDisplayMatching(projector.getBounds()).id).toBe(2);
  });
});
