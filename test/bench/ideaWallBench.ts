// Issue 4's Chromium figures: a workshop with 2,000 ideas, 300 clusters and 500 actions, served
// by the built browser-mode server (a child process, as a user runs it), with the projector and
// the console open on the developing room. Ideas are added over a WebSocket as the console sends
// them; both pages time what happens in them.
//
// How the render of a wall is measured (no React Profiler in a production build):
// - An init script wraps the page's WebSocket so that a listener of ours runs first on every
//   message: `msgAt`, the moment the event reaches the page, before the store applies its patches.
// - A MutationObserver sees the new card's element (data-idea-id) appear: `commitAt`. The store
//   update makes React render synchronously (useSyncExternalStore, a sync lane flushed in a
//   microtask), so by then the store update, render, commit and layout effects (the projector's
//   fit-to-screen) are done.
// - Still in that callback we force style and layout (getBoundingClientRect): `layoutMs`, the
//   layout the frame would otherwise do.
// - requestAnimationFrame, then a MessageChannel message posted from it: the message runs after
//   that frame's paint. `paintMs` is from the rAF callback to that message: paint and the hand-off
//   to the compositor, without the wait for the next vsync (idle time, not work).
// render = (commitAt − msgAt) + layoutMs + paintMs: the main-thread work one more idea costs,
// target one frame (16 ms). "Projector updated" is from the send in Node to `commitAt` on the
// projector (both clocks are epoch-based), target p95 < 50 ms.
// "Enter → own card painted" is typed on the console itself: from the Enter keydown in the idea
// field (a capture listener of ours, before React's) to after the paint of the frame that first
// shows a card with that text: the round trip to the host, the store update, render and paint.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import WebSocket from 'ws';
import { serializeDocument } from '../../shared/document/format';
import { AppServer } from '../e2e/helpers/appServer';
import { launchChromium } from './browserBench';
import { ISSUE_4_SIZE, LIVE_POINT, roomsWorkshop } from './roomsWorkshop';
import { percentile, type Figure } from './stats';
import { withinTime } from './withinTime';

export interface WallTiming {
  id: string;
  commitEpoch: number;
  scriptMs: number;
  layoutMs: number;
  paintMs: number;
}

declare global {
  interface Window {
    __wallBench?: {
      expect: string | null;
      msgAt: number;
      timings: WallTiming[];
      /** The text of the idea typed on the page, until its card is painted. */
      typed: string | null;
      enterAt: number;
      typedMs: number[];
      /** Resolves with `found()` once it returns something (checked after each record). */
      when: <T>(found: () => T | undefined) => Promise<T>;
    };
  }
}

/**
 * Runs in the page before its own scripts: see the comment at the top of this file. Plain
 * JavaScript in a string: tsx would add helpers to a function's source that the page lacks.
 */
const INSTRUMENT = `(() => {
  const bench = { expect: null, msgAt: 0, timings: [], typed: null, enterAt: 0, typedMs: [] };
  window.__wallBench = bench;
  // The bench waits on these promises: polling the page would run its own script at every
  // animation frame of the frames being measured.
  const waiting = [];
  bench.when = (found) =>
    new Promise((resolve) => {
      const check = () => {
        const value = found();
        if (value === undefined) return false;
        resolve(value);
        return true;
      };
      if (!check()) waiting.push(check);
    });
  const recorded = () => {
    for (let i = waiting.length - 1; i >= 0; i--) if (waiting[i]()) waiting.splice(i, 1);
  };
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(url, protocols) {
      super(url, protocols);
      this.addEventListener('message', () => (bench.msgAt = performance.now()));
    }
  };
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && bench.typed !== null) bench.enterAt = performance.now();
  }, true);
  const afterPaint = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = done;
      channel.port2.postMessage(null);
    });
  new MutationObserver((records) => {
    const typed = bench.typed;
    if (typed !== null && bench.enterAt > 0) {
      const card = records.some((r) =>
        Array.from(r.addedNodes).some(
          (n) => n instanceof Element && n.matches(SELECTOR) && n.textContent.replace(/\\u00AD/g, '').includes(typed),
        ),
      );
      if (card) {
        bench.typed = null;
        const enterAt = bench.enterAt;
        afterPaint(() => {
          bench.typedMs.push(performance.now() - enterAt);
          recorded();
        });
      }
    }
    const id = bench.expect;
    if (id === null || !document.querySelector(SELECTOR + '[data-idea-id="' + id + '"]')) return;
    bench.expect = null;
    const commitAt = performance.now();
    document.body.getBoundingClientRect();
    const layoutMs = performance.now() - commitAt;
    requestAnimationFrame(() => {
      const frameAt = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.timings.push({
          id,
          commitEpoch: performance.timeOrigin + commitAt,
          scriptMs: commitAt - bench.msgAt,
          layoutMs,
          paintMs: performance.now() - frameAt,
        });
        recorded();
      };
      channel.port2.postMessage(null);
    });
  }).observe(document, { subtree: true, childList: true });
})();`;

