import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import WebSocket from 'ws';
import type { StateSnapshot } from '../../shared/api';
import type { Command } from '../../shared/commands';
import { agendaRow, commitField } from './helpers/consolePage';
import { expect, test } from './helpers/fixtures';

// Issue 6, "Follow-up between meetings", end to end in browser mode: a finished meeting with
// actions → the next meeting in its series → two actions followed up → their history shows
// both meetings, and the first meeting's file still opens as it was.
const SHOTS = '/tmp/series/shots';
const FOLLOWS = { timeout: 2_000 };

/** The host's WebSocket API, as a second window uses it: to set up the first meeting fast. */
async function connect(appUrl: string) {
  const ws = new WebSocket(`${appUrl.replace(/^http/, 'ws')}ws`, {
    origin: appUrl.replace(/\/$/, ''),
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 0;
  const pending = new Map<number, (response: { ok: boolean; result?: unknown }) => void>();
  ws.on('message', (data: Buffer) => {
    const m = JSON.parse(data.toString()) as { id?: number; response?: never };
    if (m.id !== undefined) pending.get(m.id)?.(m.response as never);
  });
  const request = (name: string, payload?: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, (r) => {
        pending.delete(id);
        if (r.ok) resolve(r.result);
        else reject(new Error(`${name} refused: ${JSON.stringify(r)}`));
      });
      ws.send(JSON.stringify(payload === undefined ? { id, name } : { id, name, payload }));
    });
  return {
    request,
    state: async () => (await request('getState')) as StateSnapshot,
    dispatch: (command: Command) => request('dispatch', command),
    close: () => ws.close(),
  };
}

const FIRST_MEETING: Command[] = [
  { type: 'workshop.update', title: 'Styregruppen', date: '2026-11-19', place: 'Regionshuset' },
  ...[
    ['p1', 'Anne Holm', 'Aalborg Universitetshospital'],
    ['p2', 'Bo Madsen', 'Aalborg Kommune'],
    ['p3', 'Carla Jensen', 'Lægehuset Vestergade'],
  ].map(([id, name, organisation]): Command => ({
    type: 'participant.add',
    participant: {
      id: id!,
      name: name!,
      title: '',
      organisation: organisation!,
      sector: 'other',
      present: true,
    },
  })),
  { type: 'participant.update', id: 'p3', changes: { present: false } },
  {
    type: 'agenda.add',
    point: {
      id: 'pt1',
      title: 'Udskrivelse fredag',
      purpose: 'decision',
      plannedMinutes: 40,
      presenter: 'Anne',
    },
  },
  { type: 'point.start', id: 'pt1' },
  { type: 'room.goTo', room: 'acting' },
  { type: 'action.add', action: { id: 'a1', what: 'Skriv tjeklisten', ownerIds: ['p1'] } },
  { type: 'action.add', action: { id: 'a2', what: 'Ring til hjemmeplejen', ownerIds: ['p2'] } },
  { type: 'action.add', action: { id: 'a3', what: 'Send referatet', ownerIds: ['p2'] } },
  { type: 'action.update', id: 'a2', changes: { status: 'in-progress' } },
  { type: 'action.update', id: 'a3', changes: { status: 'done' } },
  { type: 'point.finish' },
];

async function followUp(page: Page, actionId: string, status: string, note: string) {
  const row = page.locator(`[data-testid="series-followup-row"][data-action-id="${actionId}"]`);
  await row.getByTestId('series-followup-status').selectOption(status);
  await expect(row).toHaveAttribute('data-followed', 'yes');
  await commitField(row.getByTestId('series-followup-note'), note);
  await expect(row.getByTestId('series-history-entry').last()).toContainText(note);
  return row;
}

