import type { Page } from '@playwright/test';
import { expect, test } from './helpers/fixtures';
import { measureLegibility } from './helpers/layoutCheck';
import {
  dispatch,
  ROOM_WORK,
  RUNNING_POINT,
  setSettings,
  START_POINT,
} from './helpers/projectorSetup';

/** Read from 8 m: no text below 2.5 % of the projector's height, and WCAG AAA contrast. */
const MIN_FONT_SHARE = 0.025;
const MIN_CONTRAST = 7;

async function expectLegible(projector: Page, what: string): Promise<void> {
  const height = projector.viewportSize()?.height ?? 0;
  const readings = await measureLegibility(projector);
  expect(readings.length, `${what}: some text to measure`).toBeGreaterThan(0);
  const tooSmall = readings.filter((r) => r.fontPx < height * MIN_FONT_SHARE - 0.01);
  const tooFaint = readings.filter((r) => r.contrast < MIN_CONTRAST);
  expect(
    tooSmall.map((r) => `${r.text} (${r.fontPx.toFixed(1)}px)`),
    `${what}: text below ${MIN_FONT_SHARE * 100} % of ${height}px`,
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
