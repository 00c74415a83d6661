import type { BrowserContext, Page } from '@playwright/test';
import { corpusMeeting } from '../fixtures/corpusContent';
import type { AppServer } from './helpers/appServer';
import { expect, test } from './helpers/fixtures';
import { dispatch, setSettings } from './helpers/projectorSetup';

/**
 * Turning the projector's pages as a facilitator does: with the clicker (PageDown / PageUp)
 * on either window and with the console's pager, on a real meeting's content. The layout of
 * each page is projector-layout.spec's business; here: which page shows, and what the keys do.
 */

/** The keys of the items the projector shows now. */
function shownItems(projector: Page): Promise<string[]> {
  return projector.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-pr-item]'))
      .filter((el) => el.checkVisibility())
      .map((el) => el.dataset.prItem ?? ''),
  );
}

async function pageOf(projector: Page): Promise<[number, number]> {
  const indicator = projector.getByTestId('pr-page');
  await expect(indicator).toBeVisible();
  return [
    Number(await indicator.getAttribute('data-page')),
    Number(await indicator.getAttribute('data-pages')),
  ];
}

/** Presses `key` on the projector until the last (or first) page, collecting what each shows. */
async function turnThrough(projector: Page, key: 'PageUp' | 'PageDown'): Promise<Set<string>> {
  const seen = new Set(await shownItems(projector));
  const [at, pages] = await pageOf(projector);
  const step = key === 'PageDown' ? 1 : -1;
  for (let p = at + step; p >= 1 && p <= pages; p += step) {
    await projector.keyboard.press(key);
    await expect(projector.getByTestId('pr-page')).toHaveAttribute('data-page', String(p));
    for (const item of await shownItems(projector)) seen.add(item);
  }
  return seen;
}

function addIdea(page: Page, pointId: string, id: string, text: string, authorId?: string) {
  return dispatch(page, [{ type: 'idea.add', id, pointId, text, authorId: authorId ?? null }]);
}

interface Opened {
  projector: Page;
  meeting: ReturnType<typeof corpusMeeting>;
}

/**
 * The console and a projector page on a real meeting (corpusMeeting's options); its work
 * point started unless `start` is false.
 */
async function openMeeting(
  { app, page, context }: { app: AppServer; page: Page; context: BrowserContext },
  options: Parameters<typeof corpusMeeting>[0],
  { start = true, width = 1280, height = 720 } = {},
): Promise<Opened> {
  await page.goto(app.url);
  const projector = await context.newPage();
  await projector.goto(app.projectorUrl);
  const meeting = corpusMeeting(options);
  const begin = start ? [{ type: 'point.start', id: meeting.workPointId }] : [];
  await dispatch(page, [...meeting.commands, ...begin]);
  await projector.setViewportSize({ width, height });
  return { projector, meeting };
}

test('a wall of 40 ideas pages, follows the newest page, and turns with the clicker and the console', async ({
  app,
  page,
  context,
}) => {
  const { projector, meeting } = await openMeeting({ app, page, context }, { ideas: 40 });
  await dispatch(page, [{ type: 'room.goTo', room: 'developing' }]);

  // The newest page first, as the wall grows at its end.
  await expect(projector.getByTestId('pr-page')).toBeVisible();
  const [last, pages] = await pageOf(projector);
  expect(pages).toBeGreaterThan(1);
  expect(last).toBe(pages);
  await expect(page.getByTestId('projector-page')).toHaveText(`Side ${pages} af ${pages}`);

  // Every idea is on some page: turn back with PageUp on the projector to the first.
  const seen = await turnThrough(projector, 'PageUp');
  expect([...seen].sort()).toEqual([...meeting.items.developing].sort());
  await expect(page.getByTestId('projector-page-previous')).toBeDisabled();

  // The console's pager turns forward; PageDown on the console does too.
  await page.getByTestId('projector-page-next').click();
  await expect(projector.getByTestId('pr-page')).toHaveAttribute('data-page', '2');
  await page.locator('body').press('PageDown');
  await expect(projector.getByTestId('pr-page')).toHaveAttribute('data-page', '3');

  // Turned back, a new idea does not pull the wall away from the page being read …
  const pageBefore = (await pageOf(projector))[0];
  await addIdea(
    page,
    meeting.workPointId,
    'late-1',
    'Sekretariatet/koordinationsgruppen følger op på sundhedsstyregruppens kommissorium',
    meeting.participantIds[0],
  );
  await expect(projector.locator('[data-pr-item="idea:late-1"]')).toBeAttached();
  if (pageBefore < pages) {
    await expect(projector.getByTestId('pr-page')).toHaveAttribute('data-page', String(pageBefore));
  }
  // … but on the last page it follows the newest.
  for (let [at, of] = await pageOf(projector); at < of; [at, of] = await pageOf(projector)) {
    await page.getByTestId('projector-page-next').click();
    await expect(projector.getByTestId('pr-page')).toHaveAttribute('data-page', String(at + 1));
  }
  const [onLast, now] = await pageOf(projector);
  expect(onLast).toBe(now);
  await addIdea(
    page,
    meeting.workPointId,
    'late-2',
    'Formandsposterne går på skift mellem hospital, kommune og almen praksis',
    meeting.participantIds[1],
  );
  await expect(projector.locator('[data-pr-item="idea:late-2"]')).toBeVisible();
  const [after, afterPages] = await pageOf(projector);
  expect(after).toBe(afterPages);
});

