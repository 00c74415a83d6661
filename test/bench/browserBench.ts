import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import WebSocket from 'ws';
import type { RunningServer } from '../../main/server/httpServer';
import { percentile, type Figure } from './stats';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const ROOMS = ['clarifying', 'developing', 'negotiating', 'acting'] as const;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    headless: true,
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Epoch milliseconds with sub-millisecond resolution, comparable between Node and Chromium. */
const epochNow = () => performance.timeOrigin + performance.now();

declare global {
  interface Window {
    __roomChanges?: Array<{ room: string | null; at: number }>;
  }
}

/** Records, in the page, when projector-root's data-room changes. */
async function watchProjectorRoom(page: Page): Promise<void> {
  await page.evaluate(() => {
    const changes: Array<{ room: string | null; at: number }> = [];
    window.__roomChanges = changes;
    let last = document.querySelector('[data-testid="projector-root"]')?.getAttribute('data-room');
    new MutationObserver(() => {
      const room = document
        .querySelector('[data-testid="projector-root"]')
        ?.getAttribute('data-room');
      if (room === undefined || room === last) return;
      last = room;
      changes.push({ room, at: performance.timeOrigin + performance.now() });
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-room'],
    });
  });
}

async function openClient(server: RunningServer): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws`, {
    origin: `http://127.0.0.1:${server.port}`,
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return ws;
}

/**
 * A command sent over the WebSocket (as the console sends it) until the projector page's DOM
 * shows the new room. The point must be running with all four rooms in its plan.
 */
export async function measureProjector(
  browser: Browser,
  server: RunningServer,
  samples: number,
): Promise<Figure> {
  const page = await browser.newPage();
  const ws = await openClient(server);
  try {
    await page.goto(`${server.url}projector`);
    const root = page.locator('[data-testid="projector-root"]:not([data-room="none"])');
    await root.waitFor({ timeout: 10_000 });
    const current = ROOMS.indexOf((await root.getAttribute('data-room')) as (typeof ROOMS)[number]);
    if (current < 0) throw new Error('The projector shows no room of the plan');
    await watchProjectorRoom(page);
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      // Always a different room from the one on screen, so every command changes the DOM.
      const room = ROOMS[(current + i + 1) % ROOMS.length]!;
      const sentAt = epochNow();
      ws.send(
        JSON.stringify({ id: i + 1, name: 'dispatch', payload: { type: 'room.goTo', room } }),
      );
      await page.waitForFunction((n) => (window.__roomChanges?.length ?? 0) >= n, i + 1);
      const change = await page.evaluate((n) => window.__roomChanges?.[n], i);
      if (change?.room !== room)
        throw new Error(`The projector showed ${change?.room}, not ${room}`);
      times.push(change.at - sentAt);
    }
    return {
      name: 'command → projector page updated (WebSocket, Chromium DOM)',
      statistic: `p95 of ${samples}`,
      value: percentile(times, 95),
      unit: 'ms',
      target: 30,
    };
  } finally {
    ws.close();
    await page.close();
  }
}

/**
 * Runs in the console page before its own scripts: records the long tasks (over 50 ms) of the
 * main thread from navigation on. Plain JavaScript in a string, as in ideaWallBench.ts.
 */
const LONG_TASKS = `(() => {
  const tasks = [];
  window.__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
})();`;

/**
 * Runs in the console page before its own scripts: the moment, from navigation start, of the
 * first frame painted once `rows` agenda rows and a usable add button are in the page (the
 * frame's paint is over when a message posted from its animation frame arrives, as in
 * ideaWallBench.ts). Rows are counted through a live collection, so the check costs the page
 * next to nothing.
 */
const consoleReady = (rows: number) => `(() => {
  const rowsLive = document.getElementsByClassName('agenda-row');
  const observer = new MutationObserver(() => {
    if (rowsLive.length < ${rows}) return;
    const add = document.querySelector('[data-testid="point-add"]');
    if (!add || add.disabled) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.__consoleReady = performance.now());
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
})();`;

