// Load benchmark (the performance issue): what each page costs a cold browser before it shows
// anything. For the console, the projector, the phone page and a floor (an empty React 19 root,
// test/bench/floor/, built here with Vite into a scratch folder), in one interleaved run (each
// round loads every page once, the order rotating from round to round, each load in a fresh
// browser context so nothing is cached):
//  - the JavaScript the page fetched before its `load` event (Resource Timing: the body bytes on
//    the wire, with the server's compression and Chromium's own Accept-Encoding, and decoded),
//    and gzip -9 of the decoded bytes (node:zlib), the measure of the earlier figures;
//  - the first contentful paint (PerformanceObserver 'paint'), median of the rounds, and each
//    page's median over the floor's.
// The console and projector come from the built server (AppServer, DIALOGRUM_DIST_DIR), the
// phone page from that server's phone server (joining opened on loopback), the floor from
// main/server/staticFiles.ts on its own loopback port, precompressed by the build's own script.
// Alone: `DIALOGRUM_DIST_DIR=… npm run build`, then `node --import tsx test/bench/load.ts`;
// DIALOGRUM_LOAD_BENCH_ROUNDS (7). Informs; never fails the build.
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Browser, Response } from 'playwright-core';
import { build } from 'vite';
import { createStaticHandler } from '../../main/server/staticFiles';
import { FIRST_SCREEN_MARK } from '../../renderer/src/common/firstScreen';
import { AppServer } from '../e2e/helpers/appServer';
import { HostSocket } from '../e2e/helpers/hostSocket';
import { launchChromium } from './browserBench';
import { formatTable, percentile, type Figure } from './stats';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const FLOOR_DIR = fileURLToPath(new URL('./floor/', import.meta.url));
const ROUNDS = Number(process.env.DIALOGRUM_LOAD_BENCH_ROUNDS) || 7;
/** Kilobytes of 1000 bytes, as Vite prints them. */
const KB = 1000;

const PAGES = ['console', 'projector', 'phone', 'floor'] as const;
type PageName = (typeof PAGES)[number];

/** Targets (gzip -9 of the decoded JS) and the earlier figures, in KB. */
const JS_TARGET: Readonly<Record<PageName, number | null>> = {
  console: 120,
  projector: 100,
  phone: 50,
  floor: null,
};
const EARLIER_GZIP: Readonly<Record<PageName, number>> = {
  console: 207.8,
  projector: 161.4,
  phone: 140.6,
  floor: 67.6,
};
const FCP_RATIO_TARGET: Readonly<Record<PageName, number | null>> = {
  console: 1.5,
  projector: null,
  phone: null,
  floor: null,
};
const COMPRESSED_TARGET = 0.4;

interface ScriptEntry {
  url: string;
  /** Body bytes as they travelled (after Content-Encoding). */
  encoded: number;
  decoded: number;
}

interface Load {
  fcp: number;
  /** When the page handed its first screen to React (its mark), null for the floor. */
  firstScreen: number | null;
  scripts: ScriptEntry[];
  /** Accept-Encoding Chromium sent for the scripts, and the Content-Encodings it got. */
  acceptEncoding: string;
  contentEncodings: string[];
}

interface PageLoads {
  loads: Load[];
  /** gzip -9 of each load's decoded scripts, bytes. */
  gzip9: number[];
}

