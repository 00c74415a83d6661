// The projector read from 8 m with real Danish content: every view, at three projector sizes,
// light and dark, with 1 to 100 items. Each case is checked on every one of its pages
// (helpers/layoutCheck.ts) and saved to test-results/layout/<view>-<size>-<theme>-<count>.png.
// All combinations would take far too long, so they are sampled: every view at every size,
// the theme alternating and the count rotating, plus the fits a facilitator relies on at 1080p.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import {
  corpusEvaluation,
  corpusFollowUpSeed,
  corpusMeeting,
  corpusPairExercise,
  corpusPerson,
  corpusWorkPoint,
  FIT_COUNTS,
  loadCounts,
  type CommandInput,
  type RoomItems,
} from '../fixtures/corpusContent';
import { POINT_TITLES } from '../fixtures/corpus/sentences';
import { AppServer } from './helpers/appServer';
import { HostSocket } from './helpers/hostSocket';
import { checkLayout, formatProblems } from './helpers/layoutCheck';

/** Read from 8 m: no text below 2.5 % of the height, and WCAG AAA contrast. */
const MIN_FONT_SHARE = 0.025;
const MIN_CONTRAST = 7;
/** test-results/layout, or elsewhere (DIALOGRUM_LAYOUT_SHOTS) when test-results is shared. */
const SHOTS = process.env.DIALOGRUM_LAYOUT_SHOTS ?? 'test-results/layout';

const ROOMS = ['clarifying', 'developing', 'negotiating', 'acting'] as const;
type Room = (typeof ROOMS)[number];
const VIEWS = [
  ...ROOMS,
  'programme',
  'follow-up',
  'exercise',
  'evaluation',
  'join',
  'break',
] as const;
type View = (typeof VIEWS)[number];
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;
type Size = (typeof SIZES)[number];
const COUNTS = [1, 9, 20, 40, 100] as const;
type Theme = 'light' | 'dark';

/** Everyone in the workshop: the forum's 15 and more for the big pair exercise. */
const PARTICIPANTS = 100;
const NAMES = Array.from({ length: PARTICIPANTS }, (_, k) => corpusPerson(k).name);

/**
 * One workshop holds every point the room views need, so a case is a point started and a room
 * entered: the forum's six points and a break, then (added when a case first needs one) a point
 * per load count (`n1` … `n100`) and the fit point.
 */
function mainWorkshop(): CommandInput[] {
  return [
    ...corpusMeeting({ participants: PARTICIPANTS }).commands,
    {
      type: 'agenda.add',
      point: {
        id: 'brk',
        title: 'Pause',
        purpose: 'orientation',
        plannedMinutes: 15,
        presenter: '',
        kind: 'break',
      },
    },
  ];
}

const LOAD_TITLES = [
  POINT_TITLES.transition,
  POINT_TITLES.dataSharing,
  POINT_TITLES.councils,
  POINT_TITLES.leadership,
  POINT_TITLES.secretariat,
];

/** The work point `id` (`n<count>` or `fit`): its commands and the items of its rooms. */
function workPoint(id: string): { commands: CommandInput[]; items: RoomItems } {
  if (id === 'fit') {
    return corpusWorkPoint('fit', POINT_TITLES.interplay, FIT_COUNTS, {
      lengths: 'typical',
      seed: 3,
    });
  }
  const n = Number(id.slice(1));
  const title = LOAD_TITLES[COUNTS.findIndex((c) => c === n)] ?? POINT_TITLES.proposal;
  return corpusWorkPoint(id, title, loadCounts(n), { lengths: 'mixed', seed: n });
}

interface Stage {
  server: AppServer;
  host: HostSocket;
  page: Page;
  /** The main workshop's file, to come back to after a case that needs its own. */
  mainDocument: string;
  /** The work points added so far, with their items. */
  points: Map<string, RoomItems>;
  errors: string[];
  exercises: number;
}

