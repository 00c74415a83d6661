// Timer display benchmark (issue 5): "updates once a second, aligned to the second, < 1 ms of
// main-thread work per update". Runs alone (`DIALOGRUM_DIST_DIR=… npm run build` first, then
// `node --import tsx test/bench/timerDisplay.ts`) or via runTimerDisplayBench(). Informs; never
// fails the build.
//
// Main-thread work is CPU time, not wall time: a Chromium trace (CDP Tracing) of the idle page
// while its timers run, summing the thread time (tdur) of every top-level task on the page's
// renderer main thread: the timers' script, React's render and commit, style, layout and paint,
// and whatever else the page does. On a loaded machine wall time also counts the moments the
// thread waited for a CPU, which is not work (both are printed). Divided by the number of timer
// updates in the window, that is the cost of one update, an upper bound since it includes all of
// the page's idle work. A second pass asks React (through the DevTools hook that production
// builds call) which components rendered in each commit, to check that only the timer displays
// re-render as the seconds pass.
import { existsSync, realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { createHost } from '../../main/host/createHost';
import { startServer } from '../../main/server/httpServer';
import { JsonSettingsStore } from '../../main/settings/jsonSettingsStore';
import { seededRandom } from '../../shared/draw';
import { templateToCommand } from '../../shared/exercises/library';
import { drawExercisePairs } from '../../shared/exercises/participants';
import { findTemplate } from '../../shared/exercises/templates';
import { parseCommand } from '../../shared/reducer';
import { launchChromium } from './browserBench';
import { formatTable, percentile, type Figure } from './stats';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// DIALOGRUM_DIST_DIR: measure a build made elsewhere than dist/ (engineers building side by side).
const builtRenderer = path.join(
  path.resolve(repoRoot, process.env.DIALOGRUM_DIST_DIR ?? 'dist'),
  'renderer',
);

const loadNote = () => `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`;

/**
 * Counts timer updates: each change of a timer's digits (.timer-value) is one. For the timer
 * named by `window.__watch` (a test id), the time of each change, to see how soon after its
 * whole second it comes. Injected before the app loads; the observer's own cost is tiny.
 */
const COUNT_UPDATES = `(() => {
  window.__updates = 0;
  window.__watchedChanges = [];
  const start = () => new MutationObserver((records) => {
    const changed = new Set();
    for (const r of records) {
      const node = r.target.nodeType === 3 ? r.target.parentElement : r.target;
      const value = node && node.closest ? node.closest('.timer-value') : null;
      if (value) changed.add(value);
    }
    window.__updates += changed.size;
    for (const value of changed) {
      if (value.getAttribute('data-testid') === window.__watch) window.__watchedChanges.push(Date.now());
    }
  }).observe(document.body, { subtree: true, characterData: true, childList: true });
  if (document.body) start(); else addEventListener('DOMContentLoaded', start);
})();`;

/**
 * A stand-in for React DevTools: production React calls the hook after every commit. Each
 * commit lists the components that rendered (their props or state changed since the last
 * commit, or they are new) and, for those outside a timer display, what DOM they stand for.
 */
const WATCH_RENDERS = `(() => {
  const seen = new WeakMap();
  const commits = [];
  window.__commits = commits;
  const COMPONENT = new Set([0, 1, 11, 14, 15]);
  const HOST = new Set([5, 26, 27]);
  const hostOf = (fiber) => {
    const stack = [fiber.child];
    while (stack.length) {
      const f = stack.pop();
      if (!f) continue;
      if (HOST.has(f.tag)) return f.stateNode;
      stack.push(f.sibling, f.child);
    }
    for (let f = fiber.return; f; f = f.return) if (HOST.has(f.tag)) return f.stateNode;
    return null;
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject() { return 1; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onPostCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    onCommitFiberRoot(_id, root) {
      let rendered = 0;
      const outside = [];
      const stack = [root.current];
      while (stack.length) {
        const f = stack.pop();
        if (!f) continue;
        stack.push(f.sibling, f.child);
        if (!COMPONENT.has(f.tag)) continue;
        const before = seen.get(f) || (f.alternate && seen.get(f.alternate));
        const now = { p: f.memoizedProps, s: f.memoizedState };
        seen.set(f, now);
        if (before && before.p === now.p && before.s === now.s) continue;
        rendered += 1;
        const el = hostOf(f);
        if (el && el.closest && el.closest('.timer-display')) continue;
        outside.push(el && el.tagName ? (el.tagName.toLowerCase() + '.' + String(el.className).split(' ')[0] + (el.dataset && el.dataset.testid ? '#' + el.dataset.testid : '')) : '(no DOM)');
      }
      commits.push({ at: performance.now(), rendered, outside });
    },
  };
})();`;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

interface MainThreadTime {
  /** Thread (CPU) time of the renderer main thread's top-level tasks, ms. */
  cpuMs: number;
  /** Of which in timer callbacks and the functions they call (script), ms. */
  scriptCpuMs: number;
  /** Wall time of the same tasks, ms (includes waiting for a CPU on a busy machine). */
  wallMs: number;
  tasks: number;
  /** The measured window (between the marks), ms. */
  windowMs: number;
  /** CPU ms by the outermost timeline event in the tasks, largest first. */
  breakdown: [string, number][];
}

const SCRIPT_EVENTS = new Set(['TimerFire', 'FunctionCall', 'RunMicrotasks', 'EventDispatch']);

/**
 * Traces the page for `ms` milliseconds and sums its main-thread tasks between two marks
 * (bench-from, bench-to), reading the update counter at each mark so both cover one window.
 */
async function traceMainThread(
  page: Page,
  ms: number,
): Promise<{ main: MainThreadTime; updates: number }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      recordMode: 'recordContinuously',
      includedCategories: [
        'toplevel',
        'blink.user_timing',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
      ],
    },
  });
  const mark = (name: string) =>
    page.evaluate((n) => {
      performance.mark(n);
      return (window as unknown as { __updates: number }).__updates;
    }, name);
  const from = await mark('bench-from');
  await page.waitForTimeout(ms);
  const to = await mark('bench-to');
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return { main: sumMainThread(events), updates: to - from };
}

