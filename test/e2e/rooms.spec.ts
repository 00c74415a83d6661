import type { Locator, Page } from '@playwright/test';
import WebSocket from 'ws';
import type { Command } from '../../shared/commands';
import {
  addParticipant,
  addPoint,
  agendaRow,
  screenshot,
  type NewParticipant,
} from './helpers/consolePage';
import { expect, test } from './helpers/fixtures';

// Issue 4, end to end: a development point with six participants through all four rooms.
// The projector must follow the console within a moment; 2 s leaves room for a slow CI machine.
const FOLLOWS = { timeout: 2_000 };

type Sector = 'hospital' | 'municipality' | 'general-practice' | 'region';
const PEOPLE: (NewParticipant & { sector: Sector })[] = [
  {
    name: 'Anne Sørensen',
    title: 'Afdelingssygeplejerske',
    organisation: 'Hospitalsenheden Vest',
    sector: 'hospital',
  },
  {
    name: 'Peter Lund',
    title: 'Sundhedschef',
    organisation: 'Herning Kommune',
    sector: 'municipality',
  },
  {
    name: 'Karin Bach',
    title: 'Praktiserende læge',
    organisation: 'Lægehuset Ikast',
    sector: 'general-practice',
  },
  {
    name: 'Lars Mikkelsen',
    title: 'Konsulent',
    organisation: 'Region Midtjylland',
    sector: 'region',
  },
  {
    name: 'Mona Dahl',
    title: 'Visitator',
    organisation: 'Ikast-Brande Kommune',
    sector: 'municipality',
  },
  {
    name: 'Jens Vestergaard',
    title: 'Overlæge',
    organisation: 'Regionshospitalet Gødstrup',
    sector: 'hospital',
  },
];

/**
 * The host's WebSocket API (shared/wsProtocol.ts), the way a second window talks to it: used
 * for what the console has no field for (a participant's sector) and to read the saved state.
 */
class HostSocket {
  private nextId = 0;
  private readonly pending = new Map<number, (response: unknown) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { id?: number; response?: unknown };
      if (message.id !== undefined) this.pending.get(message.id)?.(message.response);
    });
  }

  static async connect(appUrl: string): Promise<HostSocket> {
    const ws = new WebSocket(`${appUrl.replace(/^http/, 'ws')}ws`, {
      origin: appUrl.replace(/\/$/, ''),
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new HostSocket(ws);
  }

  request(name: string, payload?: unknown): Promise<unknown> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (response) => {
        this.pending.delete(id);
        const r = response as { ok: boolean; result?: unknown; error?: unknown };
        if (r.ok) resolve(r.result);
        else reject(new Error(`${name} refused: ${JSON.stringify(r.error)}`));
      });
      this.ws.send(JSON.stringify(payload === undefined ? { id, name } : { id, name, payload }));
    });
  }

  dispatch(command: Command): Promise<unknown> {
    return this.request('dispatch', command);
  }

  close(): void {
    this.ws.close();
  }
}

async function expectRoom(console_: Page, projector: Page, room: string): Promise<void> {
  await expect(console_.getByTestId('current-room')).toHaveAttribute('data-room', room);
  await expect(projector.getByTestId('projector-root')).toHaveAttribute('data-room', room, FOLLOWS);
}

/** The projector's text must stay readable from the back of the room: ≥ 3 % of its height. */
async function smallestTextShare(projector: Page): Promise<number> {
  return projector.evaluate(() => {
    let smallest = Infinity;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('.projector *'))) {
      const hasText = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!hasText || el.closest('[hidden]') || el.getClientRects().length === 0) continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
    }
    return smallest / window.innerHeight;
  });
}

async function names(list: Locator): Promise<string[]> {
  return list.evaluateAll((els) => els.map((el) => el.textContent ?? ''));
}

