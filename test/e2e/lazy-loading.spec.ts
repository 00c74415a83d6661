// Issue 15 (lighter and faster): what opens on demand is not in the first load of the console
// and the projector; it loads in idle time after it, so it opens at once, even with the server
// gone, and a key that opens a screen whose code is still on its way works on the first press.
import type { Page } from '@playwright/test';
import { PEOPLE } from '../fixtures/corpus/sentences';
import { addParticipant } from './helpers/consolePage';
import { expect, test } from './helpers/fixtures';

/**
 * Code fetched on demand only: the QR encoder, the record screens, the dialogs, the parser, the
 * room tools (shown only while a point runs), and the projector's later rooms.
 */
const ON_DEMAND =
  /\/(QrCode|OpenJoining|ExportScreen|ActionLog|SettingsDialog|ProgrammePasteDialog|ProjectorJoin|RoomWorkspace|NegotiatingContent|ActingContent)-[^/]*\.js$/;

/** The scripts the page fetched before its load event, by file name. */
async function scriptsAtLoad(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => /\.js$/.test(new URL(e.name).pathname) && e.responseEnd <= nav.loadEventStart)
      .map((e) => new URL(e.name).pathname);
  });
}

/** Whether the focus is inside the element with this test id. */
function focusIn(page: Page, testId: string): Promise<boolean> {
  return page.evaluate(
    (id) => document.activeElement?.closest(`[data-testid="${id}"]`) != null,
    testId,
  );
}

async function scriptsSoFar(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
  );
}

test('the first load leaves out what opens on demand; it arrives after, and opens offline', async ({
  app,
  page,
  pageErrors,
}) => {
  const person = PEOPLE[0]!;
  await page.goto(app.url, { waitUntil: 'load' });
  await addParticipant(page, person);
  const atLoad = await scriptsAtLoad(page);
  expect(atLoad.length).toBeGreaterThan(0);
  expect(atLoad.filter((s) => ON_DEMAND.test(s))).toEqual([]);

  // Idle time after the first screen: the same code comes in, QR encoder included.
  await expect(page.locator('html[data-lazy-warm="done"]')).toBeAttached({ timeout: 15_000 });
  expect((await scriptsSoFar(page)).filter((s) => /\/QrCode-/.test(s))).toHaveLength(1);

  // The server is gone: the export screen and the settings still open, from the warm code.
  pageErrors.allow(/WebSocket connection to .* failed/);
  pageErrors.allow(/ERR_CONNECTION_REFUSED/);
  await app.stop();
  await page.keyboard.press('Control+Shift+E');
  const screen = page.getByTestId('export-screen');
  await expect(screen).toBeVisible();
  await screen.getByTestId('export-screen-close').click();
  await expect(screen).toHaveCount(0);
  await page.getByTestId('settings-open').click();
  await expect(page.getByTestId('settings')).toBeVisible();
  // The dialog has the focus, as before the split.
  await expect.poll(() => focusIn(page, 'settings')).toBe(true);
});

test('the export key works on the first press while the screen is still loading', async ({
  app,
  page,
}) => {
  // Hold the export screen's code back, as on a slow first open.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/ExportScreen-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // And every dialog's code: the header must not wait for it to be styled.
  await page.route(
    /\/(Modal|SettingsDialog|ShortcutSheet|GuideDialog)-[^/]*\.(js|css)$/,
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.goto(app.url);
  await expect(page.getByTestId('record-open-export')).toBeVisible();
  // Unstyled, the mode switch would be a plain block of radio buttons.
  await expect(page.locator('.mode-switch').first()).not.toHaveCSS('display', 'block');
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByTestId('export-screen')).toHaveCount(0);
  release();
  await expect(page.getByTestId('export-screen')).toBeVisible();
  await expect.poll(() => focusIn(page, 'export-screen')).toBe(true);
  // Esc closes it, as every dialog.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-screen')).toHaveCount(0);
});

test("the projector's first load leaves out the join sheet and its QR encoder", async ({
  app,
  page,
}) => {
  await page.goto(app.projectorUrl, { waitUntil: 'load' });
  await expect(page.getByTestId('projector-root')).toBeAttached();
  expect((await scriptsAtLoad(page)).filter((s) => ON_DEMAND.test(s))).toEqual([]);
  // It comes in idle time after, as its own file, so showing the sheet needs no server.
  await expect(page.locator('html[data-lazy-warm="done"]')).toBeAttached({ timeout: 15_000 });
  expect((await scriptsSoFar(page)).filter((s) => /\/QrCode-/.test(s))).toHaveLength(1);
});

test('a part whose code cannot be fetched says so in its place, and a reload brings it', async ({
  app,
  page,
}) => {
  // The export screen's code fails, as when the server went away before warming was over.
  await page.route(/\/ExportScreen-[^/]*\.js$/, (route) => route.abort());
  await page.goto(app.url);
  await expect(page.getByTestId('record-open-export')).toBeVisible();
  await page.keyboard.press('Control+Shift+E');
  const failed = page.getByTestId('lazy-part-failed');
  await expect(failed).toContainText('Denne del kunne ikke hentes fra værten.');
  // The rest of the console is still there and usable.
  await expect(page.getByTestId('point-add')).toBeEnabled();
  await page.unroute(/\/ExportScreen-[^/]*\.js$/);
  await failed.getByRole('button', { name: 'Genindlæs siden' }).click();
  await expect(page.getByTestId('record-open-export')).toBeVisible();
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByTestId('export-screen')).toBeVisible();
});
