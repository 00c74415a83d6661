import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Command } from '../../shared/commands';
import { AppServer } from './helpers/appServer';
import { commitField, SCREENS_DIR } from './helpers/consolePage';
import { expect, test } from './helpers/fixtures';
import { HostSocket } from './helpers/hostSocket';

// Long Danish text as a Danish public-sector workshop writes it: compounds, slash-joined bodies,
// organisations with commas. On the phone (360 px) and in the print view (the PDF) words break
// only at Danish hyphenation points, '-' and '/'; in the console long texts show in full.

const SHOTS = process.env.DIALOGRUM_SHOTS_DIR ?? SCREENS_DIR;
const FOLLOWS = { timeout: 10_000 };
const SOFT_HYPHEN = '\u00AD';

const POINT_TITLE = 'Forankring af sundhedsaftalesamarbejdet i Sundhedskoordinationsudvalget';
const IDEA =
  'Sundhedskoordinationsudvalget er det tværsektorielle politiske organ for ' +
  'sundhedsaftalesamarbejdet. Vi foreslår en omlægning af rehabiliteringsindsatsen, så ' +
  'Sekretariatet/koordinationsgruppen følger op med ejerskab lokalt ' +
  '(kommune-/hospitals-/klyngeniveau) og et forpligtende fællespopulationsansvar på ' +
  'områdechef-/centerchefniveau.';
const CLUSTER =
  'Sammensætning og forankring af sundhedsstyregruppe og Sundhedskoordinationsudvalget';
const CLUSTER_EDITED =
  'Sammensætning og forankring i Sundhedskoordinationsudvalget og sundhedsaftalesamarbejdet';
const CONCLUSION =
  'Sekretariatet/koordinationsgruppen udarbejder et forslag til rehabiliteringsindsatsen, som ' +
  'forelægges Sundhedskoordinationsudvalget';
const ACTION =
  'Sundhedsstyregruppen beskriver fællespopulationsansvaret og forelægger det for ' +
  'Sundhedskoordinationsudvalget på næste møde';
const ORGANISATION = 'Sundhed og Omsorg, Aarhus Kommune';
/** A name long enough that hyphenation would split it, if names were hyphenated. */
const NAME = 'Marianne Østergaard-Kristiansen';

function meeting(): Command[] {
  return [
    {
      type: 'participant.add',
      participant: {
        id: 'p1',
        name: NAME,
        title: 'Sundhedschef',
        organisation: ORGANISATION,
        sector: 'municipality',
        present: true,
      },
    },
    {
      type: 'participant.add',
      participant: {
        id: 'p2',
        name: 'Anne Sørensen',
        title: 'Afdelingssygeplejerske',
        organisation: 'Hospitalsenheden Vest',
        sector: 'hospital',
        present: true,
      },
    },
    {
      type: 'agenda.add',
      point: {
        id: 'pt1',
        title: POINT_TITLE,
        purpose: 'decision',
        plannedMinutes: 45,
        presenter: NAME,
      },
    },
    { type: 'point.start', id: 'pt1' },
    { type: 'idea.add', id: 'i1', pointId: 'pt1', text: IDEA, authorId: 'p1' },
    { type: 'cluster.add', id: 'c1', pointId: 'pt1', name: CLUSTER, ideaIds: ['i1'] },
    {
      type: 'conclusion.add',
      pointId: 'pt1',
      conclusion: { id: 'k1', text: CONCLUSION },
    },
    {
      type: 'action.add',
      action: { id: 'a1', what: ACTION, ownerIds: ['p1'], ownerOrganisation: ORGANISATION },
    },
  ];
}

async function setUp(host: HostSocket): Promise<void> {
  for (const command of meeting()) await host.dispatch(command);
}

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * Where a rendered text starts a new line in the middle of a word: the characters on either side
 * of each line break that is not at a space, soft hyphen, zero-width space, '-' or '/'.
 */
function midWordBreaks(element: Locator): Promise<string[]> {
  return element.evaluate((el) => {
    const bad: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let prevTop: number | null = null;
    let prevChar = '';
    let breakable = true;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node as Text).data;
      for (let i = 0; i < text.length; i += 1) {
        const ch = text.charAt(i);
        if (/[\s\u00AD\u200B/-]/u.test(ch)) {
          breakable = true;
          continue;
        }
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        // The first character of a line may also report a box at the end of the line before
        // (the hyphen drawn for a soft hyphen): its own box is the last one.
        const rect = Array.from(range.getClientRects())
          .filter((r) => r.width > 0)
          .at(-1);
        if (!rect) continue;
        if (prevTop !== null && rect.top > prevTop + 2 && !breakable) bad.push(`${prevChar}|${ch}`);
        prevTop = rect.top;
        prevChar = ch;
        breakable = false;
      }
    }
    return bad;
  });
}

type PrintPart =
  | 'conclusions'
  | 'clusters'
  | 'positions'
  | 'actions'
  | 'organisations'
  | 'who'
  | 'participants'
  | 'presenter';