test('a development point with six participants through the four rooms, on console and projector', async ({
  app,
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.url);
  const host = await HostSocket.connect(app.url);

  // — Six participants from four sectors, and a development point. —
  for (const person of PEOPLE) await addParticipant(page, person);
  await expect(page.getByTestId('participant-row')).toHaveCount(6);
  const state = (await host.request('getState')) as {
    workshop: { participants: { id: string; name: string }[] };
  };
  const ids = new Map(state.workshop.participants.map((p) => [p.name, p.id]));
  const id = (name: string) => ids.get(name) ?? '';
  // The console's participant form has no sector field: set it as a second window would.
  for (const person of PEOPLE) {
    await host.dispatch({
      type: 'participant.update',
      id: id(person.name),
      changes: { sector: person.sector },
    });
  }

  const pointId = await addPoint(page, {
    title: 'Sikker udskrivelse fredag eftermiddag',
    purpose: 'development',
    minutes: 60,
    presenter: 'Mette Holm',
  });
  // A development point visits clarifying and developing; this one goes on to negotiate and act,
  // so its room plan gets the other two rooms in the console's room plan editor.
  const row = agendaRow(page, pointId);
  await row.getByRole('button', { name: 'Rediger rum' }).click();
  await row.getByRole('button', { name: 'Tilføj Det forhandlende rum sidst i planen' }).click();
  await row.getByRole('button', { name: 'Tilføj Det handlende rum sidst i planen' }).click();
  await expect(row.locator('.room-plan-step')).toHaveCount(4);
  await row.getByRole('button', { name: 'Luk rumplan' }).click();

  const projector = await page.context().newPage();
  pageErrors.watch(projector);
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(app.projectorUrl);

  // — Clarifying: the problem large, the citizen's perspective beside it, open questions. —
  await row.getByTestId('point-start').click();
  await expectRoom(page, projector, 'clarifying');
  await expect(projector.getByTestId('pr-problem')).toHaveCount(0);
  const problem =
    'Ældre borgere udskrives fredag eftermiddag, uden at hjemmeplejen og egen læge ved, hvad der skal ske i weekenden.';
  const citizen = '»Ingen ringede før mandag.« – borger, 84 år';
  await host.dispatch({
    type: 'point.setClarification',
    id: pointId,
    changes: { problem, citizenPerspective: citizen },
  });
  for (const [n, [text, who]] of [
    ['Hvor mange fredagsudskrivelser har vi om måneden?', 'Lars Mikkelsen'],
    ['Hvem ejer medicinlisten, når borgeren er hjemme?', 'Karin Bach'],
  ].entries()) {
    await host.dispatch({
      type: 'question.add',
      pointId,
      question: { id: `q${n}`, text: text ?? '', askedBy: id(who ?? '') },
    });
  }
  await expect(projector.getByTestId('pr-problem')).toHaveText(problem, FOLLOWS);
  await expect(projector.getByTestId('pr-citizen')).toHaveText(citizen);
  await expect(projector.getByTestId('pr-question')).toHaveCount(2);
  await expect(projector.getByTestId('pr-question').first()).toContainText('Lars Mikkelsen');
  // The room's name stays on screen, compacted to a header strip.
  await expect(projector.getByTestId('projector-room-name')).toHaveText('Det afklarende rum');
  expect(await smallestTextShare(projector)).toBeGreaterThanOrEqual(0.0299);
  await screenshot(page, 'rooms-console-clarifying');
  await screenshot(projector, 'rooms-projector-clarifying');

  // — Developing: ideas in turn, one pass, idea killers. —
  await page.getByTestId('room-next').click();
  await expectRoom(page, projector, 'developing');
  const order = PEOPLE.map((p) => id(p.name));
  await host.dispatch({ type: 'turns.setup', pointId, order });
  const holder = projector.getByTestId('pr-turn-holder');
  const next = projector.getByTestId('pr-turn-next');
  await expect(holder).toHaveText('Anne Sørensen', FOLLOWS);
  await expect(next).toHaveText('Peter Lund');
  const ideas = [
    'Fælles udskrivelsestjekliste mellem afdeling og hjemmepleje',
    'Ring til egen læge dagen før udskrivelse',
    'Videomøde med kommunens sygeplejerske inden hjemkomst',
    // Lars passes here.
    'Fast kontaktperson i kommunen for hver afdeling',
    'Medicinlisten sendes elektronisk samme dag',
    'Opfølgende hjemmebesøg inden for 48 timer',
    'Pårørende inviteres med til udskrivelsessamtalen',
  ];
  let turn = 0;
  for (const [n, text] of ideas.entries()) {
    if (n === 3) {
      await expect(holder).toHaveText('Lars Mikkelsen', FOLLOWS);
      await host.dispatch({ type: 'turns.take', pointId, kind: 'pass' });
      turn += 1;
    }
    await expect(holder).toHaveText(PEOPLE[turn % 6]?.name ?? '', FOLLOWS);
    await expect(next).toHaveText(PEOPLE[(turn + 1) % 6]?.name ?? '');
    await host.dispatch({ type: 'idea.add', id: `i${n}`, pointId, text });
    turn += 1;
    await expect(projector.getByTestId('pr-idea-card')).toHaveCount(n + 1, FOLLOWS);
  }
  // The newest card is marked, with its author's organisation as a tag.
  const newest = projector.locator('[data-testid="pr-idea-card"][data-newest]');
  await expect(newest).toHaveAttribute('data-idea-id', `i${ideas.length - 1}`);
  // Anne … Karin, Lars passed, Mona, Jens, Anne again, then Peter (Herning Kommune).
  await expect(newest).toContainText('Herning Kommune');

  // Two idea killers flagged: the projector shows a yellow card with the phrase, then lets go.
  await host.dispatch({
    type: 'killer.flag',
    id: 'k1',
    killerId: 1,
    participantId: id('Jens Vestergaard'),
  });
  const card = projector.getByTestId('pr-yellow-card');
  await expect(card).toHaveAttribute('data-killer-id', '1', FOLLOWS);
  await expect(card).toContainText('Det har vi prøvet');
  await expect(card).toContainText('Jens Vestergaard');
  await screenshot(projector, 'rooms-projector-yellow-card');
  await expect(card).toBeHidden({ timeout: 6_000 });
  await host.dispatch({ type: 'killer.flag', id: 'k2', killerId: 5, participantId: null });
  await expect(card).toHaveAttribute('data-killer-id', '5', FOLLOWS);
  await expect(card).toContainText('Det fungerer ikke i praksis');
  await expect(card).toBeHidden({ timeout: 6_000 });
  await screenshot(page, 'rooms-console-developing');
  await screenshot(projector, 'rooms-projector-developing');

  // — Negotiating: clusters, dots, positions with a disagreement, a conclusion. —
  await page.getByTestId('room-next').click();
  await expectRoom(page, projector, 'negotiating');
  await host.dispatch({
    type: 'cluster.add',
    id: 'c1',
    pointId,
    name: 'Kommunikation før udskrivelse',
    ideaIds: ['i0', 'i1', 'i2'],
  });
  await host.dispatch({
    type: 'cluster.add',
    id: 'c2',
    pointId,
    name: 'Opfølgning efter hjemkomst',
    ideaIds: ['i5', 'i6'],
  });
  const votes: [string, string][] = [
    ['Anne Sørensen', 'c1'],
    ['Peter Lund', 'c1'],
    ['Karin Bach', 'c2'],
    ['Lars Mikkelsen', 'c1'],
    ['Mona Dahl', 'i4'],
    ['Jens Vestergaard', 'c2'],
  ];
  for (const [n, [who, targetId]] of votes.entries()) {
    await host.dispatch({
      type: 'dot.add',
      id: `d${n}`,
      pointId,
      targetId,
      participantId: id(who),
    });
  }
  await host.dispatch({
    type: 'position.add',
    pointId,
    position: {
      id: 's1',
      kind: 'disagreement',
      text: 'Et fredagsstop flytter bare problemet til torsdag.',
      heldBy: id('Jens Vestergaard'),
    },
  });
  await host.dispatch({
    type: 'conclusion.add',
    pointId,
    conclusion: { id: 'k1', text: 'Vi afprøver en fælles udskrivelsestjekliste i tre måneder.' },
  });
  await expect(projector.getByTestId('pr-cluster')).toHaveCount(2, FOLLOWS);
  await expect(projector.getByTestId('pr-cluster').first()).toContainText(ideas[0] ?? '');
  const results = projector.getByTestId('pr-dot-result');
  await expect(results).toHaveCount(3);
  expect(await results.evaluateAll((els) => els.map((el) => el.getAttribute('data-dots')))).toEqual(
    ['3', '2', '1'],
  );
  await expect(results.first()).toContainText('Kommunikation før udskrivelse');
  await expect(results.first()).toContainText('3 prikker');
  const disagreement = projector.locator('[data-testid="pr-position"][data-kind="disagreement"]');
  await expect(disagreement).toContainText('Uenighed');
  await expect(disagreement.locator('svg[data-icon]')).toHaveCount(1);
  await expect(projector.getByTestId('pr-conclusion')).toHaveText([
    'Vi afprøver en fælles udskrivelsestjekliste i tre måneder.',
  ]);
  expect(await smallestTextShare(projector)).toBeGreaterThanOrEqual(0.0299);
  await screenshot(page, 'rooms-console-negotiating');
  await screenshot(projector, 'rooms-projector-negotiating');

  // — Acting: three actions; one from an idea, one a trial action, one still without a who. —
  await page.getByTestId('room-next').click();
  await expectRoom(page, projector, 'acting');
  await host.dispatch({
    type: 'action.add',
    action: {
      id: 'a1',
      what: ideas[0] ?? '',
      sourceId: 'i0',
      ownerIds: [id('Anne Sørensen'), id('Mona Dahl')],
      due: { kind: 'date', date: '2026-12-15' },
    },
  });
  await host.dispatch({
    type: 'action.add',
    action: {
      id: 'a2',
      what: 'Prøvehandling: tjeklisten bruges på medicinsk afdeling',
      ownerIds: [id('Jens Vestergaard')],
      due: { kind: 'next-meeting' },
      trial: true,
      evaluationDate: '2027-03-31',
    },
  });
  await host.dispatch({
    type: 'action.add',
    action: { id: 'a3', what: 'Spørge borgerpanelet om tidspunktet', ownerIds: [] },
  });
  const rows = projector.getByTestId('pr-action-row');
  await expect(rows).toHaveCount(3, FOLLOWS);
  await expect(rows.nth(0)).toHaveAttribute('data-gaps', '');
  await expect(rows.nth(0)).toContainText('Anne Sørensen, Mona Dahl');
  await expect(rows.nth(1)).toContainText('Næste møde');
  await expect(rows.nth(1)).toContainText('Evalueres');
  await expect(rows.nth(2)).toHaveAttribute('data-gaps', 'who when');
  await expect(rows.nth(2)).toContainText('Mangler hvem');
  await expect(rows.nth(2)).toContainText('Mangler hvornår');
  expect(await names(rows.locator('td:first-child'))).toEqual([
    ideas[0],
    'Prøvehandling: tjeklisten bruges på medicinsk afdeling',
    'Spørge borgerpanelet om tidspunktet',
  ]);
  expect(await smallestTextShare(projector)).toBeGreaterThanOrEqual(0.0299);
  await screenshot(page, 'rooms-console-acting');
  await screenshot(projector, 'rooms-projector-acting');
  host.close();
});