export interface Opened {
  page: Page;
  /** The page's main-thread CPU time so far (CDP ThreadTime), ms. */
  cpu: () => Promise<number>;
}

export async function openPage(browser: Browser, url: string, selector: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const cpu = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  };
  await page.addInitScript({
    content: `const SELECTOR = ${JSON.stringify(selector)};\n${INSTRUMENT}`,
  });
  await page.goto(url);
  await page.locator(selector).first().waitFor({ state: 'attached', timeout: 30_000 });
  return { page, cpu };
}

export const expectIdea = (page: Page, id: string) =>
  page.evaluate((x) => {
    if (window.__wallBench) window.__wallBench.expect = x;
  }, id);

export const timingOf = (page: Page, id: string): Promise<WallTiming> =>
  withinTime(
    `idea ${id}`,
    page.evaluate((x) => {
      const bench = window.__wallBench;
      if (!bench) throw new Error('the wall bench is not in the page');
      return bench.when(() => bench.timings.find((t) => t.id === x));
    }, id),
    10_000,
  );

/** Types an idea into the console's field, presses Enter and waits for its card's paint. */
async function typeIdea(page: Page, text: string): Promise<number> {
  const input = page.locator('[data-testid="rw-idea-input"]');
  await input.fill(text);
  await page.evaluate((x) => {
    if (!window.__wallBench) return;
    window.__wallBench.typed = x;
    window.__wallBench.enterAt = 0;
  }, text);
  const before = await page.evaluate(() => window.__wallBench?.typedMs.length ?? 0);
  await input.press('Enter');
  return withinTime(
    `typed idea ${text}`,
    page.evaluate((n) => {
      const bench = window.__wallBench;
      if (!bench) throw new Error('the wall bench is not in the page');
      return bench.when(() => bench.typedMs[n]);
    }, before),
    10_000,
  );
}

export async function openClient(port: number): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { origin: `http://127.0.0.1:${port}` });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return ws;
}

const epochNow = () => performance.timeOrigin + performance.now();
const ms = (x: number) => x.toFixed(1);

function renderFigure(where: string, timings: WallTiming[], cpu: number[]): Figure {
  const render = timings.map((t) => t.scriptMs + t.layoutMs + t.paintMs);
  const p = (xs: number[], q: number) => ms(percentile(xs, q));
  return {
    name: `render of the ${where} after one more idea`,
    statistic: `median of ${timings.length}`,
    value: percentile(render, 50),
    unit: 'ms',
    target: 16,
    note:
      `p95 ${p(render, 95)} ms; medians: store update + React commit ` +
      `${p(
        timings.map((t) => t.scriptMs),
        50,
      )} ms, layout ${p(
        timings.map((t) => t.layoutMs),
        50,
      )} ms, paint ${p(
        timings.map((t) => t.paintMs),
        50,
      )} ms; main-thread CPU per idea (CDP ThreadTime, whole page) median ${p(cpu, 50)} ms`,
  };
}

