// Timer display benchmark (issue 5): main-thread time per timer update in Chromium, and how
// close after the whole second the digits change. Runs alone (`npm run build` first, then
// `node --import tsx test/bench/timerDisplay.ts`) or via runTimerDisplayBench(). Informs;
// never fails the build.
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync, realpathSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { templateToCommand } from '../../shared/exercises/library';
import { findTemplate } from '../../shared/exercises/templates';
import { drawExercisePairs } from '../../shared/exercises/participants';
import { seededRandom } from '../../shared/draw';
import { parseCommand } from '../../shared/reducer';
import { createHost } from '../../main/host/createHost';
import { startServer } from '../../main/server/httpServer';
import { JsonSettingsStore } from '../../main/settings/jsonSettingsStore';
import { launchChromium } from './browserBench';
import { formatTable, percentile, type Figure } from './stats';

const loadNote = () => `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`;

const builtRenderer = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

/**
 * Marks around every task the page's script runs (timeouts, and the MessageChannel React's
 * scheduler renders in), recording start and duration so the work of each update can be
 * summed. Plain JavaScript, injected before the app loads.
 */
const INSTRUMENT_TASKS = `(() => {
  const tasks = [];
  window.__tasks = tasks;
  const timed = (fn) => function (...args) {
    const t0 = performance.now();
    performance.mark('task-start');
    try {
      return fn.apply(this, args);
    } finally {
      performance.mark('task-end');
      tasks.push([t0, performance.now() - t0]);
    }
  };
  const nativeSetTimeout = window.setTimeout.bind(window);
  window.setTimeout = (handler, ms, ...rest) =>
    nativeSetTimeout(typeof handler === 'function' ? timed(handler) : handler, ms, ...rest);
  const port = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
  Object.defineProperty(MessagePort.prototype, 'onmessage', {
    configurable: true,
    get() { return port.get.call(this); },
    set(fn) { port.set.call(this, fn ? timed(fn) : fn); },
  });
})();`;

/** Records when the digits of the timer at `selector` change (and marks it). */
async function watchDigits(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __digitChanges: number[] };
    w.__digitChanges = [];
    const target = document.querySelector(sel);
    if (!target) throw new Error(`No ${sel} on the page`);
    new MutationObserver(() => {
      performance.mark('timer-digits-changed');
      w.__digitChanges.push(Date.now());
    }).observe(target, { subtree: true, characterData: true, childList: true });
  }, selector);
}

interface PageSample {
  /** Script time of the page's tasks in each second of the window, ms (marks around each task). */
  perSecondMs: number[];
  /** Main-thread task time (CDP Performance.TaskDuration) in the window, ms. */
  mainThreadMs: number;
  /** Changes of the watched timer's digits in the window. */
  updates: number;
  /** Per change: ms after the timer's whole second. */
  lagMs: number[];
}

/**
 * An idle page with running timers: what its script does in the window is the timer updates,
 * so script time / updates is the cost of one update (React render and commit included).
 */
async function measurePage(
  page: Page,
  selector: string,
  seconds: number,
  startedAt: number,
): Promise<PageSample> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  await watchDigits(page, selector);
  const from = await page.evaluate(() => performance.now());
  const before = await task();
  await page.waitForTimeout(seconds * 1000);
  const after = await task();
  const { tasks, changes } = await page.evaluate(() => {
    const w = window as unknown as { __tasks: [number, number][]; __digitChanges: number[] };
    return { tasks: w.__tasks, changes: w.__digitChanges };
  });
  const perSecondMs = Array.from({ length: seconds }, () => 0);
  for (const [t0, d] of tasks) {
    const second = Math.floor((t0 - from) / 1000);
    if (second >= 0 && second < seconds) perSecondMs[second]! += d;
  }
  const lagMs = changes.map((t) => (((t - startedAt) % 1000) + 1000) % 1000);
  return { perSecondMs, mainThreadMs: after - before, updates: changes.length, lagMs };
}

/** `staticDir`: the built renderer (dist/renderer, or another build of it). */
export async function runTimerDisplayBench(
  seconds = 15,
  staticDir = process.env.DIALOGRUM_STATIC_DIR ?? builtRenderer,
): Promise<Figure[]> {
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error('dist/renderer is not built: run npm run build first');
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'dialogrum-timerbench-'));
  const host = await createHost({
    documentsDir: dir,
    settings: new JsonSettingsStore(path.join(dir, 'settings.json')),
    onWarning: () => undefined,
  });
  const server = await startServer({ host, staticDir });
  const browser = await launchChromium();
  try {
    // A running point with a room budget and a running pair exercise: four timers on screen.
    const people = ['A', 'B', 'C', 'D', 'E'].map((n, i) => ({
      id: `p${i}`,
      name: `Person ${n}`,
      title: '',
      organisation: `Org ${i % 3}`,
      present: true,
    }));
    const commands = [
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
      { type: 'room.setBudget', pointId: 'pt', room: 'clarifying', minutes: 15 },
    ];
    for (const c of commands) await host.handlers.dispatch(parseCommand(c));
    let n = 0;
    const add = templateToCommand(findTemplate('pair'), 'da', 'pt', () => `x${n++}`);
    await host.handlers.dispatch(parseCommand(add));
    const pairs = drawExercisePairs(people, seededRandom(1));
    await host.handlers.dispatch(
      parseCommand({ type: 'exercise.setPairs', exerciseId: 'x0', pairs }),
    );
    await host.handlers.dispatch(parseCommand({ type: 'exercise.start', exerciseId: 'x0' }));
    const state = await host.handlers.getState(undefined);
    const step = state.workshop.agenda[0]!.exercises[0]!.steps[0]!;
    const startedAt = step.timer.startedAt ?? 0;

    const figures: Figure[] = [];
    for (const [label, url] of [
      ['console', server.url],
      ['projector', `${server.url}projector`],
    ] as const) {
      const page = await browser.newPage();
      await page.addInitScript({ content: INSTRUMENT_TASKS });
      await page.goto(url);
      await page.locator('.timer-value').first().waitFor();
      await page.waitForTimeout(1500); // past the first load's work
      const selector =
        label === 'console'
          ? '[data-testid="timer-exercise-value"]'
          : '[data-testid="projector-exercise-timer"]';
      const sample = await measurePage(page, selector, seconds, startedAt);
      const timers = await page.locator('.timer-value').count();
      await page.close();
      figures.push({
        name: `${label}: main-thread time per timer update (${timers} timers on screen)`,
        // One update a second: the script time of a second is the cost of its update. The
        // median second, since a busy machine preempts some tasks mid-way (wall-clock marks).
        statistic: `median script ms per second, ${seconds} s`,
        value: sample.updates === 0 ? null : percentile(sample.perSecondMs, 50),
        unit: 'ms',
        target: 1,
        note:
          `${sample.updates} updates in ${seconds} s, fastest second ${Math.min(...sample.perSecondMs).toFixed(2)} ms, p95 ${percentile(sample.perSecondMs, 95).toFixed(2)} ms; digits change ${percentile(sample.lagMs, 50).toFixed(0)} ms (median), ` +
          `${percentile(sample.lagMs, 95).toFixed(0)} ms (p95) after the whole second; all main-thread tasks ` +
          `(CDP TaskDuration, incl. style, layout, paint and the browser's own work) ${(sample.mainThreadMs / seconds).toFixed(1)} ms per second; ${loadNote()}`,
      });
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