/** Sent all at once: the server answers one connection's requests in order. */
async function dispatchAll(host: HostSocket, commands: readonly CommandInput[]): Promise<void> {
  await Promise.all(commands.map((command) => host.request('dispatch', command)));
}

interface StateView {
  document: { path: string };
  workshop: {
    activePointId: string | null;
    series: { followUpPointId: string | null } | null;
    evaluation: { projector: string; ownQuestions: { id: string }[] };
    agenda: { exercises: { id: string; status: string }[] }[];
  };
}

async function state(host: HostSocket): Promise<StateView> {
  return (await host.request('getState')) as StateView;
}

// One server, workshop and projector page per worker; each case sets the viewport and view.
const test = base.extend<object, { stage: Stage }>({
  stage: [
    async ({ browser }, use) => {
      const server = await AppServer.start();
      const host = await HostSocket.connect(server.url);
      await dispatchAll(host, mainWorkshop());
      const context = await browser.newContext({ locale: 'da-DK' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      // Measured at rest: the calm fade-in would otherwise be caught half way.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(server.projectorUrl);
      await page.getByTestId('projector-root').waitFor();
      const mainDocument = (await state(host)).document.path;
      await use({ server, host, page, mainDocument, points: new Map(), errors, exercises: 0 });
      await context.close();
      host.close();
      await server.dispose();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
});

/** Back to the main workshop with nothing running, nothing projected over the view. */
async function reset(stage: Stage, theme: Theme): Promise<void> {
  const { host } = stage;
  await host.request('updateSettings', {
    theme,
    projectorMode: 'normal',
    projectorShowsJoin: false,
  });
  let now = await state(host);
  if (now.document.path !== stage.mainDocument) {
    await host.request('openDocument', { path: stage.mainDocument });
    now = await state(host);
  }
  if (now.workshop.evaluation.projector !== 'off') {
    await host.request('dispatch', { type: 'evaluation.project', view: 'off' });
  }
  const running = now.workshop.agenda
    .flatMap((p) => p.exercises)
    .find((e) => e.status === 'running');
  if (running) await host.request('dispatch', { type: 'exercise.finish', exerciseId: running.id });
  if (now.workshop.activePointId) await host.request('dispatch', { type: 'point.finish' });
}

interface Shown {
  /** The items the view must show over its pages; null where it has none (join, break). */
  items: readonly string[] | null;
  /** The element that says the view is up. */
  ready: string;
}

/** Puts `view` with `count` items on the projector; returns what it must show. */
async function show(stage: Stage, view: View, count: number, pointId: string): Promise<Shown> {
  const { host } = stage;
  const dispatch = (commands: readonly CommandInput[]) => dispatchAll(host, commands);
  switch (view) {
    case 'clarifying':
    case 'developing':
    case 'negotiating':
    case 'acting': {
      let items = stage.points.get(pointId);
      if (!items) {
        const point = workPoint(pointId);
        await dispatch(point.commands);
        stage.points.set(pointId, point.items);
        items = point.items;
      }
      await dispatch([
        { type: 'point.start', id: pointId },
        { type: 'room.goTo', room: view },
      ]);
      return { items: items[view], ready: `[data-testid="projector-root"][data-room="${view}"]` };
    }
    case 'programme': {
      // The programme is the whole agenda: a workshop of its own with `count` points.
      await host.request('newDocument');
      const meeting = corpusMeeting({ programmeItems: count });
      await dispatch(meeting.commands);
      return { items: meeting.items.programme, ready: '.projector-agenda' };
    }
    case 'follow-up': {
      // The next meeting of a series, carrying `count` open actions to its follow-up point.
      await host.request('newDocument');
      const seed = corpusFollowUpSeed(count);
      await dispatch(seed.commands);
      await host.request('newMeetingInSeries');
      const followUp = (await state(host)).workshop.series?.followUpPointId;
      if (!followUp) throw new Error('The next meeting has no follow-up point');
      await dispatch([{ type: 'point.start', id: followUp }]);
      return { items: seed.items, ready: '[data-testid="pfu-root"]' };
    }
    case 'exercise': {
      const exercise = corpusPairExercise(
        `ex${++stage.exercises}`,
        'f1',
        Array.from({ length: count }, (_, k) => `d${k + 1}`),
      );
      await dispatch([{ type: 'point.start', id: 'f1' }, ...exercise.commands]);
      return { items: exercise.items, ready: '[data-testid="projector-exercise"]' };
    }
    case 'evaluation': {
      const own = (await state(host)).workshop.evaluation.ownQuestions;
      await dispatch(own.map((q) => ({ type: 'evaluation.removeQuestion', id: q.id })));
      const evaluation = corpusEvaluation(count);
      await dispatch(evaluation.commands);
      return { items: evaluation.items, ready: '[data-testid="projector-evaluation"]' };
    }
    case 'join':
      await host.request('openJoining');
      await host.request('updateSettings', { projectorShowsJoin: true });
      return { items: null, ready: '[data-testid="projector-join"]' };
    case 'break':
      await dispatch([{ type: 'point.start', id: 'brk' }]);
      return { items: null, ready: '[data-testid="projector-root"]' };
  }
}

interface Case {
  view: View;
  size: Size;
  theme: Theme;
  /** Items of the view's kind; 0 where the view has none. */
  count: number;
  /** The room point: `n<count>`, or `fit`. */
  pointId: string;
  onePage?: boolean;
}

function itemCount(view: View, n: number): number {
  if (view === 'join' || view === 'break') return 0;
  // The evaluation holds at most 30 own questions.
  if (view === 'evaluation') return Math.min(n, 30);
  return n;
}

/** Every view at every size; the theme alternates and the count rotates through all five. */
const CASES: Case[] = VIEWS.flatMap((view, v) =>
  SIZES.map((size, s): Case => {
    const n = COUNTS[(v * SIZES.length + s) % COUNTS.length] ?? 1;
    return {
      view,
      size,
      theme: (v + s) % 2 === 0 ? 'light' : 'dark',
      count: itemCount(view, n),
      pointId: `n${n}`,
    };
  }),
);
/** At 1920×1080 a typical point fits on one page: 12 ideas, 8 actions, the negotiation whole. */
const FITS: Case[] = (['developing', 'negotiating', 'acting'] as const).map((view: Room) => ({
  view,
  size: SIZES[0],
  theme: 'light',
  count: view === 'acting' ? FIT_COUNTS.actions : FIT_COUNTS.ideas,
  pointId: 'fit',
  onePage: true,
}));

async function checkCase(stage: Stage, c: Case): Promise<void> {
  const { page } = stage;
  const size = `${c.size.width}x${c.size.height}`;
  const name = `${c.onePage ? 'fit-' : ''}${c.view}-${size}-${c.theme}-${c.count}`;
  await page.setViewportSize(c.size);
  await reset(stage, c.theme);
  const errorsBefore = stage.errors.length;
  const shown = await show(stage, c.view, c.count, c.pointId);
  await expect(page.locator(shown.ready)).toBeVisible();
  await expect(page.locator('.projector-frame')).toHaveAttribute('data-theme', c.theme);
  await mkdir(SHOTS, { recursive: true });
  let shotFailing = false;
  const report = await checkLayout(page, {
    items: shown.items,
    names: NAMES,
    minFontShare: MIN_FONT_SHARE,
    minContrast: MIN_CONTRAST,
    ...(c.onePage ? { onePage: true } : {}),
    onPage: async (n, problems) => {
      // Page 1 always, and the first later page where something is wrong.
      if (n === 1 || (problems > 0 && !shotFailing)) {
        if (n > 1) shotFailing = true;
        await page.screenshot({ path: path.join(SHOTS, `${name}${n > 1 ? `-p${n}` : ''}.png`) });
      }
    },
  });
  expect
    .soft(
      formatProblems(report.problems),
      `${c.view} at ${size}, ${c.theme}, ${c.count} items, ${report.pages} page(s)`,
    )
    .toBe('');
  expect.soft(stage.errors.slice(errorsBefore), `${name}: errors on the projector`).toEqual([]);
}

// A failed test costs a new worker (server, workshop, browser page), so the cases of a view
// share one test, each a step with its own soft assertion.
test.describe.configure({ mode: 'parallel' });

test('projector layout: a typical point fits one page at 1920×1080', async ({ stage }) => {
  for (const c of FITS) {
    await test.step(`${c.view}, ${c.count} items`, () => checkCase(stage, c));
  }
});

for (const view of VIEWS) {
  test(`projector layout: ${view}`, async ({ stage }) => {
    for (const c of CASES.filter((x) => x.view === view)) {
      await test.step(`${c.size.width}x${c.size.height}, ${c.theme}, ${c.count} items`, () =>
        checkCase(stage, c));
    }
  });
}

// The check itself, on pages made to have (and not to have) each fault: a check that cannot
// fail would pass the projector whatever it showed.
const PAGE_STYLE = `<style>
  body { margin: 0; font: 40px/1.3 sans-serif; color: #111; background: #fff; }
  .box { position: absolute; left: 20px; }
</style>`;

test('the layout check finds clipped text, broken words and names, overlaps and lost items', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.setContent(`${PAGE_STYLE}
    <div class="box" style="top: 10px; width: 150px; overflow-wrap: anywhere">Sundhedskoordinationsudvalget</div>
    <div class="box" style="top: 10px; left: 400px; width: 330px">Annemarie Zacho-Broe</div>
    <div class="box" style="top: 300px; height: 30px; overflow: hidden">Klipset tekst</div>
    <div class="box timer-display" role="timer" style="top: 400px; left: 800px">10:00</div>
    <p class="box" style="top: 390px; left: 760px; margin: 0">Over uret</p>
    <p class="box" style="top: 500px; font-size: 12px; margin: 0">Småt</p>
    <p class="box" style="top: 560px; color: #999; margin: 0">Svag</p>
    <ul class="box" style="top: 620px; margin: 0">
      <li data-pr-item="idea:a">Idé a</li><li data-pr-item="idea:b" hidden>Idé b</li>
    </ul>`);
  const report = await checkLayout(page, {
    items: ['idea:a', 'idea:b'],
    names: ['Annemarie Zacho-Broe'],
    minFontShare: MIN_FONT_SHARE,
    minContrast: MIN_CONTRAST,
  });
  const found = new Set(report.problems.map((p) => p.check));
  for (const check of [
    'word-break',
    'name-break',
    'clipped',
    'timer-overlap',
    'font-size',
    'contrast',
    'items',
  ] as const) {
    expect(found.has(check), `${check} in:\n${formatProblems(report.problems)}`).toBe(true);
  }
});

test('the layout check accepts breaks at soft hyphens and slashes, and names whole', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.setContent(`${PAGE_STYLE}
    <div class="box" style="top: 10px; width: 260px; hyphens: manual">Sund\u00ADheds\u00ADko\u00ADor\u00ADdi\u00ADna\u00ADtions\u00ADud\u00ADval\u00ADget</div>
    <div class="box" style="top: 10px; left: 500px; width: 420px">Sekretariatet/\u200Bkoordinationsgruppen og områdechef-/\u200Bcenterchefniveau</div>
    <div class="box" style="top: 400px; width: 270px">Annemarie Zacho-Broe</div>
    <ul class="box" style="top: 560px; margin: 0"><li data-pr-item="idea:a">Idé a</li></ul>`);
  // Each of them does wrap: the compound at its soft hyphens, the bodies after their slashes,
  // the name at its space.
  for (const box of await page.locator('div.box').all()) {
    expect(await box.evaluate((el) => el.clientHeight)).toBeGreaterThan(80);
  }
  const report = await checkLayout(page, {
    items: ['idea:a'],
    names: ['Annemarie Zacho-Broe'],
    minFontShare: MIN_FONT_SHARE,
    minContrast: MIN_CONTRAST,
  });
  expect(formatProblems(report.problems)).toBe('');
});
