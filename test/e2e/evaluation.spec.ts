import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import WebSocket from 'ws';
import { AppServer } from './helpers/appServer';
import { addParticipant, SCREENS_DIR, screenshot } from './helpers/consolePage';
import { expect, test } from './helpers/fixtures';

// Issue 8, evaluating the collaboration: paper forms typed in on the console, the results on the
// projector as PÅ TVÆRS charts and a relational-coordination heat map with before and after.
const FOLLOWS = { timeout: 2_000 };
const SHOTS = process.env.DIALOGRUM_SHOTS_DIR ?? SCREENS_DIR;

/** Where a screenshot of part of a page (or a phone) goes: beside the others. */
async function shotPath(name: string): Promise<string> {
  await mkdir(SHOTS, { recursive: true });
  return path.join(SHOTS, `${name}.png`);
}
const KOMMUNE = 'Aalborg Kommune';
const HOSPITAL = 'Aalborg Universitetshospital';

/** The host's WebSocket API (shared/wsProtocol.ts), the way a second window talks to it. */
async function connect(appUrl: string) {
  const ws = new WebSocket(`${appUrl.replace(/^http/, 'ws')}ws`, {
    origin: appUrl.replace(/\/$/, ''),
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 100;
  const request = (name: string, payload?: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++nextId;
      const onMessage = (data: Buffer) => {
        const m = JSON.parse(data.toString()) as {
          id?: number;
          response?: { ok: boolean; result?: unknown; error?: unknown };
        };
        if (m.id !== id || !m.response) return;
        ws.off('message', onMessage);
        if (m.response.ok) resolve(m.response.result);
        else reject(new Error(`${name}: ${JSON.stringify(m.response.error)}`));
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify(payload === undefined ? { id, name } : { id, name, payload }));
    });
  return { request, close: () => ws.close() };
}

/** Reads the stored responses the way a second window does. */
async function storedResponses(appUrl: string): Promise<Record<string, unknown>[]> {
  const ws = new WebSocket(`${appUrl.replace(/^http/, 'ws')}ws`, {
    origin: appUrl.replace(/\/$/, ''),
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const state = await new Promise<{
    workshop: { evaluation: { responses: Record<string, unknown>[] } };
  }>((resolve) => {
    ws.on('message', (data: Buffer) => {
      const m = JSON.parse(data.toString()) as { id?: number; response?: { result: never } };
      if (m.id === 1 && m.response) resolve(m.response.result);
    });
    ws.send(JSON.stringify({ id: 1, name: 'getState' }));
  });
  ws.close();
  return state.workshop.evaluation.responses;
}

/** One paper form: scores in the order of the form's rows; null leaves a row unanswered. */
async function typePaperForm(page: Page, scores: (number | null)[]): Promise<void> {
  const items = page.getByTestId('eval-paper-item');
  await expect(items).toHaveCount(scores.length);
  for (const [i, s] of scores.entries()) {
    if (s !== null) await items.nth(i).getByTestId(`eval-paper-score-${s}`).click();
  }
  await page.getByTestId('eval-paper-save').click();
  await expect(page.getByTestId('eval-paper-saved')).toBeVisible();
  await expect(items.first()).toHaveAttribute('data-score', '');
}

/** The same from the keyboard: a digit on a row scores it and moves on to the next row. */
async function typePaperDigits(page: Page, digits: string): Promise<void> {
  await page.getByTestId('eval-paper-item').first().getByTestId('eval-paper-score-1').focus();
  for (const d of digits) await page.keyboard.press(d);
  await page.getByTestId('eval-paper-save').click();
  await expect(page.getByTestId('eval-paper-item').first()).toHaveAttribute('data-score', '');
}

async function smallestTextShare(projector: Page, root: Locator): Promise<number> {
  await expect(root).toBeVisible();
  return root.evaluate((rootEl) => {
    let smallest = Infinity;
    for (const el of Array.from(rootEl.querySelectorAll<HTMLElement>('*'))) {
      const hasText = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!hasText || el.getClientRects().length === 0) continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
    }
    return smallest / window.innerHeight;
  });
}

test('paper scores for PÅ TVÆRS and relational coordination become charts on the projector', async ({
  app,
  browser,
  page,
  pageErrors,
}) => {
  // Many steps, each waiting for the host and the projector; slow on a loaded machine.
  test.setTimeout(480_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.url);
  for (const [name, organisation] of [
    ['Bo Madsen', KOMMUNE],
    ['Anne Holm', HOSPITAL],
    ['Carla Jensen', 'Lægehuset Vestergade'],
  ] as const) {
    await addParticipant(page, { name, title: '', organisation });
  }

  const projectorWindow = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const projector = await projectorWindow.newPage();
  pageErrors.watch(projector);
  await projector.goto(app.projectorUrl);

  // — The facilitator opens PÅ TVÆRS for the phones, and types in three paper forms. —
  const panel = page.getByTestId('evaluation-panel');
  await panel.getByTestId('eval-open-pataevaers').click();
  const ptRow = panel.locator('[data-testid="eval-form-row"][data-form-id="pataevaers"]');
  await expect(ptRow).toHaveAttribute('data-open', 'true');
  await panel.getByTestId('evaluation-section-paper').click();
  await typePaperForm(page, [4, 3, 5, 4, 2, 3, 3, 4]);
  await typePaperForm(page, [5, 2, 4, 4, null, null, null, null]);
  await typePaperDigits(page, '34');
  await expect(page.getByTestId('eval-paper-saved')).toHaveText(/3/);
  await expect(ptRow).toContainText('3 svar');

  // — The projector shows the meetings' questions: mean, spread and n per question. —
  await panel.getByTestId('eval-projector').selectOption('meetings');
  const shown = projector.getByTestId('projector-evaluation');
  await expect(shown).toHaveAttribute('data-view', 'meetings', FOLLOWS);
  const question = (id: string) =>
    projector.locator(`[data-testid="projector-eval-question"][data-question-id="${id}"]`);
  await expect(projector.getByTestId('projector-eval-question')).toHaveCount(4);
  const expected: [string, string, string, number][] = [
    ['pt9', '4.00', '4,0', 3], // 4, 5, 3
    ['pt10', '3.00', '3,0', 3], // 3, 2, 4
    ['pt11', '4.50', '4,5', 2], // 5, 4
    ['pt12', '4.00', '4,0', 2], // 4, 4
  ];
  for (const [id, mean, text, n] of expected) {
    await expect(question(id)).toHaveAttribute('data-mean', mean);
    await expect(question(id)).toHaveAttribute('data-n', String(n));
    await expect(question(id).locator('.pe-mean')).toHaveText(text);
    await expect(question(id)).toContainText(`n ${n}`);
  }
  // Spread as the sample standard deviation and the range: 3, 2, 4 → sd 1,0, 2–4.
  await expect(question('pt10')).toContainText('sd 1,0 · 2–4 · n 3');
  await expect(question('pt9')).toContainText('9. Møderne giver værdi');
  expect(await smallestTextShare(projector, shown)).toBeGreaterThanOrEqual(0.0249);
  await screenshot(projector, 'evaluation-projector-meetings');

  await panel.getByTestId('eval-projector').selectOption('between');
  await expect(projector.getByTestId('projector-eval-question')).toHaveCount(4, FOLLOWS);
  await expect(question('pt13')).toHaveAttribute('data-n', '1');

  // Anonymous: the stored responses hold a random id, the form and the scores, nothing else.
  const stored = await storedResponses(app.url);
  expect(stored).toHaveLength(3);
  for (const r of stored) expect(Object.keys(r).sort()).toEqual(['formId', 'id', 'scores']);

  // — Relational coordination: the municipality and the hospital, both ways, before and after. —
  await panel.getByTestId('eval-close').click();
  await expect(ptRow).toHaveAttribute('data-open', 'false');
  await panel.getByTestId('evaluation-section-pairs').click();
  // The groups are suggested from the participants' organisations.
  await panel.getByTestId('eval-pair-from').selectOption(KOMMUNE);
  await panel.getByTestId('eval-pair-to').selectOption(HOSPITAL);
  await panel.getByTestId('eval-pair-add-both').click();
  await expect(panel.getByTestId('eval-pair')).toHaveText([
    `${KOMMUNE} → ${HOSPITAL}Fjern`,
    `${HOSPITAL} → ${KOMMUNE}Fjern`,
  ]);

  await panel.getByTestId('eval-paper-form').selectOption('relational-before');
  // 2 pairs × 7 dimensions per form; kommune → hospital first.
  await typePaperDigits(page, '2222222' + '3333333');
  await typePaperDigits(page, '3333333' + '3333333');
  await panel.getByTestId('eval-paper-form').selectOption('relational-after');
  await typePaperDigits(page, '4444444' + '4444443');

  await panel.getByTestId('eval-projector').selectOption('rc-before');
  await expect(shown).toHaveAttribute('data-view', 'rc-before', FOLLOWS);
  const cell = (from: string, to: string) =>
    projector.locator(`[data-testid="projector-eval-cell"][data-from="${from}"][data-to="${to}"]`);
  await expect(cell(KOMMUNE, HOSPITAL)).toHaveAttribute('data-mean', '2.50');
  await expect(cell(KOMMUNE, HOSPITAL)).toContainText('2,5');
  await expect(cell(KOMMUNE, HOSPITAL)).toContainText('n 2');
  await expect(cell(HOSPITAL, KOMMUNE)).toHaveAttribute('data-mean', '3.00');
  expect(await smallestTextShare(projector, shown)).toBeGreaterThanOrEqual(0.0249);
  await screenshot(projector, 'evaluation-projector-rc-before');

  await panel.getByTestId('eval-projector').selectOption('rc-after');
  await expect(shown).toHaveAttribute('data-view', 'rc-after', FOLLOWS);
  await expect(cell(KOMMUNE, HOSPITAL)).toHaveAttribute('data-mean', '4.00');
  // (6 × 4 + 3) / 7 = 3,857…
  await expect(cell(HOSPITAL, KOMMUNE)).toContainText('3,9');

  await panel.getByTestId('eval-projector').selectOption('rc-changes');
  await expect(shown).toHaveAttribute('data-view', 'rc-changes', FOLLOWS);
  const changes = projector.getByTestId('projector-eval-change');
  await expect(changes).toHaveCount(2);
  await expect(changes.nth(0)).toContainText('Før 2,5 · efter 4,0 ▲ +1,5');
  await expect(changes.nth(1)).toContainText('Før 3,0 · efter 3,9 ▲ +0,9');
  expect(await smallestTextShare(projector, shown)).toBeGreaterThanOrEqual(0.0249);
  await screenshot(projector, 'evaluation-projector-rc-changes');

  // Off again: the meeting shows.
  await panel.getByTestId('eval-projector').selectOption('off');
  await expect(shown).toHaveCount(0, FOLLOWS);
  await panel.getByTestId('evaluation-section-results').click();
  await screenshot(page, 'evaluation-console');
  await panel.screenshot({ path: await shotPath('evaluation-console-panel') });

  // The raw scores as CSV: one anonymous row per score (8 + 4 + 2 PÅ TVÆRS, 3 × 14 relational).
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByTestId('eval-download-scores').click(),
  ]);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  const lines = csv.split('\r\n').filter((l) => l !== '');
  expect(lines[0]).toBe('\uFEFFSvar-id;Skema;Par;Spørgsmål;Score');
  expect(lines).toHaveLength(1 + 14 + 42);
  expect(csv).not.toContain('Bo Madsen');

  // The print minutes (PDF) carry the evaluation section.
  await page.goto(`${app.url}print.html?lang=da`);
  const printed = page.getByTestId('print-evaluation');
  // The print view loads the workshop and builds the record first: slow on a loaded machine.
  await expect(printed).toBeVisible({ timeout: 30_000 });
  await expect(printed.locator('tr').filter({ hasText: '9. Møderne giver værdi' })).toContainText(
    '4,01,03–53',
  );
  await expect(printed).toContainText('Relationel koordinering');
  await expect(printed.locator('tr').filter({ hasText: `${KOMMUNE} → ${HOSPITAL}` })).toContainText(
    '2,5 (n 2)4,0 (n 1)+1,5',
  );

  await projector.goto('about:blank');
  await page.goto('about:blank');
  await projectorWindow.close();
});

