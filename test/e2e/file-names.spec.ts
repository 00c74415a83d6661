import { commitField } from './helpers/consolePage';
import { expect, test } from './helpers/fixtures';

// A workshop file takes its meeting's name once the title and date are set, in browser mode:
// the console's top bar and open list show it, Save As leaves no "Workshop 1" behind, and a
// restart reopens the file under its new name.
const MEETING = '2015-04-16 Møde i Direktørforum';
// A host just restarted may take a moment on a busy machine.
const RECONNECTS = { timeout: 10_000 };

test('a workshop file is named for its meeting, and the console follows', async ({ page, app }) => {
  await page.goto(app.url);
  const name = page.locator('.topbar-document-name');
  const openList = page.getByTestId('file-open').locator('option');
  await expect(name).toHaveText('Workshop 1');

  await commitField(page.getByTestId('workshop-title'), 'Møde i Direktørforum');
  await expect(page.getByTestId('workshop-title')).toHaveValue('Møde i Direktørforum');
  await expect(name).toHaveText('Workshop 1'); // a title alone does not rename
  await commitField(page.getByTestId('workshop-date'), '2015-04-16');
  await expect(name).toHaveText(MEETING);

  await app.restart();
  // A fresh page: what it shows comes from the restarted host, not from before the restart.
  await page.reload();
  await expect(name).toHaveText(MEETING, RECONNECTS);
  await expect(page.getByTestId('workshop-date')).toHaveValue('2015-04-16');

  // A new workshop takes the free default name; the meeting's file is in the open list.
  await page.getByTestId('file-new').click();
  await expect(name).toHaveText('Workshop 1');
  await expect(openList).toContainText([MEETING]);

  // Save As moves the untitled one: no stray "Workshop 1" in the list afterwards.
  await page.getByTestId('file-save-as-name').fill('Styregruppen, Aarhus-klyngen');
  await page.getByTestId('file-save-as').click();
  await expect(name).toHaveText('Styregruppen, Aarhus-klyngen');
  await page.getByTestId('file-open').selectOption({ label: MEETING });
  await expect(name).toHaveText(MEETING);
  // The placeholder, then the one other file: nothing left under "Workshop 1".
  await expect(openList).toHaveText([/./, 'Styregruppen, Aarhus-klyngen']);
});
