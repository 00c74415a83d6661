import { POINT_TITLES, PEOPLE } from '../fixtures/corpus/sentences';
import { agendaIds, agendaRow } from './helpers/consolePage';
import { expect, test } from './helpers/fixtures';
import { dispatch } from './helpers/projectorSetup';

const TITLES = Object.values(POINT_TITLES);
const COUNT = 90;

/** A long programme: the real titles over and over, each with its presenter. */
const points = Array.from({ length: COUNT }, (_, i) => ({
  type: 'agenda.add',
  point: {
    id: `p${i + 1}`,
    title: `${TITLES[i % TITLES.length]} (${i + 1})`,
    purpose: i % 3 === 0 ? 'decision' : 'orientation',
    plannedMinutes: 10 + (i % 4) * 5,
    presenter: PEOPLE[i % PEOPLE.length]!.name,
  },
}));

test('a long agenda: a row far down shows its point, and its fields once scrolled to or focused', async ({
  app,
  page,
  pageErrors,
}) => {
  await page.goto(app.url);
  await dispatch(page, [
    { type: 'workshop.update', title: 'Styregruppen for sammenhængende patientforløb' },
    ...points,
  ]);
  await expect(page.getByTestId('agenda-row')).toHaveCount(COUNT);

  // Far below the window: the point's title, presenter and minutes as text.
  const last = agendaRow(page, `p${COUNT}`);
  const lastPoint = points[COUNT - 1]!.point;
  await expect(last).toContainText(lastPoint.title);
  await expect(last).toContainText(lastPoint.presenter);
  await expect(last).toContainText(`${lastPoint.plannedMinutes} min`);

  // Scrolled to: the title field, start and remove, as on every row.
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator('input.agenda-title')).toHaveValue(lastPoint.title);
  await expect(last.getByTestId('point-start')).toBeEnabled();
  await expect(last.getByRole('textbox', { name: 'Oplægsholder' })).toHaveValue(
    lastPoint.presenter,
  );

  // Back at the top, a row far down is moved with the keyboard from its handle.
  await page.evaluate(() => window.scrollTo(0, 0));
  const handle = agendaRow(page, 'p70').getByTestId('agenda-drag-handle');
  await handle.focus();
  await handle.press('Alt+ArrowUp');
  await expect.poll(async () => (await agendaIds(page)).indexOf('p70')).toBe(68);
  await expect(handle).toBeFocused();
  await expect(agendaRow(page, 'p70').locator('input.agenda-title')).toHaveValue(
    points[69]!.point.title,
  );
  // No page error from the swaps between a row's stand-in and its fields.
  expect(pageErrors.unexpected).toEqual([]);
});
