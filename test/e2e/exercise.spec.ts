import type { Locator, Page } from '@playwright/test';
import { addParticipant, addPoint, screenshot, timerSeconds } from './helpers/consolePage';
import { SharedClock } from './helpers/sharedClock';
import { expect, test } from './helpers/fixtures';
import { dispatch } from './helpers/projectorSetup';

const MINUTE = 60_000;
// The projector follows the console within a moment (the foundation test allows 2 s).
const FOLLOWS = { timeout: 2_000 };

const PEOPLE = [
  {
    name: 'Anne Kjær',
    title: 'Afdelingssygeplejerske',
    organisation: 'Aarhus Universitetshospital',
  },
  { name: 'Bo Lund', title: 'Praktiserende læge', organisation: 'Lægehuset Viby' },
  { name: 'Carla Nørgaard', title: 'Sundhedschef', organisation: 'Aarhus Kommune' },
  { name: 'Dorte Friis', title: 'Konsulent', organisation: 'Region Midtjylland' },
  { name: 'Erik Holm', title: 'Overlæge', organisation: 'Aarhus Universitetshospital' },
  { name: 'Fatima Ali', title: 'Visitator', organisation: 'Aarhus Kommune' },
  { name: 'Gustav Berg', title: 'Praktiserende læge', organisation: 'Lægehuset Viby' },
];

/** Group sizes, largest first. */
async function groupSizes(pairs: Locator, member: string): Promise<number[]> {
  const sizes = await pairs.evaluateAll(
    (els, sel) => els.map((el) => el.querySelectorAll(sel).length),
    member,
  );
  return sizes.sort((a, b) => b - a);
}

async function projectorSeconds(projector: Page): Promise<number> {
  return timerSeconds(projector.getByTestId('projector-exercise-timer'));
}

