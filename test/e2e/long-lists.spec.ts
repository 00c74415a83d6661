import { LONG_TEXTS, PEOPLE, POINT_TITLES, TYPICAL_TEXTS } from '../fixtures/corpus/sentences';
import { expect, test } from './helpers/fixtures';
import { dispatch } from './helpers/projectorSetup';

// Long lists in the console (issue 15): rows far from the window are light stand-ins with the
// same text, and get their controls when scrolled to, focused, or printed.

const TITLES = Object.values(POINT_TITLES);
const POINTS = 60;
const PERSONS = 45;

const points = Array.from({ length: POINTS }, (_, i) => ({
  type: 'agenda.add',
  point: {
    id: `p${i + 1}`,
    title: `${TITLES[i % TITLES.length]} (${i + 1})`,
    purpose: 'orientation',
    plannedMinutes: 10 + (i % 4) * 5,
    presenter: PEOPLE[i % PEOPLE.length]!.name,
  },
}));

/** The corpus people over and over; every third sent regrets. */
const persons = Array.from({ length: PERSONS }, (_, i) => {
  const p = PEOPLE[i % PEOPLE.length]!;
  return {
    type: 'participant.add',
    participant: {
      id: `d${i + 1}`,
      name: `${p.name} ${i + 1}`,
      title: p.title,
      organisation: p.organisation,
      sector: p.sector,
      present: i % 3 !== 2,
    },
  };
});

test('a long participant list: a person far down shows as text, and can be edited once focused or scrolled to', async ({
  app,
  page,
  pageErrors,
}) => {
  await page.goto(app.url);
  await dispatch(page, persons);
  const rows = page.getByTestId('participant-row');
  await expect(rows).toHaveCount(PERSONS);

  // Far below the window: name, title, organisation and "Afbud" as text, no checkbox yet.
  const last = page.locator(`[data-testid="participant-row"][data-participant-id="d${PERSONS}"]`);
  const person = persons[PERSONS - 1]!.participant;
  await expect(last.getByRole('textbox', { name: 'Navn' })).toHaveValue(person.name);
  await expect(last).toContainText(person.title);
  await expect(last).toContainText(person.organisation);
  await expect(last).toContainText('Afbud');

  // Focused from the keyboard: the rest of its controls, and the presence can be changed.
  await last.getByRole('textbox', { name: 'Navn' }).focus();
  const present = last.getByTestId('participant-present');
  await expect(present).not.toBeChecked();
  // The box follows the host's state, so it changes once the host has applied the command.
  await present.click();
  await expect(present).toBeChecked();
  await expect(last).toContainText('Til stede');
  await expect(page.getByTestId('participant-row').filter({ hasText: 'Afbud' })).toHaveCount(14);

  // Scrolled to: the title field, sector and remove, as on every row.
  const other = page.locator('[data-testid="participant-row"][data-participant-id="d40"]');
  await other.scrollIntoViewIfNeeded();
  await expect(other.getByRole('textbox', { name: 'Titel' })).toHaveValue(
    persons[39]!.participant.title,
  );
  await expect(other.getByTestId('participant-row-sector')).toHaveValue(
    persons[39]!.participant.sector,
  );
  await other.getByTestId('participant-remove').click();
  await expect(rows).toHaveCount(PERSONS - 1);
  expect(pageErrors.unexpected).toEqual([]);
});

test('a long programme prints every row in full, times, titles, presenters and minutes', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await dispatch(page, [{ type: 'workshop.update', startTime: '09:00' }, ...points]);
  const rows = page.getByTestId('programme-row');
  await expect(rows).toHaveCount(POINTS);
  // Far down the page the last row still reads as the programme: time, title · presenter.
  const last = rows.last();
  const point = points[POINTS - 1]!.point;
  await expect(last).toContainText(`${point.title} · ${point.presenter}`);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.programme-row-time')).toHaveCount(POINTS);
  await expect(page.locator('.programme-row-presenter')).toHaveCount(POINTS);
  await expect(last.locator('.programme-row-minutes')).toHaveText(`${point.plannedMinutes} min`);
  await expect(last.locator('.programme-row-title')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('a long idea wall shows its newest cards first, and every idea on request', async ({
  app,
  page,
  pageErrors,
}) => {
  const IDEAS = 60;
  const texts = [...TYPICAL_TEXTS, ...LONG_TEXTS];
  await page.goto(app.url);
  await dispatch(page, [
    ...persons.slice(0, 6),
    { type: 'agenda.add', point: { ...points[0]!.point, purpose: 'decision' } },
    { type: 'point.start', id: 'p1' },
    { type: 'room.goTo', room: 'developing' },
    ...Array.from({ length: IDEAS }, (_, i) => ({
      type: 'idea.add',
      id: `idea${i + 1}`,
      pointId: 'p1',
      text: texts[i % texts.length]!.slice(0, 300),
      authorId: `d${1 + (i % 6)}`,
    })),
  ]);
  await expect(page.getByTestId('rw-idea-count')).toHaveText(String(IDEAS));
  // The newest first, and a page of them: a new idea moves only those cards (typing stays quick).
  const cards = page.getByTestId('rw-idea-card');
  await expect(cards).toHaveCount(48);
  await expect(cards.first()).toHaveAttribute('data-idea-id', `idea${IDEAS}`);
  const showAll = page.getByTestId('rw-wall-show-all');
  await expect(showAll).toHaveText(`Vis alle ${IDEAS} idéer`);
  await showAll.click();
  await expect(cards).toHaveCount(IDEAS);
  await expect(cards.last()).toHaveAttribute('data-idea-id', 'idea1');
  await expect(showAll).toHaveCount(0);
  expect(pageErrors.unexpected).toEqual([]);
});