/** Nothing sticks out sideways: the page does not scroll horizontally. */
function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

/** The whole text of a field is in view: nothing scrolled out of it, down or sideways. */
function hiddenPart(field: Locator): Promise<{ down: number; sideways: number }> {
  return field.evaluate((el) => ({
    down: el.scrollHeight - el.clientHeight,
    sideways: el.scrollWidth - el.clientWidth,
  }));
}

async function expectHyphenatedText(element: Locator, text: string): Promise<void> {
  // The patterns load lazily: the text is drawn again, with soft hyphens, once they have.
  await expect
    .poll(() => element.evaluate((el) => el.textContent ?? ''), FOLLOWS)
    .toContain(SOFT_HYPHEN);
  const shown = await element.evaluate((el) => el.textContent ?? '');
  expect(shown.replace(/[\u00AD\u200B]/gu, '')).toBe(text);
  expect(await midWordBreaks(element)).toEqual([]);
}

test('the phone page hyphenates long Danish text at 360 px and never breaks mid-letter', async ({
  browser,
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  const app = await AppServer.start(['--phone-host', '127.0.0.1', '--phone-port', '0']);
  const host = await HostSocket.connect(app.url);
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'da-DK',
  });
  try {
    await setUp(host);
    await host.dispatch({ type: 'room.goTo', room: 'developing' });
    const join = (await host.request('openJoining')) as { url: string | null };
    expect(join.url).not.toBeNull();

    const phone = await context.newPage();
    pageErrors.watch(phone);
    await phone.goto(join.url ?? '');
    // Choosing a name: the organisation (with its comma) is hyphenated, the name is whole.
    const choice = phone.locator('[data-testid="phone-name"][data-participant-id="p1"]');
    await expect(choice).toBeVisible(FOLLOWS);
    await expectHyphenatedText(choice.locator('.phone-name-org'), ORGANISATION);
    expect(await choice.locator('.phone-name-text').textContent()).toBe(NAME);
    await choice.click();
    await expect(phone.getByTestId('phone-me')).toContainText(NAME);

    // — Developing: the point's title and a 330-character idea. —
    await expect(phone.getByTestId('phone-room')).toHaveAttribute('data-room', 'developing');
    await expectHyphenatedText(phone.locator('.phone-point-title'), POINT_TITLE);
    const idea = phone.getByTestId('phone-idea').first();
    await expectHyphenatedText(idea.locator('.phone-idea-text'), IDEA);
    // The slash-joined body may break after its slash.
    expect(await idea.locator('.phone-idea-text').textContent()).toContain('tet/\u200B');
    const style = await idea.evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.hyphens, s.overflowWrap, s.wordBreak];
    });
    expect(style).toEqual(['manual', 'normal', 'normal']);
    expect(await overflowsSideways(phone)).toBe(false);
    await shot(phone, 'long-text-phone-developing');

    // — Negotiating: the cluster's name and its idea on the dot button. —
    await host.dispatch({ type: 'room.goTo', room: 'negotiating' });
    const target = phone.locator('[data-testid="phone-dot-add"][data-target-id="c1"]');
    await expect(target).toBeVisible(FOLLOWS);
    await expectHyphenatedText(target.locator('.phone-target-label'), CLUSTER);
    await expectHyphenatedText(target.locator('.phone-target-detail'), IDEA);
    expect(await overflowsSideways(phone)).toBe(false);
    await shot(phone, 'long-text-phone-negotiating');

    // — Acting: the action; who does it is a name, kept whole. —
    await host.dispatch({ type: 'room.goTo', room: 'acting' });
    const action = phone.getByTestId('phone-action').first();
    await expect(action).toBeVisible(FOLLOWS);
    await expectHyphenatedText(action.locator('.phone-action-what'), ACTION);
    expect(await action.locator('.phone-action-meta').textContent()).not.toContain(SOFT_HYPHEN);
    expect(await overflowsSideways(phone)).toBe(false);
    await shot(phone, 'long-text-phone-acting');
    await phone.goto('about:blank');
  } finally {
    await context.close();
    await page.goto('about:blank');
    host.close();
    await app.dispose();
  }
});