function sumMainThread(events: TraceEvent[]): MainThreadTime {
  const markAt = (name: string) => events.find((e) => e.name === name)?.ts;
  const t0 = markAt('bench-from');
  const t1 = markAt('bench-to');
  if (t0 === undefined || t1 === undefined) throw new Error('The marks are not in the trace');
  // The page's renderer main thread: the one with the marks.
  const markEvent = events.find((e) => e.name === 'bench-from')!;
  const main = `${markEvent.pid}:${markEvent.tid}`;
  const onMain = events
    .filter(
      (e) =>
        `${e.pid}:${e.tid}` === main &&
        e.ph === 'X' &&
        e.dur !== undefined &&
        e.ts > t0 &&
        e.ts < t1,
    )
    .sort((a, b) => a.ts - b.ts);
  const outermost = (list: TraceEvent[]) => {
    const out: TraceEvent[] = [];
    let end = -Infinity;
    for (const e of list) {
      if (e.ts >= end) {
        out.push(e);
        end = e.ts + (e.dur ?? 0);
      }
    }
    return out;
  };
  const isTask = (e: TraceEvent) => e.cat.split(',').includes('toplevel');
  const tasks = outermost(onMain.filter(isTask));
  const scripts = outermost(onMain.filter((e) => SCRIPT_EVENTS.has(e.name)));
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  // What the tasks did: CPU time by the outermost timeline event inside them.
  const inner = outermost(onMain.filter((e) => !isTask(e) && e.cat.includes('devtools.timeline')));
  const byName = new Map<string, number>();
  for (const e of inner) byName.set(e.name, (byName.get(e.name) ?? 0) + cpu(e));
  return {
    cpuMs: tasks.reduce((sum, e) => sum + cpu(e), 0),
    scriptCpuMs: scripts.reduce((sum, e) => sum + cpu(e), 0),
    wallMs: tasks.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0),
    tasks: tasks.length,
    windowMs: (t1 - t0) / 1000,
    breakdown: [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6),
  };
}

interface Scene {
  label: string;
  url: string;
  /** The test id of the digits whose alignment to the second is measured. */
  watch: string;
  /** That timer's start (epoch ms), for its whole seconds. */
  startedAt: number;
  viewport: { width: number; height: number };
}

interface SceneResult {
  timers: number;
  updates: number;
  main: MainThreadTime;
  lagMs: number[];
  commits: number;
  renderedPerCommit: number[];
  outside: string[];
  /** Commits that rendered something outside the timer displays. */
  outsideCommits: number;
  scopeSeconds: number;
}