declare global {
  interface Window {
    __longTasks?: number[];
    __consoleReady?: number;
  }
}

/**
 * Headless Chromium sets up each new window's own interface in the background: its address bar
 * popup is a page of its own, about half a second of CPU in a renderer beside ours. A
 * facilitator's Electron or browser window has done that long before the console loads, so the
 * clock starts once it is over; on two cores it otherwise took half the machine during the load.
 */
const WINDOW_SETTLE_MS = 1500;

/**
 * Navigation start until every agenda row is painted and the add button can be used, by the
 * page's own clock; beside it the same seen from the bench process (Playwright's polls and round
 * trips included), the longest main-thread task of that load (the page's input lag at worst)
 * and the console's size in elements once loaded.
 */
export async function measureConsoleLoad(
  browser: Browser,
  server: RunningServer,
  rows: number,
  participants: number,
  samples: number,
): Promise<Figure[]> {
  const context = await browser.newContext();
  await context.addInitScript({ content: LONG_TASKS });
  await context.addInitScript({ content: consoleReady(rows) });
  const times: number[] = [];
  const seen: number[] = [];
  // The page's main-thread CPU time (CDP ThreadTime): on a loaded machine the wall clock mostly
  // counts waiting for a core, this counts the work.
  const busy: number[] = [];
  const longest: number[] = [];
  const elements: number[] = [];
  const nodes: number[] = [];
  try {
    for (let i = 0; i < samples; i++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.waitForTimeout(WINDOW_SETTLE_MS);
      const t0 = Date.now();
      await page.goto(server.url);
      await page
        .locator('[data-testid="agenda-row"]')
        .nth(rows - 1)
        .waitFor();
      await page.locator('[data-testid="point-add"]').waitFor();
      const ready = await page.locator('[data-testid="point-add"]').isEnabled();
      seen.push(Date.now() - t0);
      const painted = await page.waitForFunction(() => window.__consoleReady);
      times.push((await painted.jsonValue()) ?? Number.NaN);
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
      busy.push(metric('ThreadTime') * 1000);
      if (!ready) throw new Error('The add button is not usable after load');
      // A moment for what the load set going (effects, idle work) to run and be counted.
      await page.waitForTimeout(500);
      const after = await page.evaluate(() => {
        let count = 0;
        const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
        while (walker.nextNode()) count++;
        return {
          longest: Math.max(0, ...(window.__longTasks ?? [])),
          elements: document.getElementsByTagName('*').length,
          nodes: count,
        };
      });
      longest.push(after.longest);
      elements.push(after.elements);
      nodes.push(after.nodes);
      await page.close();
    }
  } finally {
    await context.close();
  }
  const size = `${rows} points, ${participants} participants`;
  return [
    {
      name: `console page load to interactive (${size})`,
      statistic: `median of ${samples}`,
      value: percentile(times, 50),
      unit: 'ms',
      target: 500,
      note:
        `the page's clock, navigation start to the frame painted with every row and a usable add ` +
        `button; first (cold) load ${times[0]?.toFixed(0)} ms, worst ${Math.max(...times).toFixed(0)} ms; ` +
        `seen from the bench process (goto to Playwright finding both) median ` +
        `${percentile(seen, 50).toFixed(0)} ms, worst ${Math.max(...seen)} ms; main-thread CPU ` +
        `median ${percentile(busy, 50).toFixed(0)} ms`,
    },
    {
      name: `console load: longest main-thread task (${size})`,
      statistic: `median of ${samples}`,
      value: percentile(longest, 50),
      unit: 'ms',
      target: 100,
      note: `worst ${Math.max(...longest).toFixed(0)} ms; PerformanceObserver 'longtask', navigation to 0.5 s after interactive`,
    },
    {
      name: `console DOM elements once loaded (${size})`,
      statistic: `median of ${samples}`,
      value: percentile(elements, 50),
      unit: 'nodes',
      target: 3000,
      note: `all DOM nodes, text included: median ${percentile(nodes, 50)}`,
    },
  ];
}