test('a pair exercise for seven (one trio) in seconds: reflection, pairs with the switch, plenary, on the projector', async ({
  page,
  pageErrors,
}) => {
  // Some 60 steps and nine screenshots: minutes on a busy 2-core machine, though the clock jumps.
  test.setTimeout(240_000);
  const clock = await SharedClock.create();
  const app = await clock.startServer();
  const context = page.context();
  const projector = await context.newPage();
  try {
    pageErrors.watch(projector);
    await projector.setViewportSize({ width: 1280, height: 720 });
    await clock.install([context], new Date(2026, 2, 12, 10, 50));
    await page.goto(app.url);
    await projector.goto(app.projectorUrl);

    for (const person of PEOPLE) await addParticipant(page, person);
    await addPoint(page, {
      title: 'Workshop: ledelse på tværs',
      purpose: 'development',
      minutes: 40,
      presenter: 'Mickael',
    });
    await page.getByTestId('point-start').first().click();
    await expect(page.getByTestId('exercise-panel')).toBeVisible();

    // — Set up: the pair exercise from the library, pairs drawn (a trio: seven people). —
    await page.getByTestId('exercise-library').selectOption('template:pair');
    await page.getByTestId('exercise-add').click();
    const card = page.getByTestId('exercise-card');
    await expect(card).toHaveAttribute('data-status', 'ready');
    await expect(page.getByTestId('exercise-start')).toBeDisabled(); // no pairs yet
    await page.getByTestId('exercise-draw').click();
    const pairs = page.getByTestId('exercise-pair');
    await expect(pairs).toHaveCount(3);
    expect(await groupSizes(pairs, '.exercise-member')).toEqual([3, 2, 2]);
    // Draw again, then edit: move the trio's last member into another pair.
    await page.getByTestId('exercise-draw').click();
    await expect(pairs).toHaveCount(3);
    const trio = pairs.filter({ has: page.locator('.exercise-member:nth-of-type(3)') });
    const moved = trio.locator('[data-testid^="exercise-move-"]').last();
    const trioIndex = await pairs.evaluateAll((els) =>
      els.findIndex((el) => el.querySelectorAll('.exercise-member').length === 3),
    );
    await moved.selectOption(String(trioIndex === 0 ? 1 : 0));
    // The sizes read [3, 2, 2] before the move as after it: wait for the trio to have moved.
    await expect
      .poll(() =>
        pairs.evaluateAll((els) =>
          els.findIndex((el) => el.querySelectorAll('.exercise-member').length === 3),
        ),
      )
      .not.toBe(trioIndex);
    expect(await groupSizes(pairs, '.exercise-member')).toEqual([3, 2, 2]);

    // — Step 1: individual reflection, 10 minutes. —
    await page.getByTestId('exercise-start').click();
    await expect(card).toHaveAttribute('data-status', 'running');
    const shown = projector.getByTestId('projector-exercise');
    await expect(shown).toBeVisible(FOLLOWS);
    await expect(projector.getByTestId('projector-exercise-step')).toHaveText(
      'Trin 1 af 3 · Individuel refleksion',
    );
    await expect(projector.getByTestId('projector-exercise-prompt')).toHaveText(
      'Hvordan kan vi selv styrke ledelse på tværs af sektorer?',
    );
    await expect(projector.getByTestId('projector-exercise-pair')).toHaveCount(0);
    expect(await projectorSeconds(projector)).toBeGreaterThan(9 * 60 + 50);
    await screenshot(projector, 'exercise-1-reflection');

    // Nine minutes on: one minute left, amber, said in words too.
    await clock.forward([context], 9 * MINUTE);
    const display = projector.getByTestId('projector-exercise-timer-display');
    await expect(display).toHaveAttribute('data-phase', 'amber');
    await expect.poll(() => projectorSeconds(projector)).toBeLessThanOrEqual(60);
    expect(await projectorSeconds(projector)).toBeGreaterThan(45);
    await expect(display).toContainText('tilbage');
    await expect(page.getByTestId('timer-exercise')).toHaveAttribute('data-phase', 'amber');
    await screenshot(projector, 'exercise-1-amber');
    // Past the end: the overrun counts up, in words and an icon, not only in red.
    await clock.forward([context], 2 * MINUTE);
    await expect(display).toHaveAttribute('data-phase', 'overrun');
    await expect(display).toContainText('over tid');
    await expect(display.locator('[data-icon="overrun"]')).toHaveCount(1);
    expect(await projectorSeconds(projector)).toBeLessThanOrEqual(-55);
    await screenshot(projector, 'exercise-1-overrun');

    // — Step 2: in pairs, 10 minutes a turn, the projector says when to switch. —
    await page.getByTestId('exercise-next').click();
    await expect(projector.getByTestId('projector-exercise-step')).toHaveText(
      'Trin 2 af 3 · Drøft med din sidemakker',
      FOLLOWS,
    );
    const projectedPairs = projector.getByTestId('projector-exercise-pair');
    await expect(projectedPairs).toHaveCount(3);
    expect(await groupSizes(projectedPairs, '[data-testid="projector-exercise-member"]')).toEqual([
      3, 2, 2,
    ]);
    const speaking = projector.locator(
      '[data-testid="projector-exercise-member"][data-speaking="true"]',
    );
    await expect(speaking).toHaveCount(3); // the first of each group
    const firstSpeakers = await speaking.allTextContents();
    await expect(projector.getByTestId('projector-exercise-turn')).toHaveText(
      'Taler 1 af 3 i hvert par',
    );
    await expect(projector.getByTestId('projector-exercise-switch')).toHaveCount(0);
    expect(await projectorSeconds(projector)).toBeGreaterThan(9 * 60 + 50);
    await screenshot(projector, 'exercise-2-pairs-first');

    await clock.forward([context], 10 * MINUTE);
    await expect(projector.getByTestId('projector-exercise-switch')).toHaveText(
      'Byt! Nu taler den anden',
    );
    await expect(page.getByTestId('exercise-switch-due')).toBeVisible();
    await screenshot(projector, 'exercise-2-switch');
    await page.getByTestId('exercise-switch').click();
    await expect(projector.getByTestId('projector-exercise-switch')).toHaveCount(0, FOLLOWS);
    await expect(projector.getByTestId('projector-exercise-turn')).toHaveText(
      'Taler 2 af 3 i hvert par',
    );
    await expect(speaking).toHaveCount(3);
    const secondSpeakers = await speaking.allTextContents();
    expect(secondSpeakers.filter((name) => firstSpeakers.includes(name))).toEqual([]);
    expect(await projectorSeconds(projector)).toBeGreaterThan(9 * 60 + 50);
    await screenshot(projector, 'exercise-2-pairs-second');

    // The trio's third member has a turn of their own; the pairs have had theirs.
    await clock.forward([context], 10 * MINUTE);
    await expect(projector.getByTestId('projector-exercise-switch')).toBeVisible();
    await page.getByTestId('exercise-switch').click();
    await expect(projector.getByTestId('projector-exercise-turn')).toHaveText(
      'Taler 3 af 3 i hvert par',
      FOLLOWS,
    );
    await expect(speaking).toHaveCount(1);
    await expect(page.getByTestId('exercise-switch')).toBeDisabled();

    // — Step 3: plenary, what came out captured into the point. —
    await clock.forward([context], 10 * MINUTE);
    await page.getByTestId('exercise-next').click();
    await expect(projector.getByTestId('projector-exercise-step')).toHaveText(
      'Trin 3 af 3 · Opsamling og fælles refleksion i plenum',
      FOLLOWS,
    );
    await expect(projector.getByTestId('projector-exercise-pair')).toHaveCount(0);
    expect(await projectorSeconds(projector)).toBeGreaterThan(14 * 60 + 50);
    await page.getByTestId('exercise-note-text').fill('Vi mødes for sjældent på tværs');
    await page.getByTestId('exercise-note-add').click();
    await expect(page.getByTestId('exercise-note')).toHaveText(['Vi mødes for sjældent på tværs']);
    await page.getByTestId('exercise-note-text').fill('Fælles morgenmøde en gang om måneden');
    await page.getByTestId('exercise-idea-add').click();
    await expect(card).toContainText('1 idé gemt på punktet');
    await screenshot(projector, 'exercise-3-plenary');
    await screenshot(page, 'exercise-console-plenary');

    await page.getByTestId('exercise-finish').click();
    await expect(card).toHaveAttribute('data-status', 'done');
    await expect(shown).toHaveCount(0, FOLLOWS);
    await expect(projector.getByTestId('projector-room-name')).toBeVisible();
  } finally {
    // Leave the pages before the server goes, or their reconnect attempts log errors.
    await Promise.all([page.goto('about:blank'), projector.close()]);
    await app.dispose();
    await clock.dispose();
  }
});

