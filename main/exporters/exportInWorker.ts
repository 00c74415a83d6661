import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Workshop } from '../../shared/model/workshop';
import type { ExportFormat, ExportOptions, ExportResult } from './exportWorkshop';
import type { WorkerReply, WorkerTask } from './exportWorkerProtocol';

/**
 * Where the worker's code is: beside the bundle that runs (dist/main/exportWorker.js, also from
 * dist/main/electron/), or the TypeScript source when running from source (tests, tsx).
 */
export function findWorkerFile(base: string = import.meta.url): { file: string; ts: boolean } {
  for (const candidate of ['./exportWorker.js', '../exportWorker.js']) {
    const file = fileURLToPath(new URL(candidate, base));
    if (existsSync(file)) return { file, ts: false };
  }
  return { file: fileURLToPath(new URL('./exportWorker.ts', base)), ts: true };
}

interface Pending {
  resolve: (results: ExportResult[]) => void;
  reject: (error: Error) => void;
}

/** Runs exports: the file(s) of each (several for a docx with a file per organisation). */
export interface Exporter {
  run(workshop: Workshop, format: ExportFormat, options: ExportOptions): Promise<ExportResult[]>;
  close(): Promise<void>;
}

/** An idle worker is stopped after this long: its Office libraries hold ~100 MB the host needs not keep. */
export const WORKER_IDLE_MS = 60_000;

/**
 * A smaller young generation than V8's default for the thread (its semi-spaces grow to 16 MB
 * each, three of them): the exporters make many short-lived objects, and collecting them sooner
 * keeps ~20 MB off the process's peak (test/bench/exports.ts) for a few ms more per export.
 * A bounded old generation: under 2 GB, V8 lets the heap grow to ~1.6× the live data between
 * full collections instead of 4×, so the garbage of the last exports is collected before the
 * next one piles on (50–65 MB off the peak). A workshop ten times the benchmark's (50,000
 * actions) still exports within 1 GB; past it the export fails with an error, the host lives on.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1024 };

/**
 * Exports in a worker thread: one thread, started at the first export and kept for the next ones
 * (the Office libraries load once), stopped after `idleMs` without exports, never keeping the
 * process alive. A crashed thread fails the
 * exports it had and is replaced at the next one.
 */
export function createWorkerExporter(
  workerFile = findWorkerFile(),
  idleMs = WORKER_IDLE_MS,
): Exporter & { readonly started: boolean; readonly starts: number } {
  let worker: Worker | null = null;
  let starts = 0;
  let idle: ReturnType<typeof setTimeout> | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    starts++;
    // From source (tests, tsx), the worker loads its TypeScript through tsx's API: an
    // `--import tsx` in execArgv does not reach a worker's own entry file on Node 20.
    const w = workerFile.ts
      ? new Worker(
          `import('tsx/esm/api').then((m) => m.tsImport(${JSON.stringify(pathToFileURL(workerFile.file).href)}, ${JSON.stringify(import.meta.url)}))`,
          { eval: true, resourceLimits: WORKER_LIMITS },
        )
      : // The built worker is plain JavaScript: none of the host's loader flags (a `--import tsx`
        // would load tsx into the thread and turn on source maps, parsing the 8 MB map: ~70 MB).
        new Worker(workerFile.file, { execArgv: [], resourceLimits: WORKER_LIMITS });
    w.on('message', (reply: WorkerReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.results.map((r) => ({ ...r, bytes: new Uint8Array(r.bytes) })));
      else p.reject(new Error(reply.message));
      if (pending.size === 0) {
        w.unref();
        idle = setTimeout(() => {
          if (worker === w && pending.size === 0) {
            worker = null;
            void w.terminate();
          }
        }, idleMs);
        idle.unref();
      }
    });
    // Only the current worker's end fails the exports: an idle one stopped on purpose has none.
    w.on('error', (error) => {
      if (worker !== w) return;
      worker = null;
      failAll(error);
    });
    w.on('exit', (code) => {
      if (worker !== w) return;
      worker = null;
      failAll(new Error(`The export worker stopped (exit code ${code})`));
    });
    return w;
  };

  return {
    get started() {
      return worker !== null;
    },
    /** Threads started so far: one per process, unless one crashed or idled out. */
    get starts() {
      return starts;
    },
    run(workshop, format, options) {
      if (idle) clearTimeout(idle);
      worker ??= start();
      const w = worker;
      const id = nextId++;
      const { generatedAt, ...rest } = options;
      const task: WorkerTask = {
        id,
        workshop,
        format,
        generatedAt: generatedAt.getTime(),
        options: rest,
      };
      return new Promise<ExportResult[]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.ref();
        w.postMessage(task);
      });
    },
    async close() {
      if (idle) clearTimeout(idle);
      const w = worker;
      worker = null;
      failAll(new Error('The exporter is closed'));
      if (w) await w.terminate();
    },
  };
}