test('the next meeting of the series shows the earlier meetings as a trend', async ({
  app,
  browser,
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  await page.goto(app.url);
  const host = await connect(app.url);
  const paper = (responseId: string, scores: Record<string, number>) =>
    host.request('dispatch', {
      type: 'evaluation.score',
      responseId,
      formId: 'pataevaers',
      scores,
      fromPaper: true,
    });
  // Meeting 1: 9 scored 2 and 3 (mean 2,5); meeting 2: 3 and 4 (3,5); now: 5 and 4 (4,5).
  await host.request('dispatch', {
    type: 'workshop.update',
    title: 'Styregruppen',
    date: '2026-09-01',
  });
  await paper('a1', { pt9: 2, pt13: 3 });
  await paper('a2', { pt9: 3, pt13: 3 });
  await host.request('newMeetingInSeries');
  await paper('b1', { pt9: 3, pt13: 4 });
  await paper('b2', { pt9: 4, pt13: 2 });
  await host.request('newMeetingInSeries');
  await paper('c1', { pt9: 5, pt13: 3 });
  await paper('c2', { pt9: 4, pt13: 3 });
  await host.request('dispatch', { type: 'evaluation.project', view: 'meetings' });

  const projectorWindow = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const projector = await projectorWindow.newPage();
  pageErrors.watch(projector);
  await projector.goto(app.projectorUrl);
  const pt9 = projector.locator('[data-testid="projector-eval-question"][data-question-id="pt9"]');
  await expect(pt9).toHaveAttribute('data-mean', '4.50', FOLLOWS);
  await expect(pt9.locator('.pe-trend-text')).toHaveText('Sidst 3,5 · ▲ +1,0');
  await expect(pt9.locator('.pe-trend-line circle')).toHaveCount(3);
  // A question nobody answered in any meeting says so in words.
  await expect(projector.locator('[data-question-id="pt10"] .pe-trend-text')).toHaveText(
    'Ingen tidligere svar',
  );
  await screenshot(projector, 'evaluation-projector-trend');

  // The console's results table lists the earlier means too.
  await page.getByTestId('evaluation-section-results').click();
  await expect(
    page.locator('[data-testid="eval-result-row"][data-question-id="pt9"]'),
  ).toContainText('2,5 → 3,5');

  host.close();
  await projector.goto('about:blank');
  await page.goto('about:blank');
  await projectorWindow.close();
});

test('a phone scores the relational-coordination survey: one block per pair, big 1–5 buttons with words', async ({
  browser,
  page,
  pageErrors,
}) => {
  test.setTimeout(240_000);
  // Phones join on loopback here; in use the host listens on the laptop's network address.
  const app = await AppServer.start(['--phone-host', '127.0.0.1', '--phone-port', '0']);
  const phoneContext = await browser.newContext({
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'da-DK',
  });
  const phone = await phoneContext.newPage();
  pageErrors.watch(phone);
  pageErrors.allow(/WebSocket connection to .* failed/);
  try {
    await page.goto(app.url);
    await addParticipant(page, { name: 'Bo Madsen', title: '', organisation: KOMMUNE });
    await addParticipant(page, { name: 'Anne Holm', title: '', organisation: HOSPITAL });
    const panel = page.getByTestId('evaluation-panel');
    await panel.getByTestId('evaluation-section-pairs').click();
    await panel.getByTestId('eval-pair-add-both').click();
    await expect(panel.getByTestId('eval-pair')).toHaveCount(2);
    await panel.getByTestId('eval-open-relational-before').click();

    await page.getByTestId('join-toggle').click();
    const joinUrl = (await page.getByTestId('join-url').textContent()) ?? '';
    await phone.goto(joinUrl);
    await phone.getByTestId('phone-name').filter({ hasText: 'Anne Holm' }).click();
    const form = phone.getByTestId('phone-eval-form');
    await expect(form).toHaveAttribute('data-form-id', 'relational-before', FOLLOWS);
    await expect(phone.getByTestId('phone-eval-item')).toHaveCount(14);
    await expect(form.locator('legend')).toHaveText([
      `${KOMMUNE} → ${HOSPITAL}`,
      `${HOSPITAL} → ${KOMMUNE}`,
    ]);
    const first = phone.getByTestId('phone-eval-item').first();
    await expect(first).toContainText('Hyppig kommunikation');
    await expect(first.getByTestId('phone-eval-score-1')).toContainText('slet ikke');
    await expect(first.getByTestId('phone-eval-score-5')).toContainText('i meget høj grad');
    // Touch targets: at least 48 px each way.
    const box = await first.getByTestId('phone-eval-score-3').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(48);
    await first.getByTestId('phone-eval-score-4').tap();
    await expect(first).toHaveAttribute('data-score', '4');
    await expect(first.getByTestId('phone-eval-score-4')).toHaveAttribute('aria-checked', 'true');
    await phone.getByTestId('phone-eval-item').nth(1).getByTestId('phone-eval-score-2').tap();
    await phone.screenshot({ path: await shotPath('evaluation-phone-form') });
    await expect(phone.getByTestId('phone-eval-submit')).toHaveText('Send (2 af 14 besvaret)');
    await phone.getByTestId('phone-eval-submit').tap();
    await expect(phone.getByTestId('phone-eval-thanks')).toBeVisible(FOLLOWS);
    await phone.screenshot({ path: await shotPath('evaluation-phone-thanks') });

    const row = panel.locator('[data-testid="eval-form-row"][data-form-id="relational-before"]');
    await expect(row).toContainText('1 svar', FOLLOWS);
    await panel.getByTestId('evaluation-section-results').click();
    // (4 + 2) / 2 answered dimensions = 3,0 for Kommune → Hospital.
    await expect(
      panel
        .locator('[data-testid="eval-results-rc"][data-round="before"] [data-testid="eval-rc-row"]')
        .first(),
    ).toContainText('3,0 (n 1)');
  } finally {
    await phone.goto('about:blank').catch(() => undefined);
    await phoneContext.close();
    await page.goto('about:blank');
    await app.dispose();
  }
});