function runNode(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${args.join(' ')} exited with ${code}: ${output}`)),
    );
  });
}

/** Builds the floor page into `outRoot`/renderer and precompresses it as `npm run build` does. */
async function buildFloor(outRoot: string): Promise<string> {
  const outDir = path.join(outRoot, 'renderer');
  await build({
    configFile: false,
    root: FLOOR_DIR,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, assetsInlineLimit: 0 },
  });
  await runNode([path.join(repoRoot, 'scripts/precompress.mjs')], { DIALOGRUM_DIST_DIR: outRoot });
  return outDir;
}

/** The floor's static server: the app's own static handler, on loopback. */
async function serveFloor(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const handler = createStaticHandler(dir);
  const server = createServer((req, res) => {
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** One cold load: a fresh context, the page until `load` and its first contentful paint. */
async function loadOnce(browser: Browser, url: string, markName: string | null): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const headerReads: Promise<void>[] = [];
    let acceptEncoding = '';
    const contentEncodings = new Set<string>();
    const onResponse = (response: Response) => {
      const request = response.request();
      if (request.resourceType() !== 'script') return;
      headerReads.push(
        Promise.all([request.allHeaders(), response.allHeaders()]).then(([sent, got]) => {
          acceptEncoding = sent['accept-encoding'] ?? acceptEncoding;
          contentEncodings.add(got['content-encoding'] ?? 'identity');
        }),
      );
    };
    page.on('response', onResponse);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const measured = await page.evaluate(async (markName) => {
      const fcp = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), 20_000);
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (!entry) return;
          clearTimeout(timer);
          observer.disconnect();
          resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      });
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      // A page marks when its first screen goes to React (renderer/src/common/firstScreen.ts):
      // what it asked for before then (its language, say) is first load even if it arrives after
      // `load`; what it asks for after is idle-time warming. The floor sets no mark.
      // A loop rather than a named poll function: tsx wraps named functions in __name(), which
      // does not exist in the page.
      let firstScreen = nav.loadEventStart;
      let marked: number | null = null;
      const deadline = Date.now() + 20_000;
      while (markName !== null && Date.now() < deadline) {
        const mark = performance.getEntriesByName(markName)[0];
        if (mark) {
          firstScreen = mark.startTime;
          marked = mark.startTime;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const seen = new Set<string>();
      const scripts: Array<{ url: string; encoded: number; decoded: number }> = [];
      for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        if (!/\.m?js$/.test(new URL(entry.name).pathname)) continue;
        const firstLoad = entry.responseEnd <= nav.loadEventStart || entry.startTime <= firstScreen;
        if (!firstLoad || seen.has(entry.name)) continue;
        seen.add(entry.name);
        scripts.push({
          url: entry.name,
          encoded: entry.encodedBodySize,
          decoded: entry.decodedBodySize,
        });
      }
      return { fcp, scripts, marked };
    }, markName);
    // Scripts warmed in idle time after the first screen keep arriving: their headers would be
    // read while the context closes.
    page.off('response', onResponse);
    await Promise.all(headerReads);
    if (measured.fcp === null) throw new Error(`No first contentful paint on ${url}`);
    if (measured.scripts.length === 0) throw new Error(`No script loaded before load on ${url}`);
    return {
      fcp: measured.fcp,
      firstScreen: measured.marked,
      scripts: measured.scripts,
      acceptEncoding,
      contentEncodings: [...contentEncodings].sort(),
    };
  } finally {
    await context.close();
  }
}

/** gzip -9 of a script's decoded bytes, fetched plain from the server that served it. */
function gzipSizes(): (entry: ScriptEntry) => Promise<number> {
  const cache = new Map<string, Promise<number>>();
  return (entry) => {
    let size = cache.get(entry.url);
    if (!size) {
      size = fetch(entry.url, { headers: { 'accept-encoding': 'identity' } }).then(
        async (response) => {
          if (!response.ok) throw new Error(`${entry.url}: HTTP ${response.status}`);
          const body = Buffer.from(await response.arrayBuffer());
          if (body.length !== entry.decoded)
            throw new Error(
              `${entry.url}: ${body.length} bytes, the browser decoded ${entry.decoded}`,
            );
          return gzipSync(body, { level: 9 }).length;
        },
      );
      cache.set(entry.url, size);
    }
    return size;
  };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const kb = (bytes: number) => bytes / KB;
const median = (values: readonly number[]) => percentile(values, 50);

/** "same in all 7 loads" or the range, for byte counts that should not vary. */
function spread(values: readonly number[], unit = (v: number) => `${kb(v).toFixed(1)} KB`) {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? `same in all ${values.length} loads` : `${unit(lo)}–${unit(hi)}`;
}

function pageFigures(name: PageName, data: PageLoads, floorFcp: number): Figure[] {
  const { loads, gzip9 } = data;
  const wire = loads.map((l) => sum(l.scripts.map((s) => s.encoded)));
  const decoded = loads.map((l) => sum(l.scripts.map((s) => s.decoded)));
  const fcps = loads.map((l) => l.fcp);
  const counts = loads.map((l) => l.scripts.length);
  const encodings = [...new Set(loads.flatMap((l) => l.contentEncodings))].join(', ');
  const accept = [...new Set(loads.map((l) => l.acceptEncoding))].join(' | ');
  const stat = `median of ${loads.length} loads`;
  const figures: Figure[] = [
    {
      name: `${name} JS at first load, gzip -9 of decoded`,
      statistic: stat,
      value: kb(median(gzip9)),
      unit: 'KB',
      target: JS_TARGET[name],
      note:
        `${median(counts)} script(s), decoded ${kb(median(decoded)).toFixed(1)} KB ` +
        `(${spread(gzip9)}); the issue's earlier figure ${EARLIER_GZIP[name]} KB`,
    },
    {
      name: `${name} JS at first load, on the wire`,
      statistic: stat,
      value: kb(median(wire)),
      unit: 'KB',
      target: null,
      note: `Content-Encoding ${encodings}; Accept-Encoding "${accept}" (${spread(wire)})`,
    },
    {
      name: `${name} cold first contentful paint`,
      statistic: stat,
      value: median(fcps),
      unit: 'ms',
      target: null,
      note: `best ${Math.min(...fcps).toFixed(0)} ms, worst ${Math.max(...fcps).toFixed(0)} ms`,
    },
  ];
  if (name !== 'floor') {
    figures.push({
      name: `${name} cold FCP ÷ the floor's`,
      statistic: 'ratio of medians',
      value: median(fcps) / floorFcp,
      unit: '×',
      target: FCP_RATIO_TARGET[name],
    });
    // The HTML's own shell (the name) paints before any script: this says how soon the page's
    // own first screen follows, so the scripts' start-up cost stays in sight.
    const marks = loads.flatMap((l) => (l.firstScreen === null ? [] : [l.firstScreen]));
    if (marks.length > 0)
      figures.push({
        name: `${name} first screen handed to React ÷ the floor's FCP`,
        statistic: 'ratio of medians',
        value: median(marks) / floorFcp,
        unit: '×',
        target: null,
        note: `median ${median(marks).toFixed(0)} ms after navigation`,
      });
  }
  return figures;
}

