// Team bench (issue 16): the facilitator's console, a referent's and a co-facilitator's consoles
// and a remote projector (each a Chromium page, the team pages over the phone server), with 60
// phones joined. Each of the three consoles in turn types an idea and presses Enter; the figure
// is Enter on that device → the idea painted on each of the other three, p95 < 50 ms.
// Alone: `node --import tsx test/bench/team.ts` (after `npm run build`).
import { existsSync, realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import WebSocket from 'ws';
import { createHost } from '../../main/host/createHost';
import { startServer } from '../../main/server/httpServer';
import { PhoneService } from '../../main/server/phones/phoneService';
import { JsonSettingsStore } from '../../main/settings/jsonSettingsStore';
import { PHONE_WS_PATH } from '../../shared/phones/protocol';
import { parseCommand } from '../../shared/reducer';
import { LONG_TEXTS, TYPICAL_TEXTS } from '../fixtures/corpus/sentences';
import { participantCommands, participantId } from '../fixtures/corpusContent';
import { launchChromium } from './browserBench';
import { formatTable, percentile, type Figure } from './stats';
import { withinTime } from './withinTime';

const PHONES = 60;
const POINT = 'team-bench-point';
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const staticDir = path.join(
  path.resolve(repoRoot, process.env.DIALOGRUM_DIST_DIR ?? 'dist'),
  'renderer',
);

/**
 * In every page, before its scripts: the moment Enter goes down in the idea field, and the
 * first frame after a node holding a sample's marker is added (soft hyphens ignored). Plain
 * JavaScript in a string, as in ideaWallBench.ts.
 */
const INSTRUMENT = `(() => {
  const bench = { enterAt: [], painted: {}, msgAt: 0 };
  window.__teamBench = bench;
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(url, protocols) {
      super(url, protocols);
      this.addEventListener('message', () => (bench.msgAt = performance.timeOrigin + performance.now()));
    }
  };
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target && e.target.matches && e.target.matches('[data-testid="rw-idea-input"]'))
      bench.enterAt.push(performance.timeOrigin + performance.now());
  }, true);
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        const text = (n.textContent || '').replace(/\\u00AD/g, '');
        for (const m of text.matchAll(/\\(prøve (\\d+)\\)/g)) {
          const k = m[1];
          if (bench.painted[k]) continue;
          bench.painted[k] = true;
          const received = bench.msgAt;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () =>
              window.__teamBenchPainted(k, performance.timeOrigin + performance.now(), received);
            channel.port2.postMessage(null);
          });
        }
      }
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

interface TeamBench {
  enterAt: number[];
}

declare global {
  interface Window {
    __teamBench?: TeamBench;
  }
}

/** A sample painted on a page, and when its last socket message arrived (the host's share). */
interface Paint {
  painted: number;
  received: number;
}

/**
 * The paints the pages report through a binding, and who waits for them. The pages push: any
 * call of the bench's into them (a poll, an evaluate awaiting a promise) would run in the very
 * frames being measured.
 */
class PaintLog {
  private readonly seen = new Map<string, Paint>();
  private readonly waiting = new Map<string, (paint: Paint) => void>();

  report(page: Page, key: string, paint: Paint): void {
    const id = `${pageIds.get(page)}:${key}`;
    this.seen.set(id, paint);
    this.waiting.get(id)?.(paint);
  }

  when(page: Page, key: string): Promise<Paint> {
    const id = `${pageIds.get(page)}:${key}`;
    const known = this.seen.get(id);
    if (known) return Promise.resolve(known);
    return withinTime(
      `sample ${key} painted`,
      new Promise<Paint>((resolve) => this.waiting.set(id, resolve)),
      15_000,
    );
  }
}

const paints = new PaintLog();
const pageIds = new Map<Page, number>();

/** Each page's main-thread CPU time so far (CDP ThreadTime), ms. */
const cpuOf = new Map<Page, () => Promise<number>>();

async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.exposeBinding(
    '__teamBenchPainted',
    ({ page }, key: string, painted: number, received: number) =>
      paints.report(page, key, { painted, received }),
  );
  const page = await context.newPage();
  pageIds.set(page, pageIds.size);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  cpuOf.set(page, async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  });
  await page.addInitScript({ content: INSTRUMENT });
  await page.goto(url);
  return page;
}

async function joinConsole(browser: Browser, url: string, name: string): Promise<Page> {
  const page = await openPage(browser, url);
  await page.getByTestId('team-join-name').fill(name);
  await page.getByTestId('team-join-submit').click();
  await page.getByTestId('rw-idea-input').waitFor({ timeout: 30_000 });
  return page;
}

function open(url: string, origin: string): Promise<WebSocket> {
  const ws = new WebSocket(url, { origin });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

/** 60 phones joined as participants; they only receive their views, as in a meeting. */
async function joinPhones(origin: string, code: string): Promise<WebSocket[]> {
  const phones: WebSocket[] = [];
  for (let k = 0; k < PHONES; k++) {
    const ws = await open(`${origin.replace(/^http/, 'ws')}${PHONE_WS_PATH}?code=${code}`, origin);
    await new Promise<void>((resolve, reject) => {
      ws.once('message', (data: Buffer) => {
        const m = JSON.parse(data.toString()) as { response?: { ok: boolean } };
        if (m.response?.ok) resolve();
        else reject(new Error(`a phone's join was refused: ${data.toString()}`));
      });
      ws.send(
        JSON.stringify({ id: 0, name: 'join', payload: { participantId: participantId(k) } }),
      );
    });
    phones.push(ws);
  }
  return phones;
}

