import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { AppServer } from './helpers/appServer';
import { SCREENS_DIR } from './helpers/consolePage';
import { expect, test } from './helpers/fixtures';
import { HostSocket } from './helpers/hostSocket';

// Issue 8, end to end: the console and projector plus four participants' phones (each its own
// browser context, a phone-sized viewport) join with the code, add ideas in turn, vote, see
// the actions, score the evaluation; one phone drops and comes back without losing or
// doubling anything.
// Generous: on a loaded machine (load average 25 on two cores) a page load alone took 30 s.
const FOLLOWS = { timeout: 10_000 };
const SHOTS = process.env.DIALOGRUM_SHOTS_DIR ?? SCREENS_DIR;

const PEOPLE = [
  { id: 'p1', name: 'Anne Sørensen', organisation: 'Hospitalsenheden Vest', sector: 'hospital' },
  { id: 'p2', name: 'Peter Lund', organisation: 'Herning Kommune', sector: 'municipality' },
  { id: 'p3', name: 'Karin Bach', organisation: 'Lægehuset Ikast', sector: 'general-practice' },
  { id: 'p4', name: 'Lars Mikkelsen', organisation: 'Region Midtjylland', sector: 'region' },
] as const;
const POINT = 'pt1';

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

interface Phone {
  context: BrowserContext;
  page: Page;
  person: (typeof PEOPLE)[number];
}

async function openPhone(
  browser: Browser,
  url: string,
  person: Phone['person'],
  locale: string,
): Promise<Phone> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale,
  });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page, person };
}

function sendIdea(phone: Phone, text: string): Promise<void> {
  return phone.page
    .getByTestId('phone-idea-input')
    .fill(text)
    .then(() => phone.page.getByTestId('phone-idea-input').press('Enter'));
}

const turn = (phone: Phone): Locator => phone.page.getByTestId('phone-turn');

