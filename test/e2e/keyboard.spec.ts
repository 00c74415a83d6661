import type { Locator, Page } from '@playwright/test';
import { addPoint, agendaRow } from './helpers/consolePage';
import { expect, test } from './helpers/fixtures';

// The projector follows within a moment; a clicker press must show at once in the room.
const PROJECTOR_FOLLOWS_MS = 2_000;

/** Press Tab until `target` has the focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the target in ${max} presses`);
}

async function expectRoom(console: Page, projector: Page, room: string): Promise<void> {
  await expect(console.getByTestId('current-room')).toHaveAttribute('data-room', room);
  await expect(projector.getByTestId('projector-root')).toHaveAttribute('data-room', room, {
    timeout: PROJECTOR_FOLLOWS_MS,
  });
}

/** True when the black sheet covers the whole projector and nothing else can be seen. */
async function isBlank(projector: Page): Promise<boolean> {
  return projector.evaluate(() => {
    const sheet = document.querySelector('[data-testid="projector-blank"]');
    const stage = document.querySelector('.projector-stage');
    if (!sheet || !stage) return false;
    const style = getComputedStyle(sheet);
    const box = sheet.getBoundingClientRect();
    return (
      style.visibility === 'visible' &&
      style.opacity === '1' &&
      style.backgroundColor === 'rgb(0, 0, 0)' &&
      box.width >= window.innerWidth &&
      box.height >= window.innerHeight &&
      getComputedStyle(stage).visibility === 'hidden'
    );
  });
}

test('a decision point run with the keyboard and the clicker keys only', async ({
  app,
  page,
  pageErrors,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(app.url);
  const id = await addPoint(page, {
    title: 'Fælles plan for udskrivelse',
    purpose: 'decision',
    minutes: 20,
    presenter: 'Mette Sørensen',
  });

  const projector = await page.context().newPage();
  pageErrors.watch(projector);
  await projector.emulateMedia({ reducedMotion: 'reduce' });
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(app.projectorUrl);
  await expect(projector.getByTestId('projector-root')).toHaveAttribute('data-room', 'none');
  await page.bringToFront();

  // Start it: Tab to the point's start button, Enter.
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await tabTo(page, agendaRow(page, id).getByTestId('point-start'));
  await page.keyboard.press('Enter');
  await expectRoom(page, projector, 'clarifying');

  // The clicker: PageDown through the rooms.
  for (const room of ['developing', 'negotiating', 'acting']) {
    await page.keyboard.press('PageDown');
    await expectRoom(page, projector, room);
  }
  // At the last room PageDown does nothing (it never finishes the point by itself).
  await page.keyboard.press('PageDown');
  await expect(agendaRow(page, id)).toHaveAttribute('data-status', 'active');
  await expectRoom(page, projector, 'acting');

  // B blanks the projector, B brings it back, and the console says which it is.
  await page.keyboard.press('b');
  await expect.poll(() => isBlank(projector), { timeout: PROJECTOR_FOLLOWS_MS }).toBe(true);
  await expect(page.getByTestId('header-mode-blank')).toBeChecked();
  await page.keyboard.press('B');
  await expect.poll(() => isBlank(projector), { timeout: PROJECTOR_FOLLOWS_MS }).toBe(false);
  await expect(projector.getByTestId('projector-room-name')).toBeVisible();
  await expect(page.getByTestId('header-mode-normal')).toBeChecked();

  // PageUp goes back a room.
  await page.keyboard.press('PageUp');
  await expectRoom(page, projector, 'negotiating');

  // The keys never act while the facilitator types: PageDown and B in a text field stay there.
  const title = page.getByTestId('workshop-title');
  await title.focus();
  await page.keyboard.type('Bb');
  await page.keyboard.press('PageDown');
  await expect(title).toHaveValue('Bb');
  await expectRoom(page, projector, 'negotiating');
  expect(await isBlank(projector)).toBe(false);
  await page.keyboard.press('Escape');

  // The clicker works on the projector page as well (it has the focus when it covers the laptop).
  await projector.bringToFront();
  await projector.keyboard.press('PageDown');
  await expectRoom(page, projector, 'acting');
  await page.bringToFront();

  // The shortcut sheet lists every key from the same table the handlers use.
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('?');
  const sheet = page.getByTestId('shortcuts');
  await expect(sheet).toBeVisible();
  for (const key of ['PageDown', 'PageUp', 'B', 'F5', 'Esc', 'Ctrl+Z', '?']) {
    await expect(sheet.locator('kbd', { hasText: key }).first()).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // Finish it: Tab to "Finish item", Enter. The projector goes back to the programme.
  await tabTo(page, page.getByTestId('point-finish'));
  await page.keyboard.press('Enter');
  await expect(agendaRow(page, id)).toHaveAttribute('data-status', 'done');
  await expect(projector.getByTestId('projector-root')).toHaveAttribute('data-room', 'none', {
    timeout: PROJECTOR_FOLLOWS_MS,
  });
});

test('the clicker keys follow the key map in the settings', async ({ app, page }) => {
  await page.goto(app.url);
  await addPoint(page, { title: 'Idéer', purpose: 'development', minutes: 10, presenter: '' });
  await page.getByTestId('point-start').click();
  await expect(page.getByTestId('current-room')).toHaveAttribute('data-room', 'clarifying');

  await page.getByTestId('settings-open').click();
  const next = page.getByTestId('settings-key-next');
  await next.click();
  await page.keyboard.press('ArrowRight');
  await expect(next).toContainText('ArrowRight');
  await page.getByTestId('settings-close').click();

  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('current-room')).toHaveAttribute('data-room', 'clarifying');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('current-room')).toHaveAttribute('data-room', 'developing');
});
