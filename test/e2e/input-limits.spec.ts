import type { Page } from '@playwright/test';
import { commitField } from './helpers/consolePage';
import { expect, test } from './helpers/fixtures';
import { HostSocket } from './helpers/hostSocket';
import { dispatch, RUNNING_POINT, START_POINT } from './helpers/projectorSetup';

// Input integrity, end to end in browser mode (Danish): text fields stop at the schema's limit,
// a longer text forced past it is refused by field name and limit, an invalid time is said and
// kept, and half-typed ideas and actions survive a reload.

async function openConsole(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('current-room')).toBeVisible();
}

test('a title stops at 200 characters; one forced past it is refused by name', async ({
  app,
  page,
}) => {
  await openConsole(page, app.url);
  const title = page.getByTestId('workshop-title');
  await expect(title).toHaveAttribute('maxlength', '200');
  await title.pressSequentially('x'.repeat(210));
  await expect(title).toHaveValue('x'.repeat(200));

  // Past the browser's limit (as a pasted text in an old build would be): the host refuses it.
  await title.evaluate((el) => el.removeAttribute('maxlength'));
  await commitField(title, 'y'.repeat(336));
  await expect(page.getByTestId('error-alert')).toContainText(
    'Titel: højst 200 tegn (du skrev 336)',
  );

  // Over the WebSocket the refusal carries the field, the limit and the length.
  const socket = await HostSocket.connect(app.url);
  try {
    const refused = socket.dispatch({ type: 'workshop.update', place: 'z'.repeat(250) });
    await expect(refused).rejects.toThrow(/"field":"place","limit":200,"length":250/);
  } finally {
    socket.close();
  }
});

test('an invalid start time is said, and the text is kept for correction', async ({
  app,
  page,
}) => {
  await openConsole(page, app.url);
  const time = page.getByTestId('workshop-time');
  await commitField(time, '25.99');
  await expect(page.getByTestId('workshop-time-error')).toHaveText('Ugyldigt klokkeslæt: 25.99');
  await expect(time).toHaveValue('25.99');
  await expect(time).toHaveAttribute('aria-invalid', 'true');

  await commitField(time, '9.30');
  await expect(page.getByTestId('workshop-time-error')).toHaveCount(0);
  await expect(time).toHaveValue('09:30');
});

test('a half-typed idea and a half-typed action survive a reload', async ({ app, page }) => {
  await openConsole(page, app.url);
  await dispatch(page, [
    ...RUNNING_POINT,
    ...START_POINT,
    { type: 'room.goTo', room: 'developing' },
  ]);

  const idea = page.getByTestId('rw-idea-input');
  await expect(idea).toHaveAttribute('maxlength', '500');
  await idea.fill('Fælles tjekliste ved udskriv');
  await page.reload();
  await expect(idea).toHaveValue('Fælles tjekliste ved udskriv');
  await expect(page.getByTestId('rw-idea-draft-restored')).toContainText('Intet er gået tabt');

  // Saved, the draft is gone: a reload brings back an empty box.
  await idea.press('Enter');
  await expect(page.getByTestId('rw-idea-card')).toHaveCount(1);
  await expect(idea).toHaveValue('');
  await expect(page.getByTestId('rw-idea-draft-restored')).toHaveCount(0);
  await page.reload();
  await expect(idea).toHaveValue('');

  await dispatch(page, [{ type: 'room.goTo', room: 'acting' }]);
  const what = page.getByTestId('rw-action-what');
  await what.fill('Ring til hjemmeplejen dagen før');
  await page.getByTestId('rw-action-followup').fill('Næste styregruppemøde');
  await page.reload();
  await expect(what).toHaveValue('Ring til hjemmeplejen dagen før');
  await expect(page.getByTestId('rw-action-followup')).toHaveValue('Næste styregruppemøde');
  await expect(page.getByTestId('rw-action-draft-restored')).toBeVisible();

  await page.getByTestId('rw-action-add').click();
  await expect(what).toHaveValue('');
  await page.reload();
  await expect(what).toHaveValue('');
  await expect(page.getByTestId('rw-action-draft-restored')).toHaveCount(0);
});
