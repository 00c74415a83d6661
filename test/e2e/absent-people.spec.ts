import type { Page } from '@playwright/test';
import { ACTIONS, PEOPLE } from '../fixtures/corpus/sentences';
import { AppServer } from './helpers/appServer';
import { commitField } from './helpers/consolePage';
import { expect, test } from './helpers/fixtures';
import { HostSocket } from './helpers/hostSocket';
import { dispatch } from './helpers/projectorSetup';

// Someone who sent regrets (AFBUD) is still on the list: in the acting room's "who" they come
// last, marked "(afbud)", and can still be given an action. The action's organisation is filled
// in from the owner chosen, and a hand-typed one stays.

const [CLAUS, HOSEA, ANETTE, ANNEMARIE, , RIKKE] = PEOPLE;
const KOMMUNE = 'Sundhed og Omsorg, Aarhus Kommune';
const SEKRETARIAT = 'Sekretariatet/koordinationsgruppen';

function person(id: string, p: (typeof PEOPLE)[number] | undefined, present: boolean): object {
  if (!p) throw new Error('corpus person missing');
  return {
    type: 'participant.add',
    participant: {
      id,
      name: p.name,
      title: p.title,
      organisation: p.organisation,
      sector: p.sector,
      present,
    },
  };
}

async function acting(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('current-room')).toBeVisible();
  await dispatch(page, [
    person('claus', CLAUS, true),
    // The second on the list sent regrets, as did the fourth.
    person('hosea', HOSEA, false),
    person('anette', ANETTE, true),
    person('annemarie', ANNEMARIE, false),
    person('rikke', RIKKE, true),
    {
      type: 'agenda.add',
      point: {
        id: 'pt1',
        title: 'Forankring af sundhedsaftalesamarbejdet i Sundhedskoordinationsudvalget',
        purpose: 'decision',
        plannedMinutes: 45,
        presenter: CLAUS?.name ?? '',
      },
    },
    { type: 'point.start', id: 'pt1' },
    { type: 'room.goTo', room: 'acting' },
  ]);
  await expect(page.getByTestId('rw-action-what')).toBeVisible();
}

async function optionTexts(page: Page, testId: string): Promise<string[]> {
  return page
    .getByTestId(testId)
    .locator('option')
    .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
}

test('who lists those who sent regrets last and marked, and they can be given an action', async ({
  app,
  page,
}) => {
  await acting(page, app.url);

  expect(await optionTexts(page, 'rw-action-owner')).toEqual([
    '+ Person …',
    'Claus Thomsen · Aarhus Universitetshospital',
    'Anette Schouv Kjeldsen · Aarhus Universitetshospital',
    'Rikke Skou Jensen · Region Midtjylland',
    `Hosea Dutschke · ${KOMMUNE} (afbud)`,
    `Annemarie Zacho-Broe · ${KOMMUNE} (afbud)`,
  ]);

  // An absent owner: chosen by the marked label, shown marked; the organisation follows them.
  await page.getByTestId('rw-action-what').fill(ACTIONS[10]);
  await page
    .getByTestId('rw-action-owner')
    .selectOption({ label: `Hosea Dutschke · ${KOMMUNE} (afbud)` });
  await expect(page.getByTestId('rw-action-owner-chip')).toHaveText(['Hosea Dutschke (afbud) ×']);
  await expect(page.getByTestId('rw-action-org')).toHaveValue(KOMMUNE);
  // Typed in by hand, it stays when another owner is added.
  await page.getByTestId('rw-action-org').fill(SEKRETARIAT);
  await page.getByTestId('rw-action-owner').selectOption('claus');
  await expect(page.getByTestId('rw-action-org')).toHaveValue(SEKRETARIAT);
  await page.getByTestId('rw-action-next-meeting').check();
  await page.getByTestId('rw-action-add').click();
  await expect(page.getByTestId('rw-action-row')).toHaveCount(1);

  // A second action: the owner's organisation is filled in and kept as it is.
  await page.getByTestId('rw-action-what').fill(ACTIONS[3]);
  await page.getByTestId('rw-action-owner').selectOption('rikke');
  await expect(page.getByTestId('rw-action-org')).toHaveValue('Region Midtjylland');
  await page.getByTestId('rw-action-add').click();
  await expect(page.getByTestId('rw-action-row')).toHaveCount(2);

  const first = page.getByTestId('rw-action-row').first();
  await expect(first.getByTestId('rw-action-owner-chip')).toHaveText([
    'Hosea Dutschke (afbud) ×',
    'Claus Thomsen ×',
  ]);
  await expect(first.getByTestId('rw-action-row-org')).toHaveValue(SEKRETARIAT);
  // In a saved action's picker too, the remaining absent person comes last, marked.
  expect((await optionTexts(page, 'rw-action-row-owner')).at(-1)).toBe(
    `Annemarie Zacho-Broe · ${KOMMUNE} (afbud)`,
  );

  // A saved action whose organisation followed its owner follows a new first owner too.
  const second = page.getByTestId('rw-action-row').nth(1);
  await second.getByTestId('rw-action-owner-chip').click();
  await second.getByTestId('rw-action-row-owner').selectOption('anette');
  await expect(second.getByTestId('rw-action-row-org')).toHaveValue('Aarhus Universitetshospital');
  // A hand-typed organisation stays when an owner is removed.
  await commitField(first.getByTestId('rw-action-row-org'), 'Fællessekretariatet');
  await first.locator('[data-testid="rw-action-owner-chip"][data-participant-id="hosea"]').click();
  await expect(first.getByTestId('rw-action-owner-chip')).toHaveText(['Claus Thomsen ×']);

  const host = await HostSocket.connect(app.url);
  try {
    const state = (await host.request('getState')) as {
      workshop: { actions: { what: string; ownerIds: string[]; ownerOrganisation: string }[] };
    };
    expect(state.workshop.actions.map((a) => [a.what, a.ownerIds, a.ownerOrganisation])).toEqual([
      [ACTIONS[10], ['claus'], 'Fællessekretariatet'],
      [ACTIONS[3], ['anette'], 'Aarhus Universitetshospital'],
    ]);
  } finally {
    host.close();
  }
});

test('the phone lists those who sent regrets last, marked, and not to be picked', async ({
  browser,
  page,
}) => {
  // Phones join on loopback here; in use the host listens on the laptop's network address.
  const app = await AppServer.start(['--phone-host', '127.0.0.1', '--phone-port', '0']);
  try {
    await acting(page, app.url);
    await page.getByTestId('join-toggle').click();
    const joinUrl = (await page.getByTestId('join-url').textContent()) ?? '';
    expect(joinUrl).toContain('/join?c=');
    const context = await browser.newContext({
      viewport: { width: 360, height: 640 },
      locale: 'da-DK',
    });
    try {
      const phone = await context.newPage();
      await phone.goto(joinUrl);
      const names = phone.getByTestId('phone-name');
      await expect(names).toHaveCount(5);
      expect(
        await names.evaluateAll((els) =>
          els.map((el) => [el.getAttribute('data-participant-id'), el.getAttribute('data-absent')]),
        ),
      ).toEqual([
        ['claus', 'false'],
        ['anette', 'false'],
        ['rikke', 'false'],
        ['hosea', 'true'],
        ['annemarie', 'true'],
      ]);
      await expect(names.nth(3)).toContainText('Meldt afbud');
      await expect(names.nth(3)).toBeDisabled();
    } finally {
      await context.close();
    }
  } finally {
    await page.goto('about:blank');
    await app.dispose();
  }
});