test('the next meeting in a series carries the open actions, which are followed up with a history', async ({
  app,
  browser,
  page,
  pageErrors,
}) => {
  // Slow on a loaded machine (many steps, each waiting for the host and the projector).
  test.setTimeout(300_000);
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(app.url);
  const host = await connect(app.url);
  for (const command of FIRST_MEETING) await host.dispatch(command);
  const first = await host.state();
  await expect(page.getByTestId('series-panel')).toHaveAttribute('data-number', '1');

  const projectorContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const projector = await projectorContext.newPage();
  pageErrors.watch(projector);
  await projector.goto(app.projectorUrl);

  // — Next meeting in this series: confirm, and every view has the new meeting. —
  await page.getByTestId('series-next').click();
  const dialog = page.getByTestId('series-confirm');
  await expect(dialog).toContainText('de 2 åbne handlinger');
  await page.getByTestId('series-confirm-start').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.topbar-document-name')).toHaveText('Styregruppen – møde 2');
  await expect(page.getByTestId('series-panel')).toHaveAttribute('data-number', '2');
  await expect(page.getByTestId('series-meeting')).toHaveText([/^Møde 1: .*2026/]);
  await expect(page.getByTestId('workshop-title')).toHaveValue('Styregruppen');
  await expect(page.getByTestId('workshop-date')).toHaveValue('');
  // Carla sent regrets last time; at a new meeting everyone is expected again.
  await expect(page.getByTestId('participant-row')).toHaveCount(3);
  const second = await host.state();
  expect(second.workshop.participants.every((p) => p.present)).toBe(true);
  expect(second.workshop.ideas).toEqual([]);
  const point = second.workshop.agenda[0]!;
  expect(second.workshop.agenda.map((p) => p.title)).toEqual(['Opfølgning på handlinger']);

  // — The follow-up point: the two open actions, not the one that was done. —
  await agendaRow(page, point.id).getByTestId('point-start').click();
  const panel = page.getByTestId('series-followup');
  await expect(panel).toHaveAttribute('data-count', '2');
  // What each action is carries soft hyphens (hyphenated): matched as text, not as a pattern.
  const rows = page.getByTestId('series-followup-row');
  await expect(rows).toHaveCount(2);
  await expect(rows).toContainText(['Skriv tjeklisten', 'Ring til hjemmeplejen']);
  await expect(rows).toContainText(['Anne Holm', 'Bo Madsen']);
  await expect(projector.getByTestId('pfu-row')).toHaveCount(2, FOLLOWS);
  await expect(projector.getByTestId('pfu-row').first()).toHaveAttribute('data-followed', 'no');

  const a1 = await followUp(page, 'a1', 'in-progress', 'Udkast sendt til høring');
  const a2 = await followUp(page, 'a2', 'done', 'Aftale med hjemmeplejen på plads');
  await expect(panel).toHaveAttribute('data-followed', '2');
  await expect(a1.getByTestId('series-history-entry')).toHaveText([
    'Møde 1: åben',
    'Møde 2: i gang — Udkast sendt til høring',
  ]);
  await expect(a2.getByTestId('series-history-entry')).toHaveText([
    'Møde 1: i gang',
    /^Møde 2: udført/,
  ]);
  await expect(projector.locator('[data-testid="pfu-row"][data-action-id="a2"]')).toContainText(
    'udført',
    FOLLOWS,
  );
  await expect(projector.locator('[data-testid="pfu-row"][data-action-id="a2"]')).toContainText(
    'Møde 1: i gang',
  );
  await page.screenshot({ path: `${SHOTS}/console-followup.png`, fullPage: true });
  await projector.screenshot({ path: `${SHOTS}/projector-followup.png` });

  // Undo takes the last note back; redo restores it.
  await page.getByTestId('undo').click();
  await expect(a2.getByTestId('series-history-entry').last()).toHaveText('Møde 2: udført');
  await page.getByTestId('redo').click();
  await expect(a2.getByTestId('series-history-entry').last()).toContainText('på plads');

  const saved = await host.state();
  const history = Object.fromEntries(saved.workshop.actions.map((a) => [a.id, a.history]));
  expect(history).toEqual({
    a1: [
      { meeting: 1, date: '2026-11-19', status: 'open', note: '' },
      { meeting: 2, date: '', status: 'in-progress', note: 'Udkast sendt til høring' },
    ],
    a2: [
      { meeting: 1, date: '2026-11-19', status: 'in-progress', note: '' },
      { meeting: 2, date: '', status: 'done', note: 'Aftale med hjemmeplejen på plads' },
    ],
  });

  // — The first meeting's file opens as it was left. —
  await page.getByTestId('file-open').selectOption(first.document.path);
  await expect(page.getByTestId('series-panel')).toHaveAttribute('data-number', '1');
  const reopened = await host.state();
  expect(reopened.document.path).toBe(first.document.path);
  expect(reopened.workshop).toEqual(first.workshop);

  host.close();
  await projector.goto('about:blank');
  await projectorContext.close();
  await page.goto('about:blank');
});
