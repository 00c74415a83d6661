import type { TeamState } from '../../shared/team/contract';
import { AppServer } from './helpers/appServer';
import { expect, test } from './helpers/fixtures';
import { HostSocket } from './helpers/hostSocket';
import { openDevice, setUpForum, type Device } from './helpers/teamDevices';

// Issue 16, the team devices' pages: joining with a code and a name, the console of a role,
// the remote projector through a network drop, changes made offline, and an ended device.
const FOLLOWS = { timeout: 15_000 };
const REFERENT = 'Anette Schouv Kjeldsen';

test('team devices join with their role’s code, keep working through a drop, and are told when ended', async ({
  browser,
  pageErrors,
}) => {
  test.setTimeout(300_000);
  pageErrors.allow(/WebSocket|ERR_INTERNET_DISCONNECTED|net::ERR|status of 4\d\d/);
  const app = await AppServer.start(['--phone-host', '127.0.0.1', '--phone-port', '0']);
  const devices: Device[] = [];
  const host = await HostSocket.connect(app.url);
  try {
    await setUpForum(host, 4);
    await host.request('openJoining');
    const team = (await host.request('getTeamState')) as TeamState;
    const referentUrl = team.urls.referent ?? '';
    const projectorUrl = team.urls.projector ?? '';
    const lan = new URL(referentUrl).origin;

    // — A wrong code is refused in words, on the page. —
    const stranger = await openDevice(browser, `${lan}/console?code=ZZZZZZ`, pageErrors);
    devices.push(stranger);
    await stranger.page.getByTestId('team-join-name').fill('Karin Bach');
    await stranger.page.getByTestId('team-join-submit').click();
    await expect(stranger.page.getByTestId('team-join-error')).toContainText('Koden passer ikke');
    await expect(stranger.page.getByTestId('team-join-code')).toBeVisible();

    // — The referent joins and lands in the console of the role, without the facilitator's tools. —
    const referent = await openDevice(browser, referentUrl, pageErrors);
    devices.push(referent);
    await referent.page.getByTestId('team-join-name').fill(REFERENT);
    await referent.page.getByTestId('team-join-submit').click();
    const root = referent.page.getByTestId('console-root');
    await expect(root).toHaveAttribute('data-role', 'referent', FOLLOWS);
    expect(referent.page.url()).not.toContain('code=');
    for (const id of ['room-next', 'file-new', 'settings-open', 'join-panel', 'series-next']) {
      await expect(referent.page.getByTestId(id)).toHaveCount(0);
    }
    await expect(root).not.toContainText(app.dataDir);
    // A reload comes back as the same device, without asking again.
    await referent.page.reload();
    await expect(root).toHaveAttribute('data-role', 'referent', FOLLOWS);

    // — The projector PC joins from its address alone, and keeps its picture through a drop. —
    const projector = await openDevice(browser, projectorUrl, pageErrors);
    devices.push(projector);
    const wall = projector.page.getByTestId('projector-root');
    await expect(wall).toHaveAttribute('data-room', 'clarifying', FOLLOWS);
    expect(projector.page.url()).not.toContain('code=');
    await projector.context.setOffline(true);
    await expect(projector.page.getByTestId('projector-reconnecting')).toContainText(
      'Genopretter forbindelsen',
      FOLLOWS,
    );
    await expect(wall).toHaveAttribute('data-room', 'clarifying');
    await host.dispatch({ type: 'room.goTo', room: 'acting' });
    await projector.context.setOffline(false);
    await expect(projector.page.getByTestId('projector-reconnecting')).toHaveCount(0, FOLLOWS);
    await expect(wall).toHaveAttribute('data-room', 'acting', FOLLOWS);

    // — The referent adds an action while off the network: it goes once, on return. —
    await expect(referent.page.getByTestId('rw-action-what')).toBeVisible(FOLLOWS);
    await referent.context.setOffline(true);
    const action =
      'Gennemgang af alle nuværende tværsektorielle grupper under Sundhedsstyregruppen';
    await referent.page.getByTestId('rw-action-what').fill(action);
    await referent.page.getByTestId('rw-action-owner').selectOption('d2');
    await referent.page.getByTestId('rw-action-add').click();
    await referent.page.waitForTimeout(1_500);
    const actions = async () =>
      ((await host.request('getState')) as { workshop: { actions: { what: string }[] } }).workshop
        .actions;
    expect(await actions()).toEqual([]);
    await referent.context.setOffline(false);
    await expect.poll(async () => (await actions()).map((a) => a.what), FOLLOWS).toEqual([action]);
    await expect(projector.page.getByTestId('pr-action-row')).toHaveCount(1, FOLLOWS);

    // — The facilitator rewrites that action: the referent's undo of it is refused, and with
    // nothing else of theirs to undo, their Undo button goes grey at once. —
    const undo = referent.page.getByTestId('undo');
    await expect(undo).toBeEnabled(FOLLOWS);
    const now = (await host.request('getState')) as { workshop: { actions: { id: string }[] } };
    const rewritten = `${action} og Praksisudvalget, med referat til Sundhedsstyregruppen`;
    await host.dispatch({
      type: 'action.update',
      id: now.workshop.actions[0]!.id,
      changes: { what: rewritten },
    });
    await undo.click();
    await expect(referent.page.getByTestId('error-alert')).toBeVisible(FOLLOWS);
    await expect(undo).toBeDisabled(FOLLOWS);
    expect((await actions()).map((a) => a.what)).toEqual([rewritten]);

    // — The referent prints the minutes to PDF: the print view reads the workshop as this
    // device, with no token in its address (the browser prints the address on the page). —
    await referent.page.getByTestId('record-open-export').click();
    const [print] = await Promise.all([
      referent.page.waitForEvent('popup'),
      referent.page.getByTestId('export-screen').getByTestId('export-pdf').click(),
    ]);
    pageErrors.watch(print);
    await expect(print.locator('body')).toHaveAttribute('data-print-ready', 'true', FOLLOWS);
    await expect(print.getByRole('heading', { level: 1 })).toHaveText(
      'Referat: Direktørforum for Aarhus-klyngen',
    );
    await expect(print.locator('body')).toContainText(rewritten);
    expect(new URL(print.url()).pathname).toBe('/print');
    expect(print.url()).not.toContain('token');
    await expect(print.locator('body')).not.toContainText(app.dataDir);
    await print.close();
    // The projector PC's role may not export, and a browser that never joined has no token:
    // the same address shows them nothing of the meeting.
    for (const context of [projector.context, stranger.context]) {
      const refused = await context.newPage();
      pageErrors.watch(refused);
      await refused.goto(`${lan}/print?lang=da`);
      await expect(refused.locator('body')).toHaveAttribute('data-print-ready', 'failed', FOLLOWS);
      await expect(refused.locator('body')).not.toContainText(rewritten);
      await refused.close();
    }

    // — The facilitator ends the referent's device: the page says so, and asks for a code. —
    const state = (await host.request('getTeamState')) as TeamState;
    const device = state.devices.find((d) => d.name === REFERENT);
    await host.request('endTeamDevice', { deviceId: device?.deviceId });
    await expect(referent.page.getByTestId('team-ended')).toContainText(
      'Facilitatoren har afsluttet denne enhed',
      FOLLOWS,
    );
    await referent.page.reload();
    await expect(referent.page.getByTestId('team-join-name')).toBeVisible(FOLLOWS);
    await expect(referent.page.getByTestId('team-join-code')).toBeVisible();
  } finally {
    host.close();
    for (const d of devices) await d.context.close().catch(() => undefined);
    await app.dispose();
  }
});
