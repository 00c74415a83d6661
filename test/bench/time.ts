// Time benchmarks (issue 5): parsing a pasted 200-line programme, and the pure part of a timer
// display update. Runs alone (`node --import tsx test/bench/time.ts`) or from test/bench/run.ts
// via runTimeBench(). Informs; never fails the build.
import { realpathSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { programmeToImport } from '../../shared/programme/importProgramme';
import { parseProgramme } from '../../shared/programme/parseProgramme';
import { newTimer, start, timerStatus } from '../../shared/timer';
import { formatTable, percentile, type Figure } from './stats';

const TALKS = ['Velkomst', 'Oplæg: Sammenhæng for borgeren', 'Workshop', 'Drøftelse i grupper'];
const PRESENTERS = ['Mickael', 'Kirsten Jørgensen', 'Region Nordjylland', 'Anne Mejlholm'];

/**
 * A realistic, long programme of exactly `lines` lines: items in the usual Danish forms (en and
 * em dashes, "kl.", "v." and "ved"), breaks, detail lines under items, and a few lines that
 * cannot be read (a heading, a broken time).
 */
export function programmeText(lines: number): string {
  const out: string[] = ['Program (foreløbige tidsangivelser)'];
  let minute = 7 * 60;
  const clock = (m: number, sep: string) =>
    `${Math.floor(m / 60)}${sep}${String(m % 60).padStart(2, '0')}`;
  for (let n = 0; out.length < lines; n++) {
    const length = n % 7 === 6 ? 10 : 5;
    const from = clock(minute, n % 3 === 0 ? ':' : '.');
    const to = clock(minute + length, n % 3 === 0 ? ':' : '.');
    const dash = ['–', '-', '—', ' til '][n % 4]!;
    if (n % 7 === 6) out.push(`${from}${dash}${to} Pause`);
    else if (n % 5 === 0)
      out.push(`kl. ${from}${dash}${to} ${TALKS[n % 4]}, v. ${PRESENTERS[n % 4]}`);
    else out.push(`${from} ${dash} ${to} ${TALKS[n % 4]} ved ${PRESENTERS[(n + 1) % 4]}`);
    if (n % 3 === 1 && out.length < lines) out.push(`  A: Spor om udskrivelse, lokale ${n}`);
    if (n % 3 === 1 && out.length < lines) out.push(`  B: Spor om medicinlister, lokale ${n + 1}`);
    if (n % 40 === 20 && out.length < lines) out.push('9.70-9.80 forkert tid');
    minute += length;
  }
  return out.slice(0, lines).join('\n');
}

interface Samples {
  /** Wall-clock ms: what a user waits, including time the OS gave to other processes. */
  wall: number[];
  /** CPU ms of this process: the work itself, whatever else the machine is doing. */
  cpu: number[];
}

function time(samples: number, warmup: number, run: () => void): Samples {
  for (let i = 0; i < warmup; i++) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < samples; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

const load = () => `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`;
const wallNote = (s: Samples) =>
  `wall clock median ${percentile(s.wall, 50).toFixed(2)} ms, p95 ${percentile(s.wall, 95).toFixed(2)} ms (${load()})`;

export function runTimeBench(samples = 500): Figure[] {
  const text = programmeText(200);
  const parsed = parseProgramme(text);
  const parse = time(samples, 50, () => parseProgramme(text));
  let n = 0;
  const toCommand = time(samples, 50, () =>
    programmeToImport(parseProgramme(text).items, () => `id${n++}`, { gapTitle: 'Pause' }),
  );
  // The pure part of one display update: the status of every timer a screen shows.
  const timers = [0, 1, 2, 3].map((i) => start(newTimer((10 + i) * 60_000), 1_000 * i));
  let sink = 0;
  const status = time(samples * 20, 1_000, () => {
    for (const t of timers) sink += timerStatus(t, 5 * 60_000).remainingMs;
  });
  if (sink < 0) throw new Error('unreachable: keeps the loop from being optimised away');
  return [
    {
      name: 'parse a 200-line programme',
      statistic: `p95 CPU of ${samples}`,
      value: percentile(parse.cpu, 95),
      unit: 'ms',
      target: 5,
      note: `${parsed.items.length} items, ${parsed.unread.length} unread; ${wallNote(parse)}`,
    },
    {
      name: 'parse + agenda.import command (200 lines)',
      statistic: `p95 CPU of ${samples}`,
      value: percentile(toCommand.cpu, 95),
      unit: 'ms',
      target: 5,
      note: wallNote(toCommand),
    },
    {
      name: 'timerStatus() for 4 timers (pure part of a display update)',
      statistic: `p95 wall of ${samples * 20}`,
      value: percentile(status.wall, 95),
      unit: 'ms',
      target: 1,
      note: 'the < 1 ms per update in Chromium includes rendering: measured with the UI',
    },
  ];
}

const isMain = (() => {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();

if (isMain) {
  console.log(`Dialogrum time benchmarks (Node ${process.version})\n`);
  console.log(formatTable(runTimeBench()));
}
