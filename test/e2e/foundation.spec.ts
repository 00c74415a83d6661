import type { Page } from '@playwright/test';
import {
  addParticipant,
  addPoint,
  agendaIds,
  agendaRow,
  commitField,
  dragOnto,
  screenshot,
  timerSeconds,
} from './helpers/consolePage';
import { expect, test } from './helpers/fixtures';

// The projector must follow the console quickly: a facilitator moving the room looks up at once.
const PROJECTOR_FOLLOWS_MS = 2_000;
// After a restart the pages reconnect with backoff (250 ms doubling), so allow a few seconds.
const RECONNECT_MS = 10_000;

const ROOM_NAMES = {
  clarifying: 'Det afklarende rum',
  developing: 'Det udviklende rum',
  negotiating: 'Det forhandlende rum',
  acting: 'Det handlende rum',
} as const;
type Room = keyof typeof ROOM_NAMES;

async function expectRoom(consolePage: Page, projector: Page, room: Room): Promise<void> {
  await expect(consolePage.getByTestId('current-room')).toHaveAttribute('data-room', room);
  await expect(projector.getByTestId('projector-root')).toHaveAttribute('data-room', room, {
    timeout: PROJECTOR_FOLLOWS_MS,
  });
  await expect(projector.getByTestId('projector-room-name')).toHaveText(ROOM_NAMES[room], {
    timeout: PROJECTOR_FOLLOWS_MS,
  });
}

