// `npm run bench`: speed figures of the host, the server and the views, printed beside their
// targets. Benchmarks inform; they never fail the build or the test suite (exit code 0 unless
// the benchmark itself could not run).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../main/server/httpServer';
import { launchChromium, measureConsoleLoad, measureProjector } from './browserBench';
import {
  measureDispatch,
  measureJournal,
  measureOpen,
  measureReduce,
  POINTS,
  PARTICIPANTS,
  seededHost,
} from './hostBench';
import { formatTable, type Figure } from './stats';
import { runExportBench } from './exports';
import { runLoadBench } from './load';
import { runPhonesBench } from './phones';
import { runRoomsBench } from './rooms';
import { runTeamBench } from './team';
import { measureServeStart } from './serveStart';
import { runTimeBench } from './time';
import { runTimerDisplayBench } from './timerDisplay';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// DIALOGRUM_DIST_DIR: measure a build made elsewhere than dist/ (engineers building side by side).
const staticDir = path.join(
  path.resolve(repoRoot, process.env.DIALOGRUM_DIST_DIR ?? 'dist'),
  'renderer',
);

function notMeasured(name: string, target: number, note: string): Figure {
  return { name, statistic: '—', value: null, unit: 'ms', target, note };
}

/** A group of figures from another bench; if it fails, one row says so and the rest go on. */
async function group(name: string, run: () => Promise<Figure[]> | Figure[]): Promise<Figure[]> {
  try {
    return await run();
  } catch (error) {
    const why = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return [
      { name, statistic: '—', value: null, unit: 'ms', target: null, note: `failed: ${why}` },
    ];
  }
}

/** A figure that could not be measured is reported as such, and the others still run. */
async function attempt(
  name: string,
  target: number,
  measure: () => Promise<Figure>,
): Promise<Figure> {
  try {
    return await measure();
  } catch (error) {
    const why = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return notMeasured(name, target, `failed: ${why}`);
  }
}

const GROUPS = [
  'foundation',
  'startup',
  'time',
  'rooms',
  'timer-display',
  'exports',
  'phones',
  'team',
  'load',
] as const;
type Group = (typeof GROUPS)[number];

/** `--only rooms,foundation` runs some groups (all by default), e.g. while working on one. */
function selectedGroups(argv: readonly string[]): ReadonlySet<Group> {
  const i = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (i < 0) return new Set(GROUPS);
  const arg = argv[i]!;
  const list = (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (argv[i + 1] ?? '')).split(
    ',',
  );
  const unknown = list.filter((g) => !(GROUPS as readonly string[]).includes(g));
  if (unknown.length > 0)
    throw new Error(`Unknown group ${unknown.join(', ')}; groups: ${GROUPS.join(', ')}`);
  return new Set(list as Group[]);
}

async function foundationFigures(dir: string, log: (text: string) => void): Promise<Figure[]> {
  const figures: Figure[] = [];
  log(`Workshop: ${POINTS} agenda points, ${PARTICIPANTS} participants. Data in ${dir}.`);
  figures.push(measureReduce(300));

  log('Seeding the host …');
  const host = await seededHost(path.join(dir, 'docs'));
  try {
    figures.push(...(await measureDispatch(host, 300)));
    figures.push(await measureJournal(dir, 500));

    if (existsSync(path.join(staticDir, 'index.html'))) {
      log('Measuring in Chromium …');
      const server = await startServer({ host, staticDir });
      const browser = await launchChromium();
      try {
        figures.push(
          await attempt('command → projector page updated', 30, () =>
            measureProjector(browser, server, 100),
          ),
        );
        figures.push(
          ...(await group('console page load figures', () =>
            measureConsoleLoad(browser, server, POINTS, PARTICIPANTS, 10),
          )),
        );
      } finally {
        await browser.close();
        await server.close();
      }
    } else {
      const why = `${staticDir} is not built (npm run build)`;
      figures.push(notMeasured('command → projector page updated', 30, why));
      figures.push(notMeasured('console page load to interactive', 500, why));
    }

    log('Opening a 5 MB workshop …');
    figures.push(...(await measureOpen(host, path.join(dir, 'docs'), 5)));
  } finally {
    await host.close();
  }
  return figures;
}

async function main(): Promise<void> {
  const only = selectedGroups(process.argv.slice(2));
  const dir = await mkdtemp(path.join(tmpdir(), 'dialogrum-bench-'));
  const figures: Figure[] = [];
  const log = (text: string) => process.stderr.write(`${text}\n`);
  const loadBefore = loadavg()[0] ?? 0;
  try {
    if (only.has('foundation')) figures.push(...(await foundationFigures(dir, log)));
    if (only.has('startup')) {
      log('Starting browser mode (npm run serve) …');
      figures.push(
        await attempt('npm run serve → address printed (build current)', 2000, () =>
          measureServeStart(repoRoot),
        ),
      );
    }
    if (only.has('time')) {
      log('Programme and timers …');
      figures.push(...(await group('programme and timer figures', () => runTimeBench())));
    }
    if (only.has('rooms')) {
      log('Rooms (matcher, host, idea wall in Chromium) …');
      figures.push(...(await group('rooms figures', () => runRoomsBench({ log }))));
    }
    if (only.has('timer-display')) {
      log('Timer display in Chromium …');
      figures.push(
        ...(await group('timer display figures', () => runTimerDisplayBench(undefined, staticDir))),
      );
    }
    if (only.has('exports')) {
      log('Exports …');
      figures.push(...(await group('export figures', () => runExportBench(log))));
    }
    if (only.has('phones'))
      figures.push(...(await group('phones figures', () => runPhonesBench({ log }))));
    if (only.has('team')) {
      log('Team devices (referent, co-facilitator, projector PC, 60 phones) …');
      figures.push(...(await group('team figures', () => runTeamBench({ log }))));
    }
    if (only.has('load'))
      figures.push(...(await group('load figures', () => runLoadBench({ log }))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  // Wall-clock figures on a shared machine depend on what else runs: say how busy it was.
  const load = loadavg()[0] ?? 0;
  console.log(
    `\nDialogrum benchmarks (Node ${process.version}, ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)} at start, ${load.toFixed(1)} at end)\n`,
  );
  console.log(formatTable(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