test('four phones join with the code, add ideas in turn, vote, see their actions and score the evaluation', async ({
  browser,
  page,
  pageErrors,
}) => {
  test.setTimeout(900_000);
  // Phones join on loopback here; in use the host listens on the laptop's network address.
  const app = await AppServer.start(['--phone-host', '127.0.0.1', '--phone-port', '0']);
  const phones: Phone[] = [];
  let projectorContext: BrowserContext | null = null;
  let host: HostSocket | null = null;
  try {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(app.url);
    host = await HostSocket.connect(app.url);
    for (const p of PEOPLE) {
      await host.dispatch({
        type: 'participant.add',
        participant: { ...p, title: '', present: true },
      });
    }
    await host.dispatch({
      type: 'agenda.add',
      point: {
        id: POINT,
        title: 'Sikker udskrivelse fredag eftermiddag',
        purpose: 'decision',
        plannedMinutes: 45,
        presenter: '',
      },
    });
    await host.dispatch({ type: 'point.start', id: POINT });
    await host.dispatch({ type: 'room.goTo', room: 'developing' });
    await host.dispatch({
      type: 'turns.setup',
      pointId: POINT,
      order: PEOPLE.map((p) => p.id),
    });

    projectorContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const projector = await projectorContext.newPage();
    pageErrors.watch(projector);
    await projector.goto(app.projectorUrl);

    // — Joining is off until the facilitator turns it on; then the code, address and QR. —
    const panel = page.getByTestId('join-panel');
    await expect(panel).toHaveAttribute('data-open', 'false');
    await expect(page.getByTestId('join-code')).toHaveCount(0);
    await page.getByTestId('join-toggle').click();
    await expect(page.getByTestId('join-toggle')).toBeChecked();
    await expect(panel).toHaveAttribute('data-open', 'true');
    const code = (await page.getByTestId('join-code').textContent()) ?? '';
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    const joinUrl = (await page.getByTestId('join-url').textContent()) ?? '';
    expect(joinUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/join\\?c=${code}$`));
    await expect(panel.getByTestId('qr-code')).toBeVisible();
    await mkdir(SHOTS, { recursive: true });
    await panel.screenshot({ path: path.join(SHOTS, 'phones-console-join-panel.png') });

    // The projector shows it large when asked: the QR most of the height, the code legible.
    await expect(projector.getByTestId('projector-join')).toHaveCount(0);
    await page.getByTestId('join-projector-toggle').click();
    await expect(page.getByTestId('join-projector-toggle')).toBeChecked();
    await expect(projector.getByTestId('projector-join-code')).toHaveText(code, FOLLOWS);
    const qr = await projector.getByTestId('qr-code').boundingBox();
    expect(qr?.height ?? 0).toBeGreaterThan(720 * 0.6);
    const codeSize = await projector
      .getByTestId('projector-join-code')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(codeSize).toBeGreaterThan(720 * 0.1);
    await shot(projector, 'phones-projector-join');

    // — Four phones open the address; three in Danish, one asks for English. —
    const locales = ['da-DK', 'da-DK', 'da-DK', 'en-GB'];
    for (const [i, person] of PEOPLE.entries()) {
      const phone = await openPhone(browser, joinUrl, person, locales[i] ?? 'da-DK');
      pageErrors.watch(phone.page);
      phones.push(phone);
    }
    // Dropped and refused sockets are logged by the browser as console errors; they are the
    // test's own doing (offline, reload).
    pageErrors.allow(/WebSocket connection to .* failed/);
    pageErrors.allow(/ERR_INTERNET_DISCONNECTED/);
    const [anne, peter, karin, lars] = phones as [Phone, Phone, Phone, Phone];
    await expect(anne.page.getByTestId('phone-name')).toHaveCount(4);
    await expect(lars.page.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
    await shot(anne.page, 'phones-1-names');

    for (const phone of phones) {
      await phone.page
        .locator(`[data-testid="phone-name"][data-participant-id="${phone.person.id}"]`)
        .click();
      await expect(phone.page.getByTestId('phone-me')).toContainText(phone.person.name);
    }
    await expect(page.getByTestId('join-count')).toHaveAttribute('data-connected', '4', FOLLOWS);
    // A name already taken is marked on a phone that has not chosen yet.
    // A latecomer types the short address from the projector and then the code.
    const late = await openPhone(browser, joinUrl.replace(/\?.*$/, ''), PEOPLE[0], 'da-DK');
    pageErrors.watch(late.page);
    await late.page.getByTestId('phone-code-input').fill(code.toLowerCase());
    await late.page.getByTestId('phone-code-go').click();
    await expect(
      late.page.locator('[data-testid="phone-name"][data-participant-id="p1"]'),
    ).toHaveAttribute('data-taken', 'true');
    await expect(late.page.locator('[data-testid="phone-name"][data-taken="true"]')).toHaveCount(4);
    await late.page.goto('about:blank');
    await late.context.close();

    // — Developing: ideas in turn; one out of turn is refused, and its text is kept. —
    await expect(anne.page.getByTestId('phone-room')).toHaveAttribute('data-room', 'developing');
    await expect(turn(anne)).toHaveAttribute('data-turn', 'mine');
    await expect(turn(peter)).toContainText('Anne Sørensen har ordet');
    await expect(turn(lars)).toContainText('Anne Sørensen has the turn');
    await shot(anne.page, 'phones-2-developing-your-turn');

    const outOfTurn = 'Ring til borgeren dagen efter';
    await sendIdea(lars, outOfTurn);
    await expect(lars.page.getByTestId('phone-error')).toHaveAttribute(
      'data-code',
      'not-your-turn',
    );
    await expect(lars.page.getByTestId('phone-error')).toContainText('It is not your turn yet');
    await expect(lars.page.getByTestId('phone-idea-input')).toHaveValue(outOfTurn);
    await shot(lars.page, 'phones-3-developing-not-your-turn');

    const ideas = [
      [anne, 'Fælles tjekliste ved udskrivelse'],
      [peter, 'Hjemmeplejen får besked inden kl. 12'],
      [karin, 'Medicinlisten følger med borgeren'],
    ] as const;
    for (const [phone, text] of ideas) {
      await expect(turn(phone)).toHaveAttribute('data-turn', 'mine', FOLLOWS);
      await sendIdea(phone, text);
      await expect(page.getByTestId('rw-idea-card').filter({ hasText: text })).toHaveCount(
        1,
        FOLLOWS,
      );
      await expect(projector.getByText(text)).toBeVisible(FOLLOWS);
    }
    // Now Lars's turn: the idea kept in his box goes.
    await expect(turn(lars)).toHaveAttribute('data-turn', 'mine', FOLLOWS);
    await lars.page.getByTestId('phone-error').getByRole('button').click();
    await lars.page.getByTestId('phone-idea-send').click();
    await expect(page.getByTestId('rw-idea-card').filter({ hasText: outOfTurn })).toHaveCount(
      1,
      FOLLOWS,
    );
    await expect(anne.page.getByTestId('phone-idea')).toHaveCount(4, FOLLOWS);
    await expect(anne.page.locator('[data-testid="phone-idea"][data-mine="true"]')).toHaveCount(1);
    // Anne passes on her second turn.
    await expect(turn(anne)).toHaveAttribute('data-turn', 'mine', FOLLOWS);
    await anne.page.getByTestId('phone-pass').click();
    await expect(turn(peter)).toHaveAttribute('data-turn', 'mine', FOLLOWS);

    // — A phone drops (Wi-Fi gone) in free mode, writes two ideas, and comes back: each once. —
    await host.dispatch({ type: 'turns.change', pointId: POINT, mode: 'free' });
    await expect(turn(karin)).toHaveAttribute('data-turn', 'free', FOLLOWS);
    await karin.context.setOffline(true);
    await expect(karin.page.getByTestId('phone-reconnecting')).toBeVisible({ timeout: 15_000 });
    const offline = ['Én indgang for egen læge', 'Weekendtelefon til hjemmeplejen'];
    for (const text of offline) await sendIdea(karin, text);
    await expect(karin.page.getByTestId('phone-idea-sending')).toHaveCount(2);
    await expect(karin.page.getByTestId('phone-reconnecting')).toContainText('2');
    await shot(karin.page, 'phones-4-developing-reconnecting');
    await karin.context.setOffline(false);
    await expect(karin.page.getByTestId('phone-reconnecting')).toHaveCount(0, { timeout: 15_000 });
    await expect(karin.page.getByTestId('phone-idea-sending')).toHaveCount(0, FOLLOWS);
    for (const text of offline) {
      await expect(page.getByTestId('rw-idea-card').filter({ hasText: text })).toHaveCount(
        1,
        FOLLOWS,
      );
    }
    // A reload comes back as the same phone (its token kept), not as a fifth.
    await karin.page.reload();
    await expect(karin.page.getByTestId('phone-me')).toContainText('Karin Bach');
    await expect(karin.page.getByTestId('phone-idea')).toHaveCount(6);
    await expect(page.getByTestId('join-phone')).toHaveCount(4);
    await expect(page.getByTestId('join-count')).toHaveAttribute('data-connected', '4', FOLLOWS);
    const stored = await host.ideas();
    expect(stored).toHaveLength(6);
    for (const text of offline) {
      expect(stored.filter((i) => i.text === text)).toEqual([
        expect.objectContaining({ authorId: 'p3' }),
      ]);
    }

    // — Negotiating: dots from the phones; the counts only once the facilitator reveals them. —
    const storedIdeas = await host.ideas();
    const ideaId = (text: string) => storedIdeas.find((i) => i.text === text)?.id ?? '';
    await host.dispatch({
      type: 'cluster.add',
      id: 'c1',
      pointId: POINT,
      name: 'Information til kommunen',
      ideaIds: [ideaId(ideas[1][1]), ideaId(offline[1] ?? '')],
    });
    await host.dispatch({ type: 'room.goTo', room: 'negotiating' });
    await expect(anne.page.getByTestId('phone-room')).toHaveAttribute(
      'data-room',
      'negotiating',
      FOLLOWS,
    );
    const dotsLeft = (phone: Phone) => phone.page.getByTestId('phone-dots-left');
    const perPerson = Number(await dotsLeft(anne).getAttribute('data-left'));
    expect(perPerson).toBeGreaterThanOrEqual(2);
    const target = (phone: Phone, id: string) =>
      phone.page.locator(`[data-testid="phone-dot-add"][data-target-id="${id}"]`);
    for (const phone of phones) await target(phone, 'c1').click();
    await target(anne, ideaId(ideas[0][1])).click();
    await target(peter, ideaId(ideas[0][1])).click();
    // Karin changes her mind: takes her dot back from the cluster.
    await expect(target(karin, 'c1')).toHaveAttribute('data-mine', '1', FOLLOWS);
    await karin.page.locator('[data-testid="phone-dot-remove"][data-target-id="c1"]').click();
    await expect(target(karin, 'c1')).toHaveAttribute('data-mine', '0', FOLLOWS);
    await expect(dotsLeft(anne)).toHaveAttribute('data-left', String(perPerson - 2), FOLLOWS);
    await expect(dotsLeft(karin)).toHaveAttribute('data-left', String(perPerson), FOLLOWS);
    await expect(anne.page.getByTestId('phone-results')).toHaveCount(0);
    await shot(anne.page, 'phones-5-negotiating-dots');
    const result = (p: Page, id: string) =>
      p.locator(`[data-testid="rw-dot-result"][data-target-id="${id}"]`);
    await expect(result(page, 'c1')).toHaveAttribute('data-dots', '3', FOLLOWS);
    await page.getByTestId('rw-dots-reveal').click();
    await expect(anne.page.getByTestId('phone-results')).toBeVisible(FOLLOWS);
    await expect(anne.page.getByTestId('phone-result')).toHaveCount(2);
    await expect(anne.page.getByTestId('phone-result').first()).toHaveAttribute('data-count', '3');
    await expect(anne.page.getByTestId('phone-result').first()).toContainText(
      'Information til kommunen',
    );
    await shot(anne.page, 'phones-6-negotiating-results');

    // — Acting: the actions, and each person's own in "Mine". —
    await host.dispatch({
      type: 'action.add',
      action: { id: 'a1', what: 'Lav udkast til fælles tjekliste', ownerIds: ['p1'] },
    });
    await host.dispatch({
      type: 'action.add',
      action: { id: 'a2', what: 'Aftal weekendtelefon med hjemmeplejen', ownerIds: ['p2'] },
    });
    await host.dispatch({ type: 'room.goTo', room: 'acting' });
    await expect(anne.page.getByTestId('phone-room')).toHaveAttribute(
      'data-room',
      'acting',
      FOLLOWS,
    );
    await expect(anne.page.getByTestId('phone-action')).toHaveCount(2, FOLLOWS);
    await anne.page.getByTestId('phone-actions-mine').click();
    // The action's text is hyphenated (soft hyphens): matched as text, not as a pattern.
    await expect(anne.page.getByTestId('phone-action')).toHaveCount(1);
    await expect(anne.page.getByTestId('phone-action')).toContainText('Lav udkast');
    await shot(anne.page, 'phones-7-acting-mine');

    // — Input locked: every phone says so calmly, and a send is refused. —
    await host.dispatch({ type: 'room.goTo', room: 'developing' });
    await page.getByTestId('join-lock').click();
    await expect(page.getByTestId('join-lock')).toBeChecked();
    for (const phone of phones) {
      await expect(phone.page.getByTestId('phone-locked')).toBeVisible(FOLLOWS);
    }
    await expect(peter.page.getByTestId('phone-idea-send')).toBeDisabled();
    await shot(peter.page, 'phones-8-locked');
    await page.getByTestId('join-lock').click();
    await expect(page.getByTestId('join-lock')).not.toBeChecked();
    await expect(peter.page.getByTestId('phone-locked')).toHaveCount(0, FOLLOWS);

    // — Evaluation: PÅ TVÆRS on the phones; the projector shows the chart. —
    await page.getByTestId('join-projector-toggle').click();
    await expect(page.getByTestId('join-projector-toggle')).not.toBeChecked();
    await expect(projector.getByTestId('projector-join')).toHaveCount(0, FOLLOWS);
    await page.getByTestId('evaluation-panel').getByTestId('eval-open-pataevaers').click();
    for (const [i, phone] of phones.entries()) {
      await expect(phone.page.getByTestId('phone-eval-form')).toBeVisible(FOLLOWS);
      const items = phone.page.getByTestId('phone-eval-item');
      await expect(items).toHaveCount(8);
      // Everyone answers question 9 (scores 2, 3, 4, 5) and 10 (all 4).
      await items
        .nth(0)
        .getByTestId(`phone-eval-score-${i + 2}`)
        .click();
      await items.nth(1).getByTestId('phone-eval-score-4').click();
      if (i === 0) await shot(phone.page, 'phones-9-evaluation');
      await phone.page.getByTestId('phone-eval-submit').click();
      await expect(phone.page.getByTestId('phone-eval-thanks')).toBeVisible(FOLLOWS);
    }
    await page
      .getByTestId('evaluation-panel')
      .getByTestId('eval-projector')
      .selectOption('meetings');
    const question = (id: string) =>
      projector.locator(`[data-testid="projector-eval-question"][data-question-id="${id}"]`);
    await expect(question('pt9')).toHaveAttribute('data-n', '4', FOLLOWS);
    await expect(question('pt9')).toHaveAttribute('data-mean', '3.50');
    await expect(question('pt10')).toHaveAttribute('data-mean', '4.00');
    await shot(projector, 'phones-projector-evaluation');

    // — Closing joining disconnects every phone at once, and they say why. —
    await page.getByTestId('join-toggle').click();
    await expect(page.getByTestId('join-toggle')).not.toBeChecked();
    for (const phone of phones) {
      await expect(phone.page.getByTestId('phone-ended')).toHaveAttribute(
        'data-reason',
        'joining-closed',
        FOLLOWS,
      );
    }
    await shot(lars.page, 'phones-10-closed');
    await expect(page.getByTestId('join-code')).toHaveCount(0);
    await projector.goto('about:blank');
  } finally {
    // Leave the pages before the server stops, so reconnect attempts are not page errors.
    for (const phone of phones) {
      await phone.page.goto('about:blank').catch(() => undefined);
      await phone.context.close();
    }
    await projectorContext?.close();
    await page.goto('about:blank');
    host?.close();
    await app.dispose();
  }
});

test('a phone gets only its own sentences in its own language, and the other language when asked', async ({
  browser,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  const app = await AppServer.start(['--phone-host', '127.0.0.1', '--phone-port', '0']);
  const host = await HostSocket.connect(app.url);
  let phone: Phone | null = null;
  try {
    for (const p of PEOPLE.slice(0, 2)) {
      await host.dispatch({
        type: 'participant.add',
        participant: { ...p, title: '', present: true },
      });
    }
    const join = (await host.request('openJoining')) as { url: string | null };
    expect(join.url).not.toBeNull();

    // Everything the phone's browser runs, as it arrives.
    const scripts: Promise<string>[] = [];
    const context = await browser.newContext({
      viewport: { width: 360, height: 640 },
      isMobile: true,
      hasTouch: true,
      locale: 'da-DK',
    });
    context.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text());
    });
    const page = await context.newPage();
    pageErrors.watch(page);
    phone = { context, page, person: PEOPLE[0] };
    await page.goto(join.url ?? '');
    await expect(page.getByRole('heading', { name: 'Hvem er du?' })).toBeVisible(FOLLOWS);
    await page.locator('[data-testid="phone-name"][data-participant-id="p1"]').click();
    await expect(page.getByTestId('phone-me')).toHaveText('Du er Anne Sørensen', FOLLOWS);
    // No point has started: the phone says what it waits for (in words, not a key).
    await expect(page.getByTestId('phone-waiting')).toHaveText(
      'Venter på, at facilitatoren starter et punkt …',
    );
    // A Danish phone fetched no English sentence, and none of the console's.
    const fetched = async () => (await Promise.all(scripts)).join('\n');
    expect(await fetched()).toContain('Hvem er du?');
    expect(await fetched()).not.toContain('Who are you?');
    expect(await fetched()).not.toContain('De fire dialogrum på to minutter');
    // Nor the host's schemas: the page checks what it must with plain guards.
    expect(await fetched()).not.toContain('ZodError');

    // Switching to English fetches the English sentences then, and the phone keeps the choice.
    await page.getByTestId('phone-language-en').click();
    await expect(page.getByTestId('phone-me')).toHaveText('You are Anne Sørensen', FOLLOWS);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('phone-waiting')).toHaveText(
      'Waiting for the facilitator to start a point …',
    );
    await expect(page.getByTestId('phone-language-en')).toHaveAttribute('aria-pressed', 'true');
    expect(await fetched()).toContain('Who are you?');
    await page.reload();
    await expect(page.getByTestId('phone-me')).toHaveText('You are Anne Sørensen', FOLLOWS);
  } finally {
    await phone?.page.goto('about:blank').catch(() => undefined);
    await phone?.context.close();
    host.close();
    await app.dispose();
  }
});