test('plan a workshop, run a decision point through the four rooms on the projector, undo, and survive a restart', async ({
  app,
  page,
  pageErrors,
}) => {
  // One long journey (some 60 steps and a server restart): it takes about half a minute on a
  // quiet 2-core machine and several on a busy one.
  test.setTimeout(240_000);
  await page.goto(app.url);

  // — Plan: the meeting's facts, four participants, three points. —
  await commitField(page.getByTestId('workshop-title'), 'Sammenhængende udskrivelse');
  await commitField(page.getByTestId('workshop-date'), '2026-03-12');
  await commitField(page.getByTestId('workshop-time'), '09:00');
  await commitField(page.getByTestId('workshop-place'), 'Regionshuset, Viborg');
  await commitField(page.getByTestId('workshop-facilitator'), 'Mette Sørensen');
  await commitField(page.getByTestId('workshop-secretary'), 'Jonas Holm');

  const people = [
    {
      name: 'Anne Kjær',
      title: 'Afdelingssygeplejerske',
      organisation: 'Aarhus Universitetshospital',
    },
    { name: 'Bo Lund', title: 'Praktiserende læge', organisation: 'Lægehuset Viby' },
    { name: 'Carla Nørgaard', title: 'Sundhedschef', organisation: 'Aarhus Kommune' },
    { name: 'Dan Østergaard', title: 'Konsulent', organisation: 'Region Midtjylland' },
  ];
  for (const person of people) await addParticipant(page, person);
  await expect(page.getByTestId('participant-row')).toHaveCount(4);
  // Dan sent regrets (AFBUD).
  const dan = page.getByTestId('participant-row').nth(3).getByTestId('participant-present');
  // The box follows the host's state, so it changes once the host has applied the command.
  await dan.click();
  await expect(dan).not.toBeChecked();

  const welcome = await addPoint(page, {
    title: 'Velkomst og godkendelse af dagsorden',
    purpose: 'orientation',
    minutes: 10,
    presenter: 'Mette Sørensen',
  });
  const ideas = await addPoint(page, {
    title: 'Idéer til bedre udskrivelsessamtaler',
    purpose: 'development',
    minutes: 30,
    presenter: 'Anne Kjær',
  });
  const decision = await addPoint(page, {
    title: 'Beslutning om fælles opfølgning',
    purpose: 'decision',
    minutes: 25,
    presenter: 'Carla Nørgaard',
  });
  expect(await agendaIds(page)).toEqual([welcome, ideas, decision]);

  // — Reorder by drag and drop: the decision point onto the top half of the first row. —
  await dragOnto(
    page,
    agendaRow(page, decision).getByTestId('agenda-drag-handle'),
    agendaRow(page, welcome),
    0.15,
  );
  await expect.poll(() => agendaIds(page)).toEqual([decision, welcome, ideas]);

  // — And by keyboard: Alt+ArrowDown on the focused handle moves it one down. —
  const handle = agendaRow(page, decision).getByTestId('agenda-drag-handle');
  await handle.focus();
  await handle.press('Alt+ArrowDown');
  await expect.poll(() => agendaIds(page)).toEqual([welcome, decision, ideas]);
  await agendaRow(page, decision).getByTestId('agenda-drag-handle').press('Alt+ArrowUp');
  await expect.poll(() => agendaIds(page)).toEqual([decision, welcome, ideas]);
  await screenshot(page, 'foundation-console-planned');

  // — Run the decision point with the projector open on a second page. —
  const projector = await page.context().newPage();
  pageErrors.watch(projector);
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(app.projectorUrl);
  await expect(projector.getByTestId('projector-root')).toHaveAttribute('data-room', 'none');
  await screenshot(projector, 'foundation-projector-programme');

  const startedAt = Date.now();
  await agendaRow(page, decision).getByTestId('point-start').click();
  await expect(agendaRow(page, decision)).toHaveAttribute('data-status', 'active');
  await expectRoom(page, projector, 'clarifying');
  await expect(projector.getByTestId('projector-point-title')).toHaveText(
    'Beslutning om fælles opfølgning',
  );
  await screenshot(projector, 'foundation-projector-clarifying');

  for (const room of ['developing', 'negotiating', 'acting'] as const) {
    await page.getByTestId('room-next').click();
    await expectRoom(page, projector, room);
  }
  await screenshot(projector, 'foundation-projector-acting');
  await expect(page.getByTestId('room-next')).toBeDisabled();

  // — Undo takes the room change back, on the projector too; redo and undo again. —
  await page.getByTestId('undo').click();
  await expectRoom(page, projector, 'negotiating');
  await page.getByTestId('redo').click();
  await expectRoom(page, projector, 'acting');
  await page.getByTestId('undo').click();
  await expectRoom(page, projector, 'negotiating');
  await screenshot(page, 'foundation-console-running');

  // The timer runs: 25 minutes planned, less the time since the start.
  const projectorTimer = projector.getByTestId('projector-timer');
  const readAt = Date.now();
  const leftBefore = await timerSeconds(projectorTimer);
  expect(leftBefore).toBeLessThan(25 * 60);
  expect(leftBefore).toBeGreaterThanOrEqual(25 * 60 - Math.ceil((readAt - startedAt) / 1000) - 1);

  // — Restart the server (same data folder, same port): everything is still there. —
  // While the server is down the pages' reconnect attempts are refused, and Chromium logs each.
  pageErrors.allow(/WebSocket connection to '.*\/ws' failed/);
  await app.restart();
  await expect(projector.getByTestId('projector-root')).toHaveAttribute(
    'data-room',
    'negotiating',
    {
      timeout: RECONNECT_MS,
    },
  );

  await page.reload();
  await expect(page.getByTestId('current-room')).toHaveAttribute('data-room', 'negotiating', {
    timeout: RECONNECT_MS,
  });
  await expect(page.getByTestId('workshop-title')).toHaveValue('Sammenhængende udskrivelse');
  await expect(page.getByTestId('workshop-date')).toHaveValue('2026-03-12');
  await expect(page.getByTestId('workshop-time')).toHaveValue('09:00');
  await expect(page.getByTestId('workshop-place')).toHaveValue('Regionshuset, Viborg');
  await expect(page.getByTestId('workshop-facilitator')).toHaveValue('Mette Sørensen');
  await expect(page.getByTestId('workshop-secretary')).toHaveValue('Jonas Holm');
  await expect(page.getByTestId('participant-row')).toHaveCount(4);
  await expect(page.getByTestId('participant-present').nth(3)).not.toBeChecked();
  expect(await agendaIds(page)).toEqual([decision, welcome, ideas]);
  await expect(agendaRow(page, decision)).toHaveAttribute('data-status', 'active');

  // The timer kept its time across the restart: it went on running, it did not start over.
  await projector.reload();
  await expectRoom(page, projector, 'negotiating');
  const leftAfter = await timerSeconds(projectorTimer);
  const elapsed = Math.ceil((Date.now() - readAt) / 1000);
  expect(leftAfter).toBeLessThanOrEqual(leftBefore);
  expect(leftAfter).toBeGreaterThanOrEqual(leftBefore - elapsed - 1);
  await expect.poll(() => timerSeconds(projectorTimer), { timeout: 5_000 }).toBeLessThan(leftAfter);

  // And the room plan still goes on from where it was.
  await page.getByTestId('room-next').click();
  await expectRoom(page, projector, 'acting');
  await screenshot(page, 'foundation-console-after-restart');
  await screenshot(projector, 'foundation-projector-after-restart');
});