async function measureScene(
  open: () => Promise<Page>,
  scene: Scene,
  seconds: number,
): Promise<SceneResult> {
  // Pass 1: CPU time and updates, with nothing but the update counter in the page.
  const page = await open();
  await page.setViewportSize(scene.viewport);
  await page.addInitScript({ content: `window.__watch = ${JSON.stringify(scene.watch)};` });
  await page.addInitScript({ content: COUNT_UPDATES });
  await page.goto(scene.url);
  await page.getByTestId(scene.watch).waitFor();
  await page.waitForTimeout(1500); // past the first load's work
  const timers = await page.locator('.timer-value').count();
  const { main, updates } = await traceMainThread(page, seconds * 1000);
  const changes = await page.evaluate(
    () => (window as unknown as { __watchedChanges: number[] }).__watchedChanges,
  );
  await page.close();

  // Pass 2: which components render in each commit (the hook walks the tree: not timed).
  const scope = await open();
  await scope.setViewportSize(scene.viewport);
  await scope.addInitScript({ content: WATCH_RENDERS });
  await scope.goto(scene.url);
  await scope.getByTestId(scene.watch).waitFor();
  await scope.waitForTimeout(1500);
  const from = await scope.evaluate(() => performance.now());
  await scope.waitForTimeout(Math.min(seconds, 6) * 1000);
  const commits = await scope.evaluate(
    (t0) =>
      (
        window as unknown as {
          __commits: { at: number; rendered: number; outside: string[] }[];
        }
      ).__commits.filter((c) => c.at > t0),
    from,
  );
  await scope.close();

  return {
    timers,
    updates,
    main,
    lagMs: changes.map((t) => (((t - scene.startedAt) % 1000) + 1000) % 1000),
    commits: commits.length,
    renderedPerCommit: commits.map((c) => c.rendered),
    outside: [...new Set(commits.flatMap((c) => c.outside))],
    outsideCommits: commits.filter((c) => c.outside.length > 0).length,
    scopeSeconds: Math.min(seconds, 6),
  };
}

function figure(scene: Scene, r: SceneResult): Figure {
  const seconds = r.main.windowMs / 1000;
  const perUpdate = r.updates === 0 ? null : r.main.cpuMs / r.updates;
  const lag = r.lagMs.length
    ? `${percentile(r.lagMs, 50).toFixed(0)} ms (median), ${percentile(r.lagMs, 95).toFixed(0)} ms (p95)`
    : 'not seen';
  const perSecond = r.commits - r.outsideCommits;
  const scope =
    r.outside.length === 0
      ? `only timer displays re-render (${r.commits} commits in ${r.scopeSeconds} s, median ${percentile(r.renderedPerCommit, 50)} components each)`
      : `${perSecond} of ${r.commits} commits in ${r.scopeSeconds} s rendered timer displays only; ${r.outsideCommits} also ${r.outside.slice(0, 4).join(', ')}`;
  const breakdown = r.main.breakdown.map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ');
  return {
    name: `${scene.label}: main-thread CPU per timer update (${r.timers} timers on screen)`,
    statistic: `trace thread time ÷ updates, ${seconds.toFixed(0)} s`,
    value: perUpdate,
    unit: 'ms',
    target: 1,
    note:
      `${r.updates} updates in ${seconds.toFixed(1)} s (${(r.updates / seconds).toFixed(1)}/s for ${r.timers} timers); ` +
      `${r.main.cpuMs.toFixed(1)} ms CPU in ${r.main.tasks} tasks (${breakdown} ms), script ${r.main.scriptCpuMs.toFixed(1)} ms ` +
      `(${r.updates ? (r.main.scriptCpuMs / r.updates).toFixed(2) : '—'} ms per update); wall time of the same tasks ` +
      `${r.main.wallMs.toFixed(1)} ms; digits change ${lag} after the whole second; ${scope}; ${loadNote()}`,
  };
}

/**
 * The floor on this machine, now: a page without React whose only work is a setTimeout that
 * changes one text node of large digits, five times a second. What one such change costs in
 * CPU (the task, style, layout and paint) is what any timer update costs at least; a timer
 * update near it spends little on top.
 */