test('PageDown pages the action table first, then moves on as before', async ({
  app,
  page,
  context,
}) => {
  const { projector, meeting } = await openMeeting(
    { app, page, context },
    { ideas: 3, clusters: 1, actions: 30 },
  );
  await dispatch(page, [{ type: 'room.goTo', room: 'negotiating' }]);
  await expect(projector.getByTestId('projector-root')).toHaveAttribute('data-room', 'negotiating');
  // One page here: PageDown moves on to the acting room at once.
  await expect(projector.getByTestId('pr-page')).toHaveCount(0);
  await projector.keyboard.press('PageDown');
  await expect(projector.getByTestId('projector-root')).toHaveAttribute('data-room', 'acting');

  // Thirty actions of real length: pages, from the first; PageDown turns them all.
  const [first, pages] = await pageOf(projector);
  expect(first).toBe(1);
  expect(pages).toBeGreaterThan(1);
  const seen = await turnThrough(projector, 'PageDown');
  expect([...seen].sort()).toEqual([...meeting.items.acting].sort());
  // On the last page PageUp still turns back, and the room stays.
  await projector.keyboard.press('PageUp');
  await expect(projector.getByTestId('pr-page')).toHaveAttribute('data-page', String(pages - 1));
  await expect(projector.getByTestId('projector-root')).toHaveAttribute('data-room', 'acting');

  // The next point opens on a room without pages: PageDown on the console moves the room on,
  // it does not turn the pages of the action table that has left the screen.
  // (Straight on: no programme in between, whose page line would hide the fault.)
  await dispatch(page, [
    { type: 'agenda.setRoomPlan', id: meeting.pointIds[2], roomPlan: ['clarifying', 'developing'] },
    { type: 'point.finish', startNext: true },
  ]);
  await expect(projector.getByTestId('projector-root')).toHaveAttribute('data-room', 'clarifying');
  await expect(projector.getByTestId('pr-page')).toHaveCount(0);
  await page.locator('body').press('PageDown');
  await expect(projector.getByTestId('projector-root')).toHaveAttribute('data-room', 'developing');
});

test('the facilitator focuses one part of the negotiating room from the console', async ({
  app,
  page,
  context,
}) => {
  const { projector, meeting } = await openMeeting(
    { app, page, context },
    {
      ideas: 9,
      clusters: 3,
      dotTargets: 3,
      positions: 3,
      conclusions: 1,
    },
  );
  await dispatch(page, [{ type: 'room.goTo', room: 'negotiating' }]);
  const part = (kind: string) => projector.locator(`[data-pr-item^="${kind}:"]`);
  // Together: clusters, dot results, positions and the conclusion.
  for (const kind of ['cluster', 'dots', 'position', 'conclusion']) {
    await expect(part(kind).first()).toBeVisible();
  }
  await page.getByTestId('projector-focus-positions').click();
  await expect(part('cluster')).toHaveCount(0);
  await expect(part('conclusion')).toHaveCount(0);
  const positions = meeting.items.negotiating.filter((key) => key.startsWith('position:'));
  expect((await shownItems(projector)).sort()).toEqual(positions.sort());
  await page.getByTestId('projector-focus-all').click();
  await expect(part('cluster').first()).toBeVisible();
  await setSettings(page, { projectorFocus: 'all' });
});

test('between points the programme opens on the page that holds the next point', async ({
  app,
  page,
  context,
}) => {
  const { projector, meeting } = await openMeeting(
    { app, page, context },
    { programmeItems: 24 },
    { start: false, width: 1024, height: 768 },
  );
  await expect(projector.locator(`[data-pr-item="point:${meeting.pointIds[0]}"]`)).toBeVisible();
  const [first, pages] = await pageOf(projector);
  expect(first).toBe(1);
  expect(pages).toBeGreaterThan(1);

  // The morning is over: the first 20 points are done.
  const done = meeting.pointIds.slice(0, 20);
  await dispatch(
    page,
    done.flatMap((id) => [{ type: 'point.start', id }, { type: 'point.finish' }]),
  );
  const next = projector.locator(`[data-pr-item="point:${meeting.pointIds[20]}"]`);
  await expect(next).toBeVisible();
  const [at, of] = await pageOf(projector);
  expect(at).toBeGreaterThan(1);
  expect(at).toBeLessThanOrEqual(of);
  // And the facilitator can still turn back to the start of the day.
  const seen = await turnThrough(projector, 'PageUp');
  expect(seen).toContain(`point:${meeting.pointIds[0]}`);
});
