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
import { runRoomsBench } from './rooms';
import { runTimeBench } from './time';
import { runTimerDisplayBench } from './timerDisplay';

const staticDir = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

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

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dialogrum-bench-'));
  const figures: Figure[] = [];
  const log = (text: string) => process.stderr.write(`${text}\n`);
  try {
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
            await attempt('console page load to interactive', 500, () =>
              measureConsoleLoad(browser, server, POINTS, 10),
            ),
          );
        } finally {
          await browser.close();
          await server.close();
        }
      } else {
        const why = 'dist/renderer is not built (npm run build)';
        figures.push(notMeasured('command → projector page updated', 30, why));
        figures.push(notMeasured('console page load to interactive', 500, why));
      }

      log('Opening a 5 MB workshop …');
      figures.push(...(await measureOpen(host, path.join(dir, 'docs'), 5)));
    } finally {
      await host.close();
    }
    log('Programme and timers …');
    figures.push(...(await group('programme and timer figures', () => runTimeBench())));
    figures.push(...(await group('rooms figures', () => runRoomsBench())));
    log('Timer display in Chromium …');
    figures.push(...(await group('timer display figures', () => runTimerDisplayBench())));
    log('Exports …');
    figures.push(...(await group('export figures', () => runExportBench(log))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  // Wall-clock figures on a shared machine depend on what else runs: say how busy it was.
  const load = loadavg()[0] ?? 0;
  console.log(
    `\nDialogrum benchmarks (Node ${process.version}, ${cpus().length} CPUs, load average ${load.toFixed(1)})\n`,
  );
  console.log(formatTable(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