async function measureFloor(open: () => Promise<Page>, seconds: number): Promise<Figure> {
  const page = await open();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.setContent(
    `<body style="margin:0;font:800 14vh system-ui"><p><span class="timer-value">10:00</span></p></body>`,
  );
  await page.evaluate(COUNT_UPDATES);
  // A string, not a function: the bench's compiler would name the inner function (__name).
  await page.evaluate(`(() => {
    let n = 600;
    const text = document.querySelector('.timer-value').firstChild;
    const pad = (v) => String(v).padStart(2, '0');
    const tick = () => {
      n -= 1;
      text.nodeValue = pad(Math.floor(n / 60)) + ':' + pad(n % 60);
      setTimeout(tick, 200);
    };
    setTimeout(tick, 200);
  })()`);
  await page.waitForTimeout(1000);
  const { main, updates } = await traceMainThread(page, seconds * 1000);
  await page.close();
  return {
    name: 'floor: a bare setTimeout changing one text node of large digits (no React)',
    statistic: `trace thread time ÷ changes, ${(main.windowMs / 1000).toFixed(0)} s`,
    value: updates === 0 ? null : main.cpuMs / updates,
    unit: 'ms',
    target: null,
    note:
      `${updates} changes, ${main.cpuMs.toFixed(1)} ms CPU in ${main.tasks} tasks, script ` +
      `${main.scriptCpuMs.toFixed(1)} ms; wall time ${main.wallMs.toFixed(1)} ms; ${loadNote()}`,
  };
}

/** `staticDir`: the built renderer (DIALOGRUM_DIST_DIR/renderer, or another build of it). */
export async function runTimerDisplayBench(
  seconds = 15,
  staticDir = process.env.DIALOGRUM_STATIC_DIR ?? builtRenderer,
): Promise<Figure[]> {
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error(`${staticDir} is not built: run npm run build first`);
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'dialogrum-timerbench-'));
  const host = await createHost({
    documentsDir: dir,
    settings: new JsonSettingsStore(path.join(dir, 'settings.json')),
    onWarning: () => undefined,
  });
  const server = await startServer({ host, staticDir });
  const browser = await launchChromium();
  const dispatch = async (commands: object[]) => {
    for (const c of commands) await host.handlers.dispatch(parseCommand(c));
  };
  try {
    // The developing room with its budget and ideas in turn, 90 s a speaker: three timers.
    const people = ['A', 'B', 'C', 'D', 'E'].map((n, i) => ({
      id: `p${i}`,
      name: `Person ${n}`,
      title: '',
      organisation: `Org ${i % 3}`,
      present: true,
    }));
    await dispatch([
      ...people.map((p) => ({ type: 'participant.add', participant: p })),
      {
        type: 'agenda.add',
        point: {
          id: 'pt',
          title: 'Workshop',
          purpose: 'development',
          plannedMinutes: 40,
          presenter: '',
        },
      },
      { type: 'point.start', id: 'pt' },
      { type: 'room.next' },
      { type: 'room.setBudget', pointId: 'pt', room: 'developing', minutes: 15 },
      { type: 'turns.setup', pointId: 'pt', order: people.map((p) => p.id) },
      { type: 'timer.setTurnTime', pointId: 'pt', seconds: 90 },
    ]);
    const pointStart = (await host.handlers.getState(undefined)).workshop.agenda[0]!.timer
      .startedAt!;
    const open = () => browser.newPage();
    const projector = `${server.url}projector`;
    const wide = { width: 1280, height: 720 };
    const figures: Figure[] = [await measureFloor(open, Math.min(seconds, 6))];
    const room: Scene = {
      label: 'projector, room with its budget and the speaker’s turn',
      url: projector,
      watch: 'projector-timer',
      startedAt: pointStart,
      viewport: wide,
    };
    figures.push(figure(room, await measureScene(open, room, seconds)));

    // A pair exercise over it: the step's timer in front, the room's three under it.
    let n = 0;
    await dispatch([templateToCommand(findTemplate('pair'), 'da', 'pt', () => `x${n++}`)]);
    const pairs = drawExercisePairs(people, seededRandom(1));
    await dispatch([
      { type: 'exercise.setPairs', exerciseId: 'x0', pairs },
      { type: 'exercise.start', exerciseId: 'x0' },
    ]);
    const state = await host.handlers.getState(undefined);
    const stepStart = state.workshop.agenda[0]!.exercises[0]!.steps[0]!.timer.startedAt!;
    for (const scene of [
      {
        label: 'projector, pair exercise over the room',
        url: projector,
        watch: 'projector-exercise-timer',
        startedAt: stepStart,
        viewport: wide,
      },
      {
        label: 'console, running point with exercise',
        url: server.url,
        watch: 'timer-exercise-value',
        startedAt: stepStart,
        viewport: { width: 1440, height: 900 },
      },
    ] satisfies Scene[]) {
      figures.push(figure(scene, await measureScene(open, scene, seconds)));
    }
    return figures;
  } finally {
    await browser.close();
    await server.close();
    await host.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const isMain =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  runTimerDisplayBench()
    .then((figures) => console.log(formatTable(figures)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
