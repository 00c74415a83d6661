import type { Locator, Page } from '@playwright/test';
import {
  addParticipant,
  addPoint,
  agendaRow,
  commitField,
  dragOnto,
  screenshot,
  type NewParticipant,
} from './helpers/consolePage';
import { expect, test } from './helpers/fixtures';
import { HostSocket } from './helpers/hostSocket';

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

/** The texts as a reader sees them: without the soft hyphens and break points hyphenation adds. */
async function names(list: Locator): Promise<string[]> {
  return list.evaluateAll((els) =>
    els.map((el) => (el.textContent ?? '').replace(/[\u00ad\u200b]/g, '')),
  );
}

test('a development point with six participants through the four rooms, on console and projector', async ({
  app,
  browser,
  page,
  pageErrors,
}) => {
  // Many steps, each waiting for the host and the projector; slow on a loaded machine.
  test.setTimeout(480_000);
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

  // The projector in a window of its own, as on a second screen (a background tab's timers
  // would be throttled, and the yellow card would stay up).
  const projectorWindow = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const projector = await projectorWindow.newPage();
  pageErrors.watch(projector);
  await projector.goto(app.projectorUrl);
  expect(await projector.evaluate(() => document.visibilityState)).toBe('visible');

  // — Clarifying: the problem large, the citizen's perspective beside it, open questions. —
  await row.getByTestId('point-start').click();
  await expectRoom(page, projector, 'clarifying');
  // Nothing recorded yet: the projector shows the room large, no content area.
  await expect(projector.getByTestId('pr-area')).toHaveCount(0);
  const problem =
    'Ældre borgere udskrives fredag eftermiddag, uden at hjemmeplejen og egen læge ved, hvad der skal ske i weekenden.';
  const citizen = '»Ingen ringede før mandag.« – borger, 84 år';
  await page.getByTestId('rw-problem').fill(problem);
  await page.getByTestId('rw-problem').press('Control+Enter');
  await page.getByTestId('rw-citizen').fill(citizen);
  await page.getByTestId('rw-citizen').press('Control+Enter');
  const questions: [string, string][] = [
    ['Hvor mange fredagsudskrivelser har vi om måneden?', 'Lars Mikkelsen'],
    ['Hvem ejer medicinlisten, når borgeren er hjemme?', 'Karin Bach'],
  ];
  for (const [n, [text, who]] of questions.entries()) {
    await page.getByTestId('rw-question-text').fill(text);
    await page.getByTestId('rw-question-who').selectOption(id(who));
    await page.getByTestId('rw-question-add').click();
    await expect(page.getByTestId('rw-question')).toHaveCount(n + 1);
  }
  await expect(projector.getByTestId('pr-problem')).toHaveText(problem, FOLLOWS);
  await expect(projector.getByTestId('pr-citizen')).toHaveText(citizen);
  await expect(projector.getByTestId('pr-question')).toHaveCount(2);
  await expect(projector.getByTestId('pr-question').first()).toContainText('Lars Mikkelsen');
  // The room's name stays on screen, compacted to a header strip.
  await expect(projector.getByTestId('projector-room-name')).toHaveText('Det afklarende rum');
  expect(await smallestTextShare(projector)).toBeGreaterThanOrEqual(0.0249);
  await screenshot(page, 'rooms-console-clarifying');
  await screenshot(projector, 'rooms-projector-clarifying');

  // — Developing: ideas in turn from the keyboard, one pass, idea killers. —
  await page.getByTestId('room-next').click();
  await expectRoom(page, projector, 'developing');
  await page.getByTestId('rw-turns-start').focus();
  await page.keyboard.press('Enter');
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
  const capture = page.getByTestId('rw-idea-input');
  await capture.focus();
  let turn = 0;
  for (const [n, text] of ideas.entries()) {
    if (n === 3) {
      await expect(holder).toHaveText('Lars Mikkelsen', FOLLOWS);
      await page.keyboard.press('Alt+KeyP');
      turn += 1;
    }
    await expect(holder).toHaveText(PEOPLE[turn % 6]?.name ?? '', FOLLOWS);
    await expect(next).toHaveText(PEOPLE[(turn + 1) % 6]?.name ?? '');
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect(capture).toHaveValue('');
    turn += 1;
    await expect(projector.getByTestId('pr-idea-card')).toHaveCount(n + 1, FOLLOWS);
  }
  // Focus never left the field: all of it was typed.
  await expect(capture).toBeFocused();
  // The newest card is marked, with its author's organisation as a tag: Anne … Karin, Lars
  // passed, Mona, Jens, Anne again, then Peter (Herning Kommune).
  const newest = projector.locator('[data-testid="pr-idea-card"][data-newest]');
  await expect(newest).toContainText(ideas[6] ?? '');
  await expect(newest).toContainText('Herning Kommune');

  // The wall is coloured by sector (named in a legend); the console's setting colours it by
  // organisation instead: the two municipalities then differ, and the tags still name them.
  const tagOf = (org: string) =>
    projector
      .getByTestId('pr-idea-card')
      .filter({ hasText: org })
      .first()
      .evaluate((el) => getComputedStyle(el).getPropertyValue('--tag').trim());
  await expect(projector.locator('.pr-legend')).toContainText('Kommune');
  expect(await tagOf('Herning Kommune')).toBe(await tagOf('Ikast-Brande Kommune'));
  await page.getByTestId('rw-wall-colour').selectOption('organisation');
  await expect(projector.locator('.pr-legend')).toHaveCount(0, FOLLOWS);
  expect(await tagOf('Herning Kommune')).not.toBe(await tagOf('Ikast-Brande Kommune'));
  await page.getByTestId('rw-wall-colour').selectOption('sector');
  await expect(projector.locator('.pr-legend')).toHaveCount(1, FOLLOWS);
  await capture.focus();

  // An idea killer caught while typing, before it is saved; flagged instead of saved.
  await page.keyboard.type('Det har vi jo prøvet før');
  const hint = page.getByTestId('rw-killer-hint');
  await expect(hint).toHaveAttribute('data-killer-id', '1');
  const card = projector.getByTestId('pr-yellow-card');
  await expect(card).toHaveCount(0);
  await page.getByTestId('rw-killer-hint-flag').click();
  await expect(capture).toHaveValue('');
  await expect(card).toHaveAttribute('data-killer-id', '1', FOLLOWS);
  await expect(card).toContainText('Det har vi prøvet');
  await screenshot(projector, 'rooms-projector-yellow-card');
  await expect(card).toBeHidden({ timeout: 6_000 });

  // Two more flagged with one key each (outside the text field), then who said it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('5');
  const who = page.getByTestId('rw-killer-who');
  await expect(who).toBeVisible();
  await expect(card).toHaveAttribute('data-killer-id', '5', FOLLOWS);
  await expect(card).toContainText('Det fungerer ikke i praksis');
  await page.keyboard.press('j'); // Jens
  await page.keyboard.press('Enter');
  await expect(who).toBeHidden();
  await page.keyboard.press('4');
  await expect(who).toBeVisible();
  await page.keyboard.press('Enter'); // said by someone unknown
  await expect(who).toBeHidden();
  await expect(card).toHaveAttribute('data-killer-id', '4', FOLLOWS);
  await expect(page.getByTestId('rw-killer-tally')).toHaveAttribute('data-total', '3');
  await screenshot(page, 'rooms-console-developing');
  await expect(card).toBeHidden({ timeout: 6_000 });
  await screenshot(projector, 'rooms-projector-developing');

  // — Negotiating: clusters by drag and drop, dots, a disagreement, a conclusion. —
  await page.getByTestId('room-next').click();
  await expectRoom(page, projector, 'negotiating');
  const ideaCard = (text: string) =>
    page.getByTestId('rw-idea-card').filter({ hasText: text }).first();
  await dragOnto(page, ideaCard(ideas[0] ?? ''), page.getByTestId('rw-new-cluster-drop'), 0.5);
  await expect(page.getByTestId('rw-cluster')).toHaveCount(1);
  await commitField(page.getByTestId('rw-cluster-name').first(), 'Kommunikation før udskrivelse');
  // Each drop is seen before the next drag: a card moving out of the list under the pointer
  // would otherwise put another card where the next drag begins.
  const inCluster = (n: number) =>
    page.getByTestId('rw-cluster').nth(n).getByTestId('rw-idea-card');
  for (const [i, text] of [ideas[1], ideas[2]].entries()) {
    await dragOnto(page, ideaCard(text ?? ''), page.getByTestId('rw-cluster').first(), 0.5);
    await expect(inCluster(0)).toHaveCount(2 + i);
  }
  await dragOnto(page, ideaCard(ideas[5] ?? ''), page.getByTestId('rw-new-cluster-drop'), 0.5);
  await expect(page.getByTestId('rw-cluster')).toHaveCount(2);
  await expect(inCluster(1).filter({ hasText: ideas[5] ?? '' })).toHaveCount(1);
  await commitField(page.getByTestId('rw-cluster-name').nth(1), 'Opfølgning efter hjemkomst');
  await dragOnto(page, ideaCard(ideas[6] ?? ''), page.getByTestId('rw-cluster').nth(1), 0.5);
  await expect(inCluster(0)).toHaveCount(3);
  await expect(inCluster(1)).toHaveCount(2);
  const clusterIds = await page
    .getByTestId('rw-cluster')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-cluster-id') ?? ''));
  const [c1 = '', c2 = ''] = clusterIds;
  const ideaId = async (text: string) => (await ideaCard(text).getAttribute('data-idea-id')) ?? '';
  const medicine = await ideaId(ideas[4] ?? '');
  const votes: [string, string][] = [
    ['Anne Sørensen', c1],
    ['Peter Lund', c1],
    ['Karin Bach', c2],
    ['Lars Mikkelsen', c1],
    ['Mona Dahl', medicine],
    ['Jens Vestergaard', c2],
  ];
  for (const [voter, target] of votes) {
    await page.getByTestId('rw-dot-voter').selectOption(id(voter));
    await page.locator(`[data-testid="rw-dot-add"][data-target-id="${target}"]`).click();
  }
  await expect(
    page.locator(`[data-testid="rw-dot-result"][data-target-id="${c1}"]`),
  ).toHaveAttribute('data-dots', '3');
  await page
    .getByTestId('rw-position-text')
    .fill('Et fredagsstop flytter bare problemet til torsdag.');
  await page.getByTestId('rw-position-kind').selectOption('disagreement');
  await page.getByTestId('rw-position-who').selectOption(id('Jens Vestergaard'));
  await page.getByTestId('rw-position-add').click();
  await expect(page.getByTestId('rw-position')).toHaveCount(1);
  const conclusion = 'Vi afprøver en fælles udskrivelsestjekliste i tre måneder.';
  await page.getByTestId('rw-conclusion-text').fill(conclusion);
  await page.getByTestId('rw-conclusion-add').click();
  await expect(page.getByTestId('rw-conclusion-item')).toHaveCount(1);

  await expect(projector.getByTestId('pr-cluster')).toHaveCount(2, FOLLOWS);
  await expect(projector.getByTestId('pr-cluster').first()).toContainText(
    'Kommunikation før udskrivelse',
  );
  await expect(projector.getByTestId('pr-cluster').first()).toContainText('3 idéer');
  const results = projector.getByTestId('pr-dot-result');
  await expect(results).toHaveCount(3);
  expect(await results.evaluateAll((els) => els.map((el) => el.getAttribute('data-dots')))).toEqual(
    ['3', '2', '1'],
  );
  await expect(results.first()).toHaveAttribute('data-target-id', c1);
  await expect(results.first()).toContainText('3 prikker');
  const disagreement = projector.locator('[data-testid="pr-position"][data-kind="disagreement"]');
  await expect(disagreement).toContainText('Uenighed');
  await expect(disagreement).toContainText('Jens Vestergaard');
  await expect(disagreement.locator('svg[data-icon]')).toHaveCount(1);
  await expect(projector.getByTestId('pr-conclusion')).toHaveText([conclusion]);
  expect(await smallestTextShare(projector)).toBeGreaterThanOrEqual(0.0249);
  await screenshot(page, 'rooms-console-negotiating');
  await screenshot(projector, 'rooms-projector-negotiating');

  // — Acting: three actions; one dragged from an idea, one typed, one trial action. —
  await page.getByTestId('room-next').click();
  await expectRoom(page, projector, 'acting');
  const source = page.locator(`[data-testid="rw-action-source"][data-source-id="${medicine}"]`);
  await dragOnto(page, source, page.getByTestId('rw-action-drop'), 0.3);
  await expect(page.getByTestId('rw-action-row')).toHaveCount(1);

  await page.getByTestId('rw-action-what').fill('Udkast til fælles udskrivelsestjekliste');
  await page.getByTestId('rw-action-owner').selectOption(id('Anne Sørensen'));
  await page.getByTestId('rw-action-owner').selectOption(id('Mona Dahl'));
  await page.getByTestId('rw-action-due').fill('2026-12-15');
  await page.getByTestId('rw-action-add').click();
  await expect(page.getByTestId('rw-action-row')).toHaveCount(2);

  await page.getByTestId('rw-action-what').fill('Tjeklisten afprøves på medicinsk afdeling');
  await page.getByTestId('rw-action-owner').selectOption(id('Jens Vestergaard'));
  await page.getByTestId('rw-action-next-meeting').check();
  await page.getByTestId('rw-action-trial').check();
  await page.getByTestId('rw-action-eval-date').fill('2027-03-31');
  await page.getByTestId('rw-action-add').click();
  await expect(page.getByTestId('rw-action-row')).toHaveCount(3);

  const rows = projector.getByTestId('pr-action-row');
  await expect(rows).toHaveCount(3, FOLLOWS);
  expect(await names(rows.locator('td:first-child'))).toEqual([
    ideas[4],
    'Udkast til fælles udskrivelsestjekliste',
    'Tjeklisten afprøves på medicinsk afdeling',
  ]);
  // Made from an idea, it has no who and no when yet: marked, in words.
  await expect(rows.nth(0)).toHaveAttribute('data-gaps', 'who when');
  await expect(rows.nth(0)).toContainText('Mangler hvem');
  await expect(rows.nth(0)).toContainText('Mangler hvornår');
  await expect(rows.nth(1)).toHaveAttribute('data-gaps', '');
  await expect(rows.nth(1)).toContainText('Anne Sørensen, Mona Dahl');
  await expect(rows.nth(1)).toContainText('15. dec. 2026');
  await expect(rows.nth(2)).toHaveAttribute('data-gaps', '');
  await expect(rows.nth(2)).toContainText('Næste møde');
  await expect(rows.nth(2)).toContainText('Evalueres 31. mar. 2027');
  expect(await smallestTextShare(projector)).toBeGreaterThanOrEqual(0.0249);
  await screenshot(page, 'rooms-console-acting');
  await screenshot(projector, 'rooms-projector-acting');

  // — What was saved: the turn log with its pass, the killer tally, the actions' sources. —
  const saved = (await host.request('getState')) as {
    workshop: {
      agenda: { id: string; turns: { log: { participantId: string; kind: string }[] } | null }[];
      killerFlags: { killerId: number; participantId: string | null }[];
      actions: { sourceId: string | null; trial: boolean; evaluationDate: string }[];
    };
  };
  const log = saved.workshop.agenda.find((p) => p.id === pointId)?.turns?.log ?? [];
  expect(log.filter((e) => e.kind === 'pass').map((e) => e.participantId)).toEqual([
    id('Lars Mikkelsen'),
  ]);
  expect(log.filter((e) => e.kind === 'idea')).toHaveLength(ideas.length);
  expect(saved.workshop.killerFlags.map((f) => [f.killerId, f.participantId])).toEqual([
    [1, id('Karin Bach')],
    [5, id('Jens Vestergaard')],
    [4, null],
  ]);
  expect(saved.workshop.actions.map((a) => [a.sourceId, a.trial, a.evaluationDate])).toEqual([
    [medicine, false, ''],
    [null, false, ''],
    [null, true, '2027-03-31'],
  ]);
  host.close();
  await projectorWindow.close();
});
