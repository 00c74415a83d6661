import { commitField, screenshot } from './helpers/consolePage';
import { SharedClock } from './helpers/sharedClock';
import { expect, test } from './helpers/fixtures';

// The programme of docs/method.md § The programme as an invitation writes it (presenters after
// "v."), and one line whose time cannot be read (it ends before it starts).
const PROGRAMME = [
  '9.00–9.10 Velkomst, v. Mickael',
  '9.10–9.40 Oplæg: De fire dialogrum, v. Anne Mejlholm',
  '9.40-10.10 Oplæg: Ledelse på tværs, v. Kirsten Jørgensen',
  '10.10 – 10.25 Pause',
  '10:25-10:50 Oplæg: Erfaringer fra kommunen, v. Lars Poulsen',
  'kl. 10.50–11.30 Workshop: Hvordan kan vi selv styrke ledelse på tværs af sektorer?',
  '11.30–11.55 Opsamling og fælles refleksion i plenum',
  '13.00–12.30 Frokost',
  '11.55–12.00 Afrunding, v. Mickael',
].join('\n');

test('paste a programme: items and the unread line shown, one import, times on the clock, live re-timing', async ({
  page,
  pageErrors,
}) => {
  const clock = await SharedClock.create();
  const app = await clock.startServer();
  try {
    // The morning of the workshop, three minutes past nine.
    await clock.install([page.context()], new Date(2026, 2, 12, 9, 3));
    await page.goto(app.url);

    await page.getByTestId('programme-paste-open').click();
    await page.getByTestId('programme-paste-text').fill(PROGRAMME);
    // Read as typed: eight items, and the unreadable line reported with its number, not dropped.
    await expect(page.getByTestId('programme-paste-item')).toHaveCount(8);
    const unread = page.getByTestId('programme-paste-unread-line');
    await expect(unread).toHaveCount(1);
    await expect(unread).toHaveAttribute('data-line', '8');
    await expect(unread).toContainText('13.00–12.30 Frokost');
    await expect(unread).toContainText('tiden kan ikke læses');
    await screenshot(page, 'programme-paste');
    await page.getByTestId('programme-paste-import').click();
    await expect(page.getByTestId('programme-paste')).not.toBeVisible();

    // The programme on the clock, breaks included, presenters after the title.
    const rows = page.getByTestId('programme-row');
    await expect(rows).toHaveCount(8);
    await expect(rows.nth(0)).toContainText('9.00–9.10');
    await expect(rows.nth(0)).toContainText('Velkomst · Mickael');
    await expect(rows.nth(3)).toHaveAttribute('data-kind', 'break');
    await expect(rows.nth(3)).toContainText('10.10–10.25');
    await expect(rows.nth(5)).toContainText('10.50–11.30');
    await expect(rows.nth(7)).toContainText('11.55–12.00');
    await expect(rows.nth(7)).toContainText('Afrunding · Mickael');
    await expect(page.getByTestId('agenda-row')).toHaveCount(8);
    await expect(page.getByTestId('workshop-time')).toHaveValue(/9[.:]00/);

    // One command: one undo takes the whole import back.
    await page.getByTestId('undo').click();
    await expect(rows).toHaveCount(0);
    await page.getByTestId('redo').click();
    await expect(rows).toHaveCount(8);

    // The welcome starts at 9.03 and runs to 9.18: eight minutes behind the plan.
    await page.getByTestId('point-start').first().click();
    await expect(rows.nth(0)).toHaveAttribute('data-status', 'active');
    await clock.forward([page.context()], 15 * 60_000);
    const delay = page.getByTestId('programme-delay');
    await expect(delay).toHaveAttribute('data-delay', '8');
    await expect(delay).toContainText('8 min bagud');
    await expect(delay).toContainText('resten slutter kl. 12.08 (planlagt 12.00)');
    // Which points would have to shrink to end on time.
    await expect(page.getByTestId('programme-shrink')).toContainText('Workshop');
    await expect(rows.nth(1)).toContainText('nu ca. 9.18–9.48');
    await page.getByTestId('programme-view').scrollIntoViewIfNeeded();
    await screenshot(page, 'programme-behind');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'programme-print');
    await page.emulateMedia({ media: 'screen' });
  } finally {
    // Leave the page before the server goes, or its reconnect attempts log errors.
    await page.goto('about:blank');
    await app.dispose();
    await clock.dispose();
  }
  expect(pageErrors.unexpected).toEqual([]);
});

