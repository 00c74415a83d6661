import type { Page } from '@playwright/test';
import { expect, test } from './helpers/fixtures';
import {
  dispatch,
  ROOM_WORK,
  RUNNING_POINT,
  setSettings,
  START_POINT,
} from './helpers/projectorSetup';

/** Read from 8 m: no text below 3 % of the projector's height, and WCAG AAA contrast. */
const MIN_FONT_SHARE = 0.03;
const MIN_CONTRAST = 7;

interface TextReading {
  text: string;
  fontPx: number;
  contrast: number;
  colour: string;
  background: string;
}

/**
 * Every visible element with text of its own: its computed font size, and the contrast of its
 * computed colour against the first opaque background found walking up (translucent layers on
 * the way are blended in). Runs in the page.
 */
function measure(page: Page): Promise<TextReading[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (value: string): Rgba => {
      const m = /rgba?\(([^)]+)\)/.exec(value);
      if (!m?.[1]) throw new Error(`Unexpected colour: ${value}`);
      const parts = m[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3];
      return [
        top[0] * a + bottom[0] * (1 - a),
        top[1] * a + bottom[1] * (1 - a),
        top[2] * a + bottom[2] * (1 - a),
        1,
      ];
    };
    const channel = (v: number) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = (c: Rgba) =>
      0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
    const ratio = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    /** Layers from the element up to the first opaque one, blended bottom-up. */
    const backgroundOf = (el: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      let result: Rgba = [255, 255, 255, 1]; // The canvas behind everything.
      for (const layer of layers.reverse()) result = over(layer, result);
      return result;
    };
    const visible = (el: Element): boolean => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.visibility === 'hidden' || style.display === 'none' || style.opacity === '0') {
          return false;
        }
      }
      const box = el.getBoundingClientRect();
      return (
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < window.innerHeight &&
        box.left < window.innerWidth
      );
    };
    const readings: TextReading[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const own = Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!own || !visible(el)) continue;
      const style = getComputedStyle(el);
      const colour = over(parse(style.color), backgroundOf(el));
      const background = backgroundOf(el);
      readings.push({
        text: own.slice(0, 40),
        fontPx: parseFloat(style.fontSize),
        contrast: ratio(colour, background),
        colour: style.color,
        background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
      });
    }
    return readings;
  });
}

async function expectLegible(projector: Page, what: string): Promise<void> {
  const height = projector.viewportSize()?.height ?? 0;
  const readings = await measure(projector);
  expect(readings.length, `${what}: some text to measure`).toBeGreaterThan(0);
  const tooSmall = readings.filter((r) => r.fontPx < height * MIN_FONT_SHARE - 0.01);
  const tooFaint = readings.filter((r) => r.contrast < MIN_CONTRAST);
  expect(
    tooSmall.map((r) => `${r.text} (${r.fontPx.toFixed(1)}px)`),
    `${what}: text below 3 % of ${height}px`,
  ).toEqual([]);
  expect(
    tooFaint.map((r) => `${r.text} (${r.contrast.toFixed(2)}:1, ${r.colour} on ${r.background})`),
    `${what}: contrast below 7:1`,
  ).toEqual([]);
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`projector text is legible at ${size.width}×${size.height}, light and dark`, async ({
    app,
    page,
  }) => {
    // Ten views in two themes, every element's style read: minutes on a busy 2-core machine.
    test.setTimeout(240_000);
    // The pages' clock can jump ahead, so the timers show their amber and overrun phases.
    await page.context().clock.install();
    await page.goto(app.url);
    await expect(page.getByTestId('current-room')).toBeVisible();
    await dispatch(page, RUNNING_POINT);
    const projector = await page.context().newPage();
    await projector.setViewportSize(size);
    // Measured at rest: the calm fade-in would otherwise be caught half way.
    await projector.emulateMedia({ reducedMotion: 'reduce' });
    await projector.goto(app.projectorUrl);
    const frame = projector.locator('.projector-frame');
    const root = projector.getByTestId('projector-root');

    const views: [string, () => Promise<void>][] = [
      ['programme', () => expect(root).toHaveAttribute('data-room', 'none')],
      [
        'clarifying room',
        async () => {
          await dispatch(page, START_POINT);
          await expect(root).toHaveAttribute('data-room', 'clarifying');
        },
      ],
      [
        'clarifying room at work',
        async () => {
          await dispatch(page, ROOM_WORK);
          await expect(projector.getByTestId('pr-area')).toBeVisible();
        },
      ],
      [
        'developing room at work',
        async () => {
          await dispatch(page, [{ type: 'room.next' }]);
          await expect(root).toHaveAttribute('data-room', 'developing');
        },
      ],
      [
        'developing room with the room’s and the speaker’s time running low',
        async () => {
          await dispatch(page, [
            { type: 'room.setBudget', pointId: 'p2', room: 'developing', minutes: 10 },
            { type: 'turns.setup', pointId: 'p2', order: ['anne', 'bo'] },
            { type: 'timer.setTurnTime', pointId: 'p2', seconds: 600 },
          ]);
          await expect(projector.getByTestId('projector-speaker-timer-display')).toBeVisible();
          await page.context().clock.fastForward(8.5 * 60_000);
          for (const id of ['projector-room-timer-display', 'projector-speaker-timer-display']) {
            await expect(projector.getByTestId(id)).toHaveAttribute('data-phase', 'amber');
          }
        },
      ],
      [
        'developing room with the room’s and the speaker’s time over',
        async () => {
          await page.context().clock.fastForward(2 * 60_000);
          for (const id of ['projector-room-timer-display', 'projector-speaker-timer-display']) {
            await expect(projector.getByTestId(id)).toHaveAttribute('data-phase', 'overrun');
          }
        },
      ],
      [
        'negotiating room at work, its budget spent',
        async () => {
          await dispatch(page, [
            { type: 'room.next' },
            { type: 'room.setBudget', pointId: 'p2', room: 'negotiating', minutes: 0 },
          ]);
          await expect(root).toHaveAttribute('data-room', 'negotiating');
          await expect(projector.getByTestId('projector-room-timer-display')).toBeVisible();
        },
      ],
      [
        'room only',
        async () => {
          await setSettings(page, { projectorMode: 'room-only' });
          await expect(root).toHaveAttribute('data-view', 'room-only');
        },
      ],
      [
        'timer only',
        async () => {
          await setSettings(page, { projectorMode: 'timer-only' });
          await expect(root).toHaveAttribute('data-view', 'timer-only');
          await expect(projector.getByTestId('projector-room-timer-display')).toBeVisible();
        },
      ],
    ];
    for (const [name, show] of views) {
      await setSettings(page, { theme: 'light' });
      await show();
      for (const theme of ['light', 'dark'] as const) {
        await setSettings(page, { theme });
        await expect(frame).toHaveAttribute('data-theme', theme);
        await expectLegible(projector, `${name}, ${theme}, ${size.width}×${size.height}`);
      }
    }
  });
}
