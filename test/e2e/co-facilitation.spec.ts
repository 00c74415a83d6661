import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { CONCLUSIONS, PEOPLE, TYPICAL_TEXTS } from '../fixtures/corpus/sentences';
import { AppServer } from './helpers/appServer';
import { SCREENS_DIR } from './helpers/consolePage';
import { expect, test, type PageErrors } from './helpers/fixtures';
import { HostSocket } from './helpers/hostSocket';
import {
  FORUM_POINT as POINT,
  forumPersonId as personId,
  openDevice,
  setUpForum,
  type Device,
} from './helpers/teamDevices';

// Issue 16, end to end on loopback: the facilitator's console, a referent's and a
// co-facilitator's laptops (their own browser contexts, joined with their role's code) and a
// room PC showing the projector. The referent writes notes and an action while the facilitator
// moves rooms, the co-facilitator captures ideas in turn, both edit one conclusion at once, the
// referent drops off the network and comes back, and the remote projector follows the rooms
// and blank mode.
const FOLLOWS = { timeout: 15_000 };
const SHOTS = process.env.DIALOGRUM_SHOTS_DIR ?? SCREENS_DIR;
const FORUM = PEOPLE.slice(0, 5);
const REFERENT = 'Anette Schouv Kjeldsen';
const COFACILITATOR = 'Annemarie Zacho-Broe';

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** A team laptop joins with its role's code and a name, and lands in the console of its role. */
async function joinConsole(
  browser: Browser,
  url: string,
  name: string,
  role: string,
  errors: PageErrors,
): Promise<Device> {
  const device = await openDevice(browser, url, errors);
  await device.page.getByTestId('team-join-name').fill(name);
  await device.page.getByTestId('team-join-submit').click();
  await expect(device.page.getByTestId('console-root')).toHaveAttribute('data-role', role, FOLLOWS);
  // The code is spent on the join: it is not left in the address bar to be shared by accident.
  expect(device.page.url()).not.toContain('code=');
  return device;
}