test('the print view is hyphenated by the time it says it is ready to print', async ({
  app,
  page,
}) => {
  const host = await HostSocket.connect(app.url);
  try {
    await setUp(host);
    await host.dispatch({
      type: 'position.add',
      pointId: 'pt1',
      position: { id: 'q1', kind: 'position', text: IDEA, heldBy: 'p1' },
    });
  } finally {
    host.close();
  }
  // The page as it is the moment it says it is ready: that is what is printed to PDF.
  await page.addInitScript(() => {
    const text = (selector: string) =>
      Array.from(document.querySelectorAll(selector)).map((el) => el.textContent ?? '');
    const record = () => ({
      conclusions: text('.print-conclusions li'),
      clusters: text('.print-cluster'),
      positions: text('[data-testid="print-point"] ul li'),
      actions: text('.print-actions td.col-what'),
      organisations: text('.print-actions td.col-organisation'),
      who: text('.print-actions td.col-who'),
      participants: text('.print-participants td:first-child'),
      presenter: text('.print-point-meta span:first-child'),
    });
    new MutationObserver((_, observer) => {
      if (document.body.dataset.printReady === undefined) return;
      observer.disconnect();
      (window as unknown as { atReady: ReturnType<typeof record> }).atReady = record();
    }).observe(document, {
      attributes: true,
      subtree: true,
      attributeFilter: ['data-print-ready'],
    });
  });
  await page.goto(`${app.url}print.html?lang=da`);
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', 'true', FOLLOWS);
  const texts = await page.evaluate(
    () => (window as unknown as { atReady: Record<PrintPart, string[]> }).atReady,
  );
  const plain = (s: string) => s.replace(/[\u00AD\u200B]/gu, '');
  expect(texts.conclusions.map(plain)).toEqual([CONCLUSION]);
  expect(texts.conclusions[0]).toContain(`tet/\u200B`);
  expect(texts.conclusions[0]).toContain(SOFT_HYPHEN);
  expect(texts.clusters[0]).toContain(SOFT_HYPHEN);
  expect(texts.actions.every((a) => a.includes(SOFT_HYPHEN))).toBe(true);
  expect(texts.organisations.some((o) => o.includes(SOFT_HYPHEN))).toBe(true);
  // The position is hyphenated; who holds it is not.
  const position = texts.positions.find((p) => plain(p).endsWith(IDEA)) ?? '';
  expect(position).toContain(`(${NAME}): `);
  expect(position).toContain(SOFT_HYPHEN);
  // People's names stay whole.
  for (const name of [...texts.who, ...texts.participants, ...texts.presenter]) {
    expect(name).not.toContain(SOFT_HYPHEN);
  }
  expect(texts.participants).toContain(NAME);

  await expect(page.locator('.print-conclusions li').first()).toHaveCSS('hyphens', 'manual');
  await shot(page, 'long-text-print');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.print-conclusions li', '.print-actions td.col-what']) {
    expect(await midWordBreaks(page.locator(selector).first())).toEqual([]);
  }
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('the console shows long cluster names, conclusions and actions in full', async ({
  app,
  page,
}) => {
  const host = await HostSocket.connect(app.url);
  try {
    await setUp(host);
    await host.dispatch({ type: 'room.goTo', room: 'negotiating' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(app.url);

    const name = page.getByTestId('rw-cluster-name');
    await expect(name).toHaveValue(CLUSTER);
    const lineHeight = await name.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    // It wraps onto more lines instead of scrolling its text out of sight.
    expect(await hiddenPart(name)).toEqual({ down: 0, sideways: 0 });
    expect(await name.evaluate((el) => el.clientHeight)).toBeGreaterThan(lineHeight * 1.5);

    // Still edited as one line: Enter commits, and the new name shows in full too.
    await commitField(name, CLUSTER_EDITED);
    await expect
      .poll(async () => {
        const state = (await host.request('getState')) as {
          workshop: { clusters: { id: string; name: string }[] };
        };
        return state.workshop.clusters.find((c) => c.id === 'c1')?.name;
      }, FOLLOWS)
      .toBe(CLUSTER_EDITED);
    await expect(name).toHaveValue(CLUSTER_EDITED);
    expect(await hiddenPart(name)).toEqual({ down: 0, sideways: 0 });

    const conclusion = page.getByTestId('rw-conclusion-edit');
    await expect(conclusion).toHaveValue(CONCLUSION);
    expect(await hiddenPart(conclusion)).toEqual({ down: 0, sideways: 0 });

    // The idea on the board is hyphenated (not editable there), and shown whole.
    const ideaText = page.getByTestId('rw-idea-card').first().locator('.rw-idea-text');
    await expect
      .poll(() => ideaText.evaluate((el) => el.textContent ?? ''), FOLLOWS)
      .toContain(SOFT_HYPHEN);
    expect(await hiddenPart(ideaText)).toEqual({ down: 0, sideways: 0 });
    await shot(page, 'long-text-console-negotiating');
    await page.locator('.rw-negotiating').screenshot({
      path: path.join(SHOTS, 'long-text-console-negotiating-room.png'),
    });

    await host.dispatch({ type: 'room.goTo', room: 'acting' });
    const what = page.getByTestId('rw-action-what-edit');
    await expect(what).toHaveValue(ACTION);
    expect(await hiddenPart(what)).toEqual({ down: 0, sideways: 0 });
    const organisation = page.getByTestId('rw-action-row-org');
    await expect(organisation).toHaveValue(ORGANISATION);
    expect(await hiddenPart(organisation)).toEqual({ down: 0, sideways: 0 });
    await shot(page, 'long-text-console-acting');
    await page.getByTestId('rw-action-row').screenshot({
      path: path.join(SHOTS, 'long-text-console-action-row.png'),
    });
  } finally {
    host.close();
  }
  await page.goto('about:blank');
});