// An invitation as it comes by mail: its head (title, date, place), titles that wrap onto the
// next line, and presenters on the line below in the forms Danish invitations use.
const INVITATION = `Invitation til temadag om sammenhængende forløb
Torsdag den 16. april 2015
Sted: Aarhus Rådhus, lokale 1

Program

10.00–10.15\tVelkomst
Direktør Anne Hansen, Region Midtjylland
10.15–10.45  Fremtidens sundhedsvæsen – hvordan sikrer vi
               sammenhæng for borgeren?
               v/ overlæge Jens Møller, Aarhus Universitetshospital
10.45–11.00 Pause
11.00–11.45 Erfaringer fra udskrivelsesforløb for ældre medicinske patienter mellem
Aarhus Kommune og hospitalet
Oplæg ved sundhedschef Mette Kjær, Sundhed og Omsorg, Aarhus Kommune
11.45–12.30 Gruppedrøftelser: Hvad kan vi gøre anderledes i morgen?
Ved bordene drøfter vi erfaringerne fra formiddagen.
12.30–13.00 Opsamling og afrunding
Anne Hansen, Peter Holm og Lise Berg`;

const WRAPPED = 'Fremtidens sundhedsvæsen – hvordan sikrer vi sammenhæng for borgeren?';

test('paste an invitation: wrapped titles whole, presenters from the line below, its head for the workshop and the projector', async ({
  page,
  app,
  pageErrors,
}) => {
  await page.goto(app.url);
  // The place is already filled in: the invitation may not replace it unasked.
  await commitField(page.getByTestId('workshop-place'), 'Regionshuset Viborg');
  await expect(page.getByTestId('workshop-place')).toHaveValue('Regionshuset Viborg');

  await page.getByTestId('programme-paste-open').click();
  await page.getByTestId('programme-paste-text').fill(INVITATION);
  const items = page.getByTestId('programme-paste-item');
  await expect(items).toHaveCount(6);
  await expect(items.nth(1)).toContainText(`${WRAPPED} · Overlæge Jens Møller`);
  // Only the heading "Program" is left unread; the head's three lines were read.
  await expect(page.getByTestId('programme-paste-unread-line')).toHaveCount(1);
  await expect(page.getByTestId('programme-paste-unread-line')).toHaveAttribute('data-line', '5');

  const header = page.getByTestId('programme-paste-header');
  await expect(page.getByTestId('programme-paste-header-title-value')).toHaveText(
    'Temadag om sammenhængende forløb',
  );
  await expect(page.getByTestId('programme-paste-header-date-value')).toContainText(
    '16. april 2015',
  );
  await expect(page.getByTestId('programme-paste-header-title')).toBeChecked();
  await expect(page.getByTestId('programme-paste-header-date')).toBeChecked();
  await expect(page.getByTestId('programme-paste-header-place')).not.toBeChecked();
  await expect(header).toContainText('erstatter “Regionshuset Viborg”');
  // The facilitator says yes to the invitation's place too.
  await page.getByTestId('programme-paste-header-place').check();
  await screenshot(page, 'programme-paste-invitation');
  await page.getByTestId('programme-paste-import').click();
  await expect(page.getByTestId('programme-paste')).not.toBeVisible();

  // The titles whole, the presenters with their organisations.
  const rows = page.getByTestId('programme-row');
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(0)).toContainText('Velkomst · Direktør Anne Hansen, Region Midtjylland');
  await expect(rows.nth(1)).toContainText(
    `${WRAPPED} · Overlæge Jens Møller, Aarhus Universitetshospital`,
  );
  await expect(rows.nth(3)).toContainText(
    'Erfaringer fra udskrivelsesforløb for ældre medicinske patienter mellem Aarhus Kommune og hospitalet · Sundhedschef Mette Kjær, Sundhed og Omsorg, Aarhus Kommune',
  );
  // A description starting "Ved …" is no presenter.
  await expect(rows.nth(4).locator('.programme-row-presenter')).toHaveCount(0);
  await expect(rows.nth(5)).toContainText(
    'Opsamling og afrunding · Anne Hansen, Peter Holm og Lise Berg',
  );

  // The head of the workshop from the invitation.
  await expect(page.getByTestId('workshop-title')).toHaveValue('Temadag om sammenhængende forløb');
  await expect(page.getByTestId('workshop-date')).toHaveValue('2015-04-16');
  await expect(page.getByTestId('workshop-place')).toHaveValue('Aarhus Rådhus, lokale 1');
  await expect(page.getByTestId('workshop-time')).toHaveValue(/10[.:]00/);

  // The projector's programme carries the workshop's title, not the app's name.
  const projector = await page.context().newPage();
  pageErrors.watch(projector);
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(app.projectorUrl);
  await expect(projector.getByTestId('projector-title')).toHaveText(
    'Temadag om sammenhængende forløb',
  );
  await expect(projector.getByTestId('projector-programme')).toContainText(WRAPPED);
  await expect(projector.getByTestId('projector-programme')).toContainText(
    'Direktør Anne Hansen, Region Midtjylland',
  );
  await screenshot(projector, 'programme-invitation-projector');

  // Without a title the projector names the programme, not the app.
  await commitField(page.getByTestId('workshop-title'), '');
  await expect(projector.getByTestId('projector-title')).toHaveText('Dagsorden');
  await projector.close();
  expect(pageErrors.unexpected).toEqual([]);
});