export async function runLoadBench(
  options: { log?: (text: string) => void; rounds?: number } = {},
): Promise<Figure[]> {
  const log = options.log ?? (() => undefined);
  const rounds = options.rounds ?? ROUNDS;
  const scratch = await mkdtemp(path.join(tmpdir(), 'dialogrum-load-'));
  let app: AppServer | null = null;
  let host: HostSocket | null = null;
  let floor: Awaited<ReturnType<typeof serveFloor>> | null = null;
  let browser: Browser | null = null;
  try {
    log('Load: building the floor page …');
    floor = await serveFloor(await buildFloor(scratch));
    app = await AppServer.start(['--phone-host', '127.0.0.1', '--phone-port', '0']);
    host = await HostSocket.connect(app.url);
    const joining = (await host.request('openJoining')) as {
      url: string | null;
      problem: string | null;
    };
    if (!joining.url) throw new Error(`Joining did not open: ${joining.problem ?? 'no address'}`);
    const urls: Readonly<Record<PageName, string>> = {
      console: app.url,
      projector: app.projectorUrl,
      phone: joining.url,
      floor: floor.url,
    };
    browser = await launchChromium();
    const results = Object.fromEntries(
      PAGES.map((p) => [p, { loads: [], gzip9: [] } as PageLoads]),
    ) as Record<PageName, PageLoads>;
    const gzipSize = gzipSizes();
    for (let round = 0; round < rounds; round++) {
      log(`Load: round ${round + 1} of ${rounds} …`);
      // Each page in each round; who goes first rotates, so no page always meets a warm machine.
      for (let i = 0; i < PAGES.length; i++) {
        const name = PAGES[(round + i) % PAGES.length]!;
        const load = await loadOnce(
          browser,
          urls[name],
          name === 'floor' ? null : FIRST_SCREEN_MARK,
        );
        results[name].loads.push(load);
        results[name].gzip9.push(sum(await Promise.all(load.scripts.map(gzipSize))));
      }
    }
    const floorFcp = median(results.floor.loads.map((l) => l.fcp));
    const figures = PAGES.flatMap((name) => pageFigures(name, results[name], floorFcp));
    const ratio = (name: PageName) => {
      const loads = results[name].loads;
      return (
        median(loads.map((l) => sum(l.scripts.map((s) => s.encoded)))) /
        median(loads.map((l) => sum(l.scripts.map((s) => s.decoded))))
      );
    };
    figures.push({
      name: 'static files on the wire: compressed (console JS wire ÷ decoded)',
      statistic: `median of ${rounds} loads`,
      value: ratio('console'),
      unit: '×',
      target: COMPRESSED_TARGET,
    });
    figures.push({
      name: 'phone page JS wire ÷ decoded (phone server)',
      statistic: `median of ${rounds} loads`,
      value: ratio('phone'),
      unit: '×',
      target: null,
    });
    return figures;
  } finally {
    await browser?.close();
    host?.close();
    await app?.dispose();
    await floor?.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

const isMain =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  runLoadBench({ log: (text) => process.stderr.write(`${text}\n`) })
    .then((figures) => console.log(formatTable(figures)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