/** Adds `samples` ideas (after a few unmeasured ones) and returns the three issue-4 figures. */
export async function runIdeaWallBench(samples = 60, warmup = 5): Promise<Figure[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dialogrum-wallbench-'));
  const file = path.join(dir, 'rooms-bench.dialogrum');
  await writeFile(file, serializeDocument(roomsWorkshop(), 1, new Date()));
  const server = await AppServer.start(['--open', file]);
  let browser: Browser | null = null;
  let ws: WebSocket | null = null;
  try {
    browser = await launchChromium();
    const projectorPage = await openPage(
      browser,
      server.projectorUrl,
      '[data-testid="pr-idea-card"]',
    );
    const consolePage = await openPage(browser, server.url, '[data-testid="rw-idea-card"]');
    const projector = projectorPage.page;
    const console_ = consolePage.page;
    const cpuWall: number[] = [];
    const cpuRoom: number[] = [];
    ws = await openClient(server.port);
    const socket = ws;
    const toProjector: number[] = [];
    const wall: WallTiming[] = [];
    const room: WallTiming[] = [];
    for (let i = 0; i < warmup + samples; i++) {
      const id = `bench-${i}`;
      await Promise.all([expectIdea(projector, id), expectIdea(console_, id)]);
      const [cpuP0, cpuC0] = await Promise.all([projectorPage.cpu(), consolePage.cpu()]);
      const sentAt = epochNow();
      socket.send(
        JSON.stringify({
          id: i + 1,
          name: 'dispatch',
          payload: {
            type: 'idea.add',
            id,
            pointId: LIVE_POINT,
            text: `Fælles tjekliste til udskrivelsen, idé ${i}`,
            authorId: `p${1 + (i % 59)}`,
          },
        }),
      );
      const [onProjector, onConsole] = await Promise.all([
        timingOf(projector, id),
        timingOf(console_, id),
      ]);
      const [cpuP1, cpuC1] = await Promise.all([projectorPage.cpu(), consolePage.cpu()]);
      if (i < warmup) continue;
      cpuWall.push(cpuP1 - cpuP0);
      cpuRoom.push(cpuC1 - cpuC0);
      toProjector.push(onProjector.commitEpoch - sentAt);
      wall.push(onProjector);
      room.push(onConsole);
    }
    // Typed on the console: Enter in the idea field → the facilitator's own card painted.
    const typed: number[] = [];
    for (let i = 0; i < warmup + samples; i++) {
      const took = await typeIdea(console_, `Opfølgende hjemmebesøg efter udskrivelsen, nr. ${i}`);
      if (i >= warmup) typed.push(took);
    }
    await projector.goto('about:blank');
    await console_.goto('about:blank');
    const size = `${ISSUE_4_SIZE.ideas} ideas, ${ISSUE_4_SIZE.clusters} clusters, ${ISSUE_4_SIZE.actions} actions`;
    return [
      {
        name: `add an idea → projector page updated (${size})`,
        statistic: `p95 of ${samples}`,
        value: percentile(toProjector, 95),
        unit: 'ms',
        target: 50,
        note: `median ${ms(percentile(toProjector, 50))} ms; host, WebSocket and projector render; load average ${(loadavg()[0] ?? 0).toFixed(1)}`,
      },
      renderFigure('projector idea wall', wall, cpuWall),
      renderFigure("console's developing room", room, cpuRoom),
      {
        name: `Enter in the console's idea field → own card painted (${size})`,
        statistic: `p95 of ${samples}`,
        value: percentile(typed, 95),
        unit: 'ms',
        target: 50,
        note: `median ${ms(percentile(typed, 50))} ms; round trip to the host, store update, render and paint; load average ${(loadavg()[0] ?? 0).toFixed(1)}`,
      },
    ];
  } finally {
    ws?.close();
    await browser?.close();
    await server.dispose();
    await rm(dir, { recursive: true, force: true });
  }
}
