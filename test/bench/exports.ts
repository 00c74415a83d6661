// The export benchmark (issue 6): a workshop with 5,000 actions and 2,000 ideas; each export's
// time and the exporting process's peak memory, beside their targets. Runs by itself:
//   node --import tsx test/bench/exports.ts
// or from another script through runExportBench(). It informs; it never fails a build.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cpus, loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createExportService } from '../../main/exporters/exportService';
import type { ExportFormat, ExportOptions } from '../../main/exporters/exportWorkshop';
import { bigWorkshop } from '../fixtures/exports/bigWorkshop';
import { formatTable, type Figure } from './stats';

export const BENCH_ACTIONS = 5_000;
export const BENCH_IDEAS = 2_000;
const TIME_TARGET_MS = 2_000;
const MEMORY_TARGET_MB = 300;
const RUNS = 3;

interface BenchCase {
  name: string;
  format: ExportFormat;
  perOrganisation?: boolean;
  /** As the app runs it: in the export worker thread, the host thread watched for stalls. */
  viaWorker?: boolean;
}

/** The host thread may pause this long at most while a worker exports (a command's budget). */
const STALL_TARGET_MS = 50;

const CASES: readonly BenchCase[] = [
  { name: 'xlsx', format: 'xlsx' },
  { name: 'xlsx, sheet per organisation', format: 'xlsx', perOrganisation: true },
  { name: 'csv', format: 'csv' },
  { name: 'md (minutes + list)', format: 'md' },
  { name: 'ics', format: 'ics' },
  { name: 'docx (minutes + list)', format: 'docx' },
  { name: 'docx, page per organisation', format: 'docx', perOrganisation: true },
  { name: 'json (.dialogrum)', format: 'json' },
  { name: 'xlsx in the worker thread', format: 'xlsx', perOrganisation: true, viaWorker: true },
  { name: 'docx in the worker thread', format: 'docx', viaWorker: true },
  { name: 'ics in the worker thread', format: 'ics', viaWorker: true },
];

interface ChildReport {
  wallMs: number[];
  cpuMs: number[];
  bytes: number;
  /** Resident memory with the workshop loaded, before exporting, and the process's peak. */
  baseMb: number;
  peakMb: number;
  /** viaWorker: the host thread's longest pause (event-loop delay) during each export, ms. */
  stallMs: number[];
}

/** In a fresh process: build the workshop, export RUNS times, report times and memory. */
async function measureInThisProcess(c: BenchCase): Promise<ChildReport> {
  const workshop = bigWorkshop({ actions: BENCH_ACTIONS, ideas: BENCH_IDEAS });
  const baseMb = process.memoryUsage().rss / 1_048_576;
  const report: ChildReport = { wallMs: [], cpuMs: [], bytes: 0, baseMb, peakMb: 0, stallMs: [] };
  // The exporters load only where they run: in the worker thread, the host thread never loads
  // exceljs or docx (as in the app, where every export goes through main/exporters/exportService).
  // The built worker (npm run build) when there is one: what the app runs, without tsx in the thread.
  const built = path.resolve(process.env.DIALOGRUM_DIST_DIR ?? 'dist', 'main/exportWorker.js');
  const service = c.viaWorker
    ? createExportService(existsSync(built) ? { workerFile: { file: built, ts: false } } : {})
    : null;
  const run = service
    ? async (w: typeof workshop, format: ExportFormat, options: ExportOptions) => {
        const [file] = await service.export(w, { ...options, format });
        if (!file) throw new Error('No file');
        return file;
      }
    : (await import('../../main/exporters/exportWorkshop')).exportWorkshop;
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage();
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const start = performance.now();
    const result = await run(workshop, c.format, {
      language: 'da',
      generatedAt: new Date(),
      perOrganisation: c.perOrganisation ?? false,
    });
    report.wallMs.push(performance.now() - start);
    delay.disable();
    report.stallMs.push(delay.max / 1e6);
    const used = process.cpuUsage(cpu);
    report.cpuMs.push((used.user + used.system) / 1000);
    report.bytes = result.bytes.length;
  }
  report.peakMb = process.resourceUsage().maxRSS / 1024;
  await service?.close();
  return report;
}

const self = fileURLToPath(import.meta.url);

function runChild(index: number): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', self, '--child', String(index)],
      { maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(stderr.trim().split('\n').at(-1) ?? error.message));
        else resolve(JSON.parse(stdout) as ChildReport);
      },
    );
  });
}

/**
 * Each export in its own process (so its memory is its own), RUNS times: the slowest run against
 * the time target (the first run loads the libraries, as a user's first export does), and the
 * process's peak resident memory against the memory target. CPU time is noted beside the wall
 * time: on a busy machine the wall time waits for the processor.
 */
export async function runExportBench(log: (text: string) => void = () => {}): Promise<Figure[]> {
  const figures: Figure[] = [];
  // EXPORT_BENCH_ONLY=worker: only the cases whose name contains it.
  const only = process.env.EXPORT_BENCH_ONLY ?? '';
  for (const [index, c] of CASES.entries()) {
    if (!c.name.includes(only)) continue;
    const r = await runChild(index);
    const ms = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
    const stall = c.viaWorker ? `; host pause ${ms(r.stallMs)} ms` : '';
    log(
      `  ${c.name}: wall ${ms(r.wallMs)} ms; cpu ${ms(r.cpuMs)} ms; peak ${r.peakMb.toFixed(0)} MB${stall}`,
    );
    figures.push({
      name: `export ${c.name}`,
      statistic: `max of ${RUNS}`,
      value: Math.max(...r.wallMs),
      unit: 'ms',
      target: TIME_TARGET_MS,
      note: `cpu ${ms(r.cpuMs)} ms; ${(r.bytes / 1_048_576).toFixed(1)} MB written`,
    });
    figures.push({
      name: `  peak memory, ${c.name}`,
      statistic: 'process peak RSS',
      value: r.peakMb,
      unit: 'MB',
      target: MEMORY_TARGET_MB,
      note: `${r.baseMb.toFixed(0)} MB with the workshop loaded, before exporting (tsx included)${c.viaWorker ? '; the worker thread included' : ''}`,
    });
    if (c.viaWorker) {
      figures.push({
        name: `  host thread's longest pause, ${c.name}`,
        statistic: `max of ${RUNS}`,
        value: Math.max(...r.stallMs),
        unit: 'ms',
        target: STALL_TARGET_MS,
        note: `event-loop delay while exporting: ${ms(r.stallMs)} ms (the workshop is copied to the worker)`,
      });
    }
  }
  return figures;
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) {
  const childAt = process.argv.indexOf('--child');
  if (childAt >= 0) {
    const c = CASES[Number(process.argv[childAt + 1])];
    if (!c) throw new Error('No such benchmark case');
    process.stdout.write(JSON.stringify(await measureInThisProcess(c)));
  } else {
    const log = (text: string) => process.stderr.write(`${text}\n`);
    log(`Export benchmark: ${BENCH_ACTIONS} actions, ${BENCH_IDEAS} ideas, ${RUNS} runs each …`);
    // Wall times mean little on a machine busy with other work: say how busy it was.
    log(`Load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores.`);
    const figures = await runExportBench(log);
    process.stdout.write(`${formatTable(figures)}\n`);
  }
}