export async function runTeamBench(
  options: { samples?: number; log?: (text: string) => void } = {},
): Promise<Figure[]> {
  const samples = options.samples ?? 30;
  const log = options.log ?? (() => undefined);
  if (!existsSync(path.join(staticDir, 'index.html')))
    throw new Error(`${staticDir} is not built (npm run build)`);
  const dir = await mkdtemp(path.join(tmpdir(), 'dialogrum-team-bench-'));
  // Everyone on 127.0.0.1 here (on a network each device has its own address): caps raised.
  const limits = { socketsPerAddress: PHONES * 2 + 16, connectionsPerAddress: PHONES * 2 + 64 };
  const joining = new PhoneService({ staticDir, hostname: '127.0.0.1', port: 0, limits });
  const host = await createHost({
    documentsDir: path.join(dir, 'docs'),
    settings: new JsonSettingsStore(path.join(dir, 'settings.json')),
    onWarning: () => undefined,
    joining,
  });
  const server = await startServer({ host, staticDir });
  let browser: Browser | null = null;
  const phones: WebSocket[] = [];
  try {
    const seed = [
      { type: 'workshop.update', title: 'Direktørforum for Aarhus-klyngen' },
      ...participantCommands(PHONES).map((c) =>
        // Everyone present: every phone joins.
        c.type === 'participant.add'
          ? { ...c, participant: { ...c.participant, present: true } }
          : c,
      ),
      {
        type: 'agenda.add',
        point: {
          id: POINT,
          title: 'Forslag til ny organisering af det tværsektorielle samarbejde om sundhed',
          purpose: 'decision',
          plannedMinutes: 45,
          presenter: 'Claus Thomsen',
        },
      },
      { type: 'point.start', id: POINT },
      { type: 'room.goTo', room: 'developing' },
    ];
    for (const command of seed) await host.handlers.dispatch(parseCommand(command));

    const join = await host.handlers.openJoining(undefined);
    if (!join.open || !join.code || !join.url) throw new Error(join.problem ?? 'no joining');
    const team = await host.handlers.getTeamState(undefined);
    const { referent, cofacilitator, projector } = team.urls;
    if (!referent || !cofacilitator || !projector) throw new Error('no team codes');
    log(`Team: ${PHONES} phones join …`);
    phones.push(...(await joinPhones(new URL(join.url).origin, join.code)));

    browser = await launchChromium();
    log('Team: four pages open (console, referent, co-facilitator, projector PC) …');
    const facilitator = await openPage(browser, server.url);
    await facilitator.getByTestId('rw-idea-input').waitFor({ timeout: 30_000 });
    const consoles = [
      facilitator,
      await joinConsole(browser, referent, 'Anette Schouv Kjeldsen'),
      await joinConsole(browser, cofacilitator, 'Annemarie Zacho-Broe'),
    ];
    const wall = await openPage(browser, projector);
    await wall.getByTestId('projector-root').waitFor({ timeout: 30_000 });
    const pages = [...consoles, wall];

    const latencies: number[] = [];
    const arrivals: number[] = [];
    const renders: number[] = [];
    const texts = [...TYPICAL_TEXTS, ...LONG_TEXTS];
    const cpu = () => Promise.all(pages.map((p) => cpuOf.get(p)?.() ?? 0));
    let cpuBefore: number[] = [];
    for (let k = 0; k < samples + 3; k++) {
      if (k === 3) cpuBefore = await cpu();
      const sender = consoles[k % consoles.length]!;
      const text = `${texts[k % texts.length]!.slice(0, 200)} (prøve ${k})`;
      const input = sender.getByTestId('rw-idea-input');
      await input.fill(text);
      await input.press('Enter');
      const others = pages.filter((p) => p !== sender);
      const painted = await Promise.all(others.map((page) => paints.when(page, String(k))));
      const enterAt = await sender.evaluate(() => window.__teamBench?.enterAt.at(-1) ?? 0);
      if (k < 3) continue; // three to warm up
      latencies.push(...painted.map((p) => p.painted - enterAt));
      arrivals.push(...painted.map((p) => p.received - enterAt));
      renders.push(...painted.map((p) => p.painted - p.received));
    }
    const cpuAfter = await cpu();
    const perChange = cpuAfter.map((after, i) => (after - (cpuBefore[i] ?? 0)) / samples);
    // Who was still joined at the end, as the phone server counts them: none dropped on the way.
    const joined = joining.stats();
    const { referent: ref, cofacilitator: co, projector: wallCount } = joined.team;
    return [
      {
        name: `change on one device → painted on the others (3 consoles, remote projector, ${PHONES} phones)`,
        statistic: `p95 of ${latencies.length}`,
        value: percentile(latencies, 95),
        unit: 'ms',
        target: 50,
        note:
          `p50 ${percentile(latencies, 50).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms; ` +
          `Enter → the change's message on the others p50 ${percentile(arrivals, 50).toFixed(1)} / p95 ${percentile(arrivals, 95).toFixed(1)} ms, ` +
          `message → painted p50 ${percentile(renders, 50).toFixed(1)} / p95 ${percentile(renders, 95).toFixed(1)} ms; ` +
          `main-thread CPU per change (typing included) on the three consoles ${perChange
            .slice(0, 3)
            .map((x) => x.toFixed(1))
            .join(' / ')} ms, on the projector ${perChange[3]?.toFixed(1)} ms; ` +
          `at the end ${joined.phones} phones joined, connected referent ${ref.connected}, ` +
          `co-facilitator ${co.connected}, projector PC ${wallCount.connected}; ` +
          `an idea typed in turn on the facilitator's, the referent's and the co-facilitator's consoles, ` +
          `all four pages sharing this machine's ${cpus().length} cores`,
      },
    ];
  } finally {
    for (const ws of phones) ws.close();
    await browser?.close();
    await server.close();
    await host.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(formatTable(await runTeamBench({ log: (t) => process.stderr.write(`${t}\n`) })));
}
