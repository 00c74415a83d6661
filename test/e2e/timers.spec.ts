import type { Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { SCREENS_DIR, screenshot, timerSeconds } from './helpers/consolePage';
import { expect, test } from './helpers/fixtures';
import { dispatch, setSettings } from './helpers/projectorSetup';
import { SharedClock } from './helpers/sharedClock';

const MINUTE = 60_000;
// The projector follows the console within a moment (the foundation test allows 2 s).
const FOLLOWS = { timeout: 2_000 };

const SETUP = [
  {
    type: 'participant.add',
    participant: {
      id: 'anna',
      name: 'Anna Kjær',
      title: 'Afdelingssygeplejerske',
      organisation: 'Regionshospitalet Viborg',
      present: true,
    },
  },
  {
    type: 'participant.add',
    participant: {
      id: 'bo',
      name: 'Bo Lund',
      title: 'Praktiserende læge',
      organisation: 'Lægehuset Viby',
      present: true,
    },
  },
  {
    type: 'agenda.add',
    point: {
      id: 'p1',
      title: 'Fælles tjekliste for udskrivelsen',
      purpose: 'development',
      plannedMinutes: 40,
      presenter: 'Carla Nørgaard',
    },
  },
  { type: 'point.start', id: 'p1' },
  { type: 'room.setBudget', pointId: 'p1', room: 'clarifying', minutes: 10 },
];

const seconds = (page: Page, testId: string) => timerSeconds(page.getByTestId(testId));

/** Where an element's screenshot goes: beside the others, or in DIALOGRUM_SHOTS_DIR. */
async function shotPath(name: string): Promise<string> {
  const dir = process.env.DIALOGRUM_SHOTS_DIR ?? SCREENS_DIR;
  await mkdir(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

test('the projector shows the room’s budget and the speaker’s turn beside the point’s time, labelled, with phases in words', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(180_000);
  const clock = await SharedClock.create();
  const app = await clock.startServer();
  const context = page.context();
  const projector = await context.newPage();
  try {
    pageErrors.watch(projector);
    await projector.setViewportSize({ width: 1280, height: 720 });
    await clock.install([context], new Date(2026, 2, 12, 10, 0));
    await page.goto(app.url);
    await projector.goto(app.projectorUrl);
    await expect(page.getByTestId('current-room')).toBeVisible();
    await dispatch(page, SETUP);

    // — The clarifying room with a 10-minute budget: "Rummet" beside the point's time. —
    const room = projector.getByTestId('projector-room-timer-display');
    await expect(room).toBeVisible(FOLLOWS);
    await expect(projector.getByTestId('projector-room-timer-display-heading')).toHaveText(
      'Rummet',
    );
    await expect(projector.getByTestId('projector-timer-display-heading')).toHaveText('Punktet');
    // The clocks run on in real time: a busy machine takes many seconds between steps.
    expect(await seconds(projector, 'projector-room-timer')).toBeGreaterThan(9 * 60);
    expect(await seconds(projector, 'projector-timer')).toBeGreaterThan(39 * 60);
    await expect(projector.getByTestId('projector-speaker-timer-display')).toHaveCount(0);
    // The console's banner shows the point's time with the same display.
    await expect(page.getByTestId('current-room-timer')).toHaveAttribute('data-phase', 'normal');

    // On to 1½ minutes left: the room's time runs low (amber, an hourglass, words); the
    // point's does not. (Forward from what is shown: real seconds pass between the steps.)
    const roomLeft = await seconds(projector, 'projector-room-timer');
    await clock.forward([context], (roomLeft - 90) * 1000);
    await expect(room).toHaveAttribute('data-phase', 'amber');
    await expect(room.locator('[data-icon="amber"]')).toHaveCount(1);
    await expect(projector.getByTestId('projector-room-timer-display-words')).toHaveText(
      '2 min tilbage',
    );
    await expect(projector.getByTestId('projector-timer-display')).toHaveAttribute(
      'data-phase',
      'normal',
    );
    await screenshot(projector, 'timers-room-amber-1280');

    // Past the budget: the overrun counts up, said in words and with a warning sign.
    await clock.forward([context], 2 * MINUTE);
    await expect(room).toHaveAttribute('data-phase', 'overrun');
    await expect(room.locator('[data-icon="overrun"]')).toHaveCount(1);
    await expect(projector.getByTestId('projector-room-timer-display-words')).toContainText(
      'over tid',
    );
    expect(await seconds(projector, 'projector-room-timer')).toBeLessThanOrEqual(-29);

    // — The developing room, ideas in turn, 1½ minutes a speaker. —
    await dispatch(page, [
      { type: 'room.next' },
      { type: 'turns.setup', pointId: 'p1', order: ['anna', 'bo'] },
      { type: 'timer.setTurnTime', pointId: 'p1', seconds: 90 },
    ]);
    await expect(projector.getByTestId('projector-root')).toHaveAttribute(
      'data-room',
      'developing',
      FOLLOWS,
    );
    // No budget in this room: only the point's and the speaker's time.
    await expect(room).toHaveCount(0);
    const speaker = projector.getByTestId('projector-speaker-timer-display');
    await expect(projector.getByTestId('projector-speaker-timer-display-heading')).toHaveText(
      'Taletid · Anna Kjær',
    );
    const turnLeft = await seconds(projector, 'projector-speaker-timer');
    expect(turnLeft).toBeGreaterThan(60);
    await clock.forward([context], (turnLeft - 12) * 1000);
    await expect(speaker).toHaveAttribute('data-phase', 'amber');
    await expect(projector.getByTestId('projector-speaker-timer-display-words')).toContainText(
      'sekunder tilbage',
    );
    await screenshot(projector, 'timers-speaker-amber-1280');
    await clock.forward([context], 40_000);
    await expect(speaker).toHaveAttribute('data-phase', 'overrun');
    await expect(projector.getByTestId('projector-speaker-timer-display-words')).toContainText(
      'over tid',
    );

    // The turn passes on: Bo's time starts afresh.
    await dispatch(page, [{ type: 'turns.take', pointId: 'p1', kind: 'spoke' }]);
    await expect(projector.getByTestId('projector-speaker-timer-display-heading')).toHaveText(
      'Taletid · Bo Lund',
      FOLLOWS,
    );
    await expect(speaker).toHaveAttribute('data-phase', 'normal');
    expect(await seconds(projector, 'projector-speaker-timer')).toBeGreaterThan(60);

    // Timer only: the same three kinds of time, the point's largest.
    await dispatch(page, [
      { type: 'room.setBudget', pointId: 'p1', room: 'developing', minutes: 15 },
    ]);
    await expect(room).toBeVisible(FOLLOWS);
    await screenshot(projector, 'timers-developing-1280');
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(projector, 'timers-developing-1920');
    await setSettings(page, { projectorMode: 'timer-only' });
    const root = projector.getByTestId('projector-root');
    await expect(root).toHaveAttribute('data-view', 'timer-only', FOLLOWS);
    await expect(room).toBeVisible();
    await expect(speaker).toBeVisible();
    await screenshot(projector, 'timers-timer-only-1920');
    await projector.setViewportSize({ width: 1280, height: 720 });
    await screenshot(projector, 'timers-timer-only-1280');

    // An exercise on the point shows over the time, but not in "room only".
    await dispatch(page, [
      {
        type: 'exercise.add',
        pointId: 'p1',
        exercise: {
          id: 'x1',
          kind: 'round',
          title: 'Runde',
          question: 'Hvad er vi optaget af for tiden?',
          prompts: [],
          steps: [{ id: 's1', kind: 'round', title: 'Runden', prompt: '', minutes: 2 }],
        },
      },
      {
        type: 'exercise.setSpeakers',
        exerciseId: 'x1',
        speakers: [
          { id: 'sa', label: 'Anna Kjær', participantIds: ['anna'] },
          { id: 'sb', label: 'Bo Lund', participantIds: ['bo'] },
        ],
      },
      { type: 'exercise.start', exerciseId: 'x1' },
    ]);
    const exercise = projector.getByTestId('projector-exercise');
    await expect(exercise).toBeVisible(FOLLOWS);
    await setSettings(page, { projectorMode: 'room-only' });
    await expect(root).toHaveAttribute('data-view', 'room-only', FOLLOWS);
    await expect(exercise).toHaveCount(0);
    await setSettings(page, { projectorMode: 'normal' });
    await expect(exercise).toBeVisible(FOLLOWS);

    // The console's banner: past the point's 40 minutes, the overrun in words on a light chip.
    await clock.forward([context], 30 * MINUTE);
    const banner = page.getByTestId('current-room-timer');
    await expect(banner).toHaveAttribute('data-phase', 'overrun');
    await expect(page.getByTestId('current-room-timer-words')).toContainText('over tid');
    await page
      .getByTestId('current-room')
      .screenshot({ path: await shotPath('timers-console-banner') });
  } finally {
    // Leave the pages before the server goes, or their reconnect attempts log errors.
    await Promise.all([page.goto('about:blank'), projector.close()]);
    await app.dispose();
    await clock.dispose();
  }
});