test('a saved exercise is kept in the host’s settings: it survives a restart, and the old browser storage moves in', async ({
  app,
  page,
  pageErrors,
}) => {
  // A server restart and reconnects: about a minute on a busy 2-core machine.
  test.setTimeout(150_000);
  // An exercise saved by an earlier version, in this browser's storage.
  const legacy = {
    id: 'old1',
    kind: 'custom',
    title: 'Vores tjek-ind',
    question: 'Hvordan har du det i dag?',
    prompts: [],
    steps: [{ kind: 'round', title: 'Runden', prompt: '', minutes: 1 }],
    language: 'da',
    savedAt: 1,
  };
  await page.goto(app.url);
  await page.evaluate((entry) => {
    localStorage.setItem('dialogrum.savedExercises', JSON.stringify([entry]));
  }, legacy);
  await page.reload();
  await dispatch(page, [
    {
      type: 'agenda.add',
      point: {
        id: 'p1',
        title: 'Workshop',
        purpose: 'development',
        plannedMinutes: 30,
        presenter: '',
      },
    },
    { type: 'point.start', id: 'p1' },
  ]);
  const saved = page.locator(
    '[data-testid="exercise-library"] optgroup[label="Gemte øvelser"] option',
  );
  await expect(saved).toHaveText(['Vores tjek-ind']);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('dialogrum.savedExercises')))
    .toBeNull();

  // Save the group discussion for next time.
  await page.getByTestId('exercise-library').selectOption('template:discussion');
  await page.getByTestId('exercise-add').click();
  await expect(page.getByTestId('exercise-card')).toHaveCount(1);
  const title = (await page.getByTestId('exercise-card').locator('h3').textContent()) ?? '';
  await page.getByTestId('exercise-save').click();
  await expect(saved).toHaveText([title, 'Vores tjek-ind']);

  // A second console window sees them too (they are the host's, not the window's).
  const second = await page.context().newPage();
  pageErrors.watch(second);
  await second.goto(app.url);
  await expect(
    second.locator('[data-testid="exercise-library"] optgroup[label="Gemte øvelser"] option'),
  ).toHaveText([title, 'Vores tjek-ind']);
  await second.close();

  // Restart the server on the same data folder: still there, with the browser storage empty.
  pageErrors.allow(/WebSocket connection to '.*\/ws' failed/);
  await page.goto('about:blank');
  await app.restart();
  await page.goto(app.url);
  expect(await page.evaluate(() => localStorage.getItem('dialogrum.savedExercises'))).toBeNull();
  await expect(saved).toHaveText([title, 'Vores tjek-ind']);

  // And it can be put on the point again.
  await page.getByTestId('exercise-library').selectOption({ label: 'Vores tjek-ind' });
  await page.getByTestId('exercise-add').click();
  await expect(page.getByTestId('exercise-card')).toHaveCount(2);
  await expect(page.getByTestId('exercise-card').nth(1).locator('h3')).toHaveText('Vores tjek-ind');
  await page.goto('about:blank');
});