test('a referent, a co-facilitator and a projector PC work beside the facilitator over the network', async ({
  browser,
  page,
  pageErrors,
}) => {
  test.setTimeout(600_000);
  // The browsers log the refused socket while a context is offline: that is the point of it.
  pageErrors.allow(/WebSocket|ERR_INTERNET_DISCONNECTED|net::ERR/);
  const app = await AppServer.start(['--phone-host', '127.0.0.1', '--phone-port', '0']);
  const devices: Device[] = [];
  let host: HostSocket | null = null;
  try {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(app.url);
    host = await HostSocket.connect(app.url);
    await setUpForum(host, FORUM.length);
    await expect(page.getByTestId('console-root')).toHaveAttribute('data-role', 'facilitator');

    // — Joining is off until the facilitator opens it; then a code per role, on the console. —
    await expect(page.getByTestId('team-panel')).toHaveCount(0);
    await page.getByTestId('join-toggle').click();
    const panel = page.getByTestId('team-panel');
    await expect(panel).toBeVisible(FOLLOWS);
    const codes: Record<string, string> = {};
    for (const role of ['referent', 'cofacilitator', 'projector']) {
      codes[role] = ((await page.getByTestId(`team-code-${role}`).textContent()) ?? '').trim();
      expect(codes[role]).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    }
    expect(new Set(Object.values(codes)).size).toBe(3);
    const participantsCode = ((await page.getByTestId('join-code').textContent()) ?? '').trim();
    expect(Object.values(codes)).not.toContain(participantsCode);
    const lan = new URL(((await page.getByTestId('join-url').textContent()) ?? '').trim()).origin;

    // — The projector PC: a browser on the room PC, joined with the projector's code. —
    const projector = await openDevice(
      browser,
      `${lan}/projector?code=${codes.projector}`,
      pageErrors,
      { width: 1280, height: 720 },
    );
    devices.push(projector);
    const projectorRoot = projector.page.getByTestId('projector-root');
    await expect(projectorRoot).toHaveAttribute('data-room', 'clarifying', FOLLOWS);
    // The role codes are never on the projector, whatever it shows.
    for (const code of Object.values(codes)) {
      await expect(projector.page.locator('body')).not.toContainText(code);
    }

    // — The referent joins and writes notes while the facilitator moves on. —
    const referent = await joinConsole(
      browser,
      `${lan}/console?code=${codes.referent}`,
      REFERENT,
      'referent',
      pageErrors,
    );
    devices.push(referent);
    const rows = page.getByTestId('team-device');
    await expect(rows).toHaveCount(2, FOLLOWS);
    await expect(rows.filter({ hasText: REFERENT })).toHaveAttribute('data-connected', 'true');
    // What stays on the facilitator's laptop is not on the referent's screen.
    await expect(referent.page.getByTestId('join-panel')).toHaveCount(0);
    await expect(referent.page.getByTestId('team-panel')).toHaveCount(0);
    await expect(referent.page.locator('body')).not.toContainText(app.dataDir);

    // Typed as a secretary types: Enter on a bullet line starts the next bullet by itself.
    const firstPart = 'Forslaget drøftet.\n- Sekretariatet/koordinationsgruppen samler ';
    const notes = referent.page.getByTestId('notes-panel').getByTestId('notes-area');
    await notes.click();
    await notes.pressSequentially(firstPart);
    await host.dispatch({ type: 'room.goTo', room: 'developing' });
    await expect(projectorRoot).toHaveAttribute('data-room', 'developing', FOLLOWS);
    await notes.pressSequentially('input fra klyngerne\nSundhedsstyregruppen orienteres');
    await notes.press('Control+Enter');
    await expect(
      referent.page.getByTestId('notes-panel').getByTestId('notes-status'),
    ).toHaveAttribute('data-saved', 'true', FOLLOWS);
    const stateNotes = async () => {
      const s = (await host!.request('getState')) as {
        workshop: { agenda: { id: string; notes?: string }[] };
      };
      return s.workshop.agenda.find((p) => p.id === POINT)?.notes ?? '';
    };
    await expect
      .poll(stateNotes, FOLLOWS)
      .toBe(
        'Forslaget drøftet.\n- Sekretariatet/koordinationsgruppen samler input fra klyngerne\n- Sundhedsstyregruppen orienteres',
      );
    // The referent may not change the room: the control is not there.
    await expect(referent.page.getByTestId('room-next')).toHaveCount(0);
    await shot(referent.page, 'co-facilitation-referent');

    // — The co-facilitator captures ideas in turn. —
    const cofacilitator = await joinConsole(
      browser,
      `${lan}/console?code=${codes.cofacilitator}`,
      COFACILITATOR,
      'cofacilitator',
      pageErrors,
    );
    devices.push(cofacilitator);
    // The programme is the facilitator's: a referent may write a point's notes from its row,
    // a co-facilitator may also start points; neither may edit or remove one.
    for (const [device, mayStart] of [
      [referent, false],
      [cofacilitator, true],
    ] as const) {
      const row = device.page.getByTestId('agenda-row').first();
      await row.scrollIntoViewIfNeeded();
      await expect(row.getByTestId('agenda-notes')).toBeVisible(FOLLOWS);
      await expect(row.getByTestId('point-start')).toHaveCount(mayStart ? 1 : 0);
      await expect(row.getByTestId('point-remove')).toHaveCount(0);
    }
    await host.dispatch({
      type: 'turns.setup',
      pointId: POINT,
      order: FORUM.map((_, k) => personId(k)),
    });
    // — Both change the speaking order at once, each from the order on their own screen: the
    // facilitator leaves Hosea out as the co-facilitator moves Lisbeth up; neither is lost. —
    const [hosea, lisbeth] = [FORUM[1]!.name, FORUM[4]!.name];
    for (const device of [page, cofacilitator.page])
      await device.getByTestId('rw-turns-edit').click();
    await expect(cofacilitator.page.getByTestId('rw-turn-order-row')).toHaveCount(5);
    await Promise.all([
      page.getByRole('button', { name: `Tag ${hosea} ud af taleordenen` }).click(),
      cofacilitator.page.getByRole('button', { name: `Flyt ${lisbeth} en plads frem` }).click(),
    ]);
    const both = [personId(0), personId(2), personId(4), personId(3)];
    for (const device of [page, cofacilitator.page]) {
      const rows = device.getByTestId('rw-turn-order-row');
      await expect
        .poll(() => rows.evaluateAll((els) => els.map((el) => el.dataset.participantId)), FOLLOWS)
        .toEqual(both);
      // Claus had the turn before both edits and keeps it.
      await expect(device.getByTestId('rw-turn-holder')).toHaveAttribute(
        'data-participant-id',
        personId(0),
      );
    }

    const capture = cofacilitator.page.getByTestId('rw-idea-input');
    const ideas = TYPICAL_TEXTS.slice(0, 3);
    for (const idea of ideas) {
      await capture.fill(idea);
      await capture.press('Enter');
      await expect(projector.page.getByText(idea)).toBeVisible(FOLLOWS);
    }
    const written = await host.ideas();
    expect(written.map((i) => i.text)).toEqual([...ideas]);
    // On behalf of the turn holder: the first three people of the order as both edited it.
    expect(written.map((i) => i.authorId)).toEqual([personId(0), personId(2), personId(4)]);
    await expect(page.getByText(ideas[2]!)).toBeVisible(FOLLOWS);

    // — Both edit one conclusion at once. —
    await host.dispatch({ type: 'room.goTo', room: 'negotiating' });
    await host.dispatch({
      type: 'conclusion.add',
      pointId: POINT,
      conclusion: { id: 'c1', text: CONCLUSIONS[6] },
    });
    const mine = page.getByTestId('rw-conclusion-edit');
    const theirs = cofacilitator.page.getByTestId('rw-conclusion-edit');
    await expect(theirs).toHaveValue(CONCLUSIONS[6], FOLLOWS);
    await mine.click();
    // The co-facilitator sees that the facilitator is in the field.
    const theirItem = cofacilitator.page.getByTestId('rw-conclusion-item');
    await expect(theirItem.getByTestId('field-editors')).toContainText('Facilitatoren', FOLLOWS);
    const facilitatorDraft = `${CONCLUSIONS[6]} Formandskabet går på skift.`;
    await mine.fill(facilitatorDraft);
    const cofacilitatorText = `${CONCLUSIONS[6]} Sekretariatet refererer til Sundhedsstyregruppen.`;
    await theirs.click();
    await theirs.fill(cofacilitatorText);
    // The facilitator's laptop changes the point's notes at the same moment: the bar still
    // names who changed the conclusion, not whoever changed something last.
    await Promise.all([
      theirs.press('Enter'),
      host.dispatch({ type: 'point.setNotes', id: POINT, notes: `- ${TYPICAL_TEXTS[4]}` }),
    ]);
    // The facilitator's draft is not overwritten: they are told, and choose.
    const conflict = page.getByTestId('field-conflict');
    await expect(conflict).toContainText(`${COFACILITATOR} ændrede dette`, FOLLOWS);
    await expect(mine).toHaveValue(facilitatorDraft);
    await shot(page, 'co-facilitation-conflict');
    await conflict.getByTestId('field-conflict-keep').click();
    await mine.press('Enter');
    await expect(theirs).toHaveValue(facilitatorDraft, FOLLOWS);
    await expect(conflict).toHaveCount(0);

    // — Undo is per device. The co-facilitator's last change was the conclusion, which the
    // facilitator has rewritten since: that undo is refused, and nothing changes. The next
    // Ctrl+Z reaches its own last idea; the facilitator's conclusion stays. —
    await cofacilitator.page.locator('body').click({ position: { x: 5, y: 5 } });
    await cofacilitator.page.keyboard.press('Control+z');
    await expect(cofacilitator.page.getByTestId('error-alert')).toBeVisible(FOLLOWS);
    await expect(theirs).toHaveValue(facilitatorDraft);
    expect(await host.ideas()).toHaveLength(3);
    await cofacilitator.page.keyboard.press('Control+z');
    await expect.poll(async () => (await host!.ideas()).length, FOLLOWS).toBe(2);
    await expect(theirs).toHaveValue(facilitatorDraft);
    await expect(page.getByText(ideas[2]!)).toHaveCount(0, FOLLOWS);

    // — The referent drops off the network, adds an action, and comes back: sent once. —
    await host.dispatch({ type: 'room.goTo', room: 'acting' });
    await expect(projectorRoot).toHaveAttribute('data-room', 'acting', FOLLOWS);
    await referent.context.setOffline(true);
    await projector.context.setOffline(true);
    // The projector keeps its picture and shows a discreet mark, never an error page.
    await expect(projector.page.getByTestId('projector-reconnecting')).toBeVisible(FOLLOWS);
    await expect(projectorRoot).toHaveAttribute('data-room', 'acting');
    const action =
      'Gennemgang af alle nuværende tværsektorielle grupper under Sundhedsstyregruppen';
    await referent.page.getByTestId('rw-action-what').fill(action);
    await referent.page.getByTestId('rw-action-owner').selectOption(personId(2));
    await referent.page.getByTestId('rw-action-add').click();
    await referent.page.waitForTimeout(1_000);
    await referent.context.setOffline(false);
    await projector.context.setOffline(false);
    await expect(projector.page.getByTestId('projector-reconnecting')).toHaveCount(0, FOLLOWS);
    await expect(page.getByTestId('rw-action-row')).toHaveCount(1, FOLLOWS);
    await expect(projector.page.getByTestId('pr-action-row')).toHaveCount(1, FOLLOWS);
    const actions = async () =>
      ((await host!.request('getState')) as { workshop: { actions: { what: string }[] } }).workshop
        .actions;
    await expect.poll(async () => (await actions()).length, FOLLOWS).toBe(1);

    // — The projector PC follows the facilitator's blank mode. —
    await host.request('updateSettings', { projectorMode: 'blank' });
    await expect(projector.page.locator('.projector-frame')).toHaveAttribute(
      'data-mode',
      'blank',
      FOLLOWS,
    );
    await host.request('updateSettings', { projectorMode: 'normal' });
    await expect(projector.page.locator('.projector-frame')).not.toHaveAttribute(
      'data-mode',
      'blank',
      FOLLOWS,
    );

    // — The facilitator ends the referent's device: its screen says so, its token is dead. —
    await mkdir(SHOTS, { recursive: true });
    await panel.screenshot({ path: path.join(SHOTS, 'co-facilitation-team-panel.png') });
    const referentRow = rows.filter({ hasText: REFERENT });
    page.once('dialog', (dialog) => void dialog.accept());
    await referentRow.getByTestId('team-device-end').click();
    await expect(referent.page.getByTestId('team-ended')).toBeVisible(FOLLOWS);
    await referent.page.reload();
    await expect(referent.page.getByTestId('team-join-name')).toBeVisible(FOLLOWS);
  } finally {
    host?.close();
    for (const device of devices) await device.context.close().catch(() => undefined);
    await app.dispose();
  }
});
