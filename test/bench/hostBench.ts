import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { HostEvent } from '../../shared/api';
import { WorkshopSchema } from '../../shared/model/workshop';
import { parseCommand, reduce } from '../../shared/reducer';
import { createHost, type LocalHost } from '../../main/host/createHost';
import { Journal } from '../../main/host/journal';
import { JsonSettingsStore } from '../../main/settings/jsonSettingsStore';
import {
  applyCommands,
  bigDocumentText,
  workshopCommands,
  type CommandInput,
} from '../fixtures/workshops';
import { percentile, type Figure } from './stats';

export const POINTS = 200;
export const PARTICIPANTS = 60;
/** Point a2 has purpose decision (see the fixture), so all four rooms are in its plan. */
export const DECISION_POINT = 'a2';
const ROOMS = ['clarifying', 'developing', 'negotiating', 'acting'] as const;

export async function seededHost(dir: string): Promise<LocalHost> {
  const host = await createHost({
    documentsDir: dir,
    settings: new JsonSettingsStore(path.join(dir, 'settings.json')),
    onWarning: () => undefined,
  });
  for (const command of workshopCommands({ points: POINTS, participants: PARTICIPANTS })) {
    await host.handlers.dispatch(parseCommand(command));
  }
  await host.handlers.dispatch(parseCommand({ type: 'point.start', id: DECISION_POINT }));
  return host;
}

/** The i-th command of the steady workload: room changes and agenda edits, as in a meeting. */
export function workloadCommand(i: number): CommandInput {
  if (i % 2 === 0) return { type: 'room.goTo', room: ROOMS[(i / 2 + 1) % ROOMS.length]! };
  return {
    type: 'agenda.update',
    id: `a${1 + ((i * 37) % POINTS)}`,
    changes: { title: `Punkt redigeret ${i}` },
  };
}

/**
 * The in-memory step of a dispatch as the host runs it: validate the command, reduce. The whole
 * workshop is no longer validated per command (the reducer keeps the schema, see
 * shared/reducer.property.test.ts); what that check would cost is in the note.
 */
export function measureReduce(samples: number): Figure {
  let state = applyCommands([
    ...workshopCommands({ points: POINTS, participants: PARTICIPANTS }),
    { type: 'point.start', id: DECISION_POINT },
  ]);
  const times: number[] = [];
  const fullCheck: number[] = [];
  // CPU time too: on a busy machine the wall clock also counts waiting for a core.
  const cpu: number[] = [];
  for (let i = 0; i < samples; i++) {
    const input = workloadCommand(i);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const applied = reduce(state, parseCommand(input), { now: Date.now() });
    times.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
    const t1 = performance.now();
    WorkshopSchema.parse(applied.state);
    fullCheck.push(performance.now() - t1);
    state = applied.state;
  }
  // The first runs warm up the JIT; a meeting's commands come long after start.
  const warm = (xs: number[]) => xs.slice(20);
  return {
    name: 'dispatch → state applied in the host (command check + reduce)',
    statistic: `p95 of ${samples}`,
    value: percentile(warm(times), 95),
    unit: 'ms',
    target: 2,
    note:
      `median ${percentile(warm(times), 50).toFixed(2)} ms, CPU p95 ${percentile(warm(cpu), 95).toFixed(2)} ms; ` +
      `a whole-workshop schema check (now only when a file is opened) would add p95 ` +
      `${percentile(warm(fullCheck), 95).toFixed(2)} ms`,
  };
}

/** handlers.dispatch() to its acknowledgement and to the broadcast event: journal flush included. */
export async function measureDispatch(host: LocalHost, samples: number): Promise<Figure[]> {
  const toAck: number[] = [];
  const toEvent: number[] = [];
  let sentAt = 0;
  const unsubscribe = host.subscribe((event: HostEvent) => {
    if (event.type === 'patches') toEvent.push(performance.now() - sentAt);
  });
  for (let i = 0; i < samples; i++) {
    const command = parseCommand(workloadCommand(i));
    sentAt = performance.now();
    await host.handlers.dispatch(command);
    toAck.push(performance.now() - sentAt);
  }
  unsubscribe();
  return [
    {
      name: 'dispatch → patches broadcast (applied + journal flushed)',
      statistic: `p95 of ${samples}`,
      value: percentile(toEvent, 95),
      unit: 'ms',
      target: null,
      note: `median ${percentile(toEvent, 50).toFixed(2)} ms; includes one fdatasync per command and the periodic rewrite of the whole file`,
    },
    {
      name: 'dispatch → acknowledged',
      statistic: `p95 of ${samples}`,
      value: percentile(toAck, 95),
      unit: 'ms',
      target: null,
    },
  ];
}

/** One journal line written and flushed (fdatasync), with the patches of a real room change. */
export async function measureJournal(dir: string, samples: number): Promise<Figure> {
  const state = applyCommands([
    ...workshopCommands({ points: 3, participants: 4 }),
    { type: 'point.start', id: DECISION_POINT },
  ]);
  const { patches } = reduce(state, parseCommand({ type: 'room.next' }), { now: Date.now() });
  const journal = await Journal.open(path.join(dir, 'bench.dialogrum.journal'));
  const times: number[] = [];
  try {
    for (let i = 1; i <= samples; i++) {
      const t0 = performance.now();
      await journal.append({ revision: i, patches });
      times.push(performance.now() - t0);
    }
  } finally {
    await journal.close();
  }
  return {
    name: 'journal append per command (write + fdatasync)',
    statistic: `p95 of ${samples}`,
    value: percentile(times, 95),
    unit: 'ms',
    target: 2,
    note: `median ${percentile(times, 50).toFixed(2)} ms; bound by this disk's fdatasync`,
  };
}

/** Opening a 5 MB workshop file in the host: read, parse, migrate, validate, journal replay. */
export async function measureOpen(
  host: LocalHost,
  dir: string,
  samples: number,
): Promise<Figure[]> {
  const text = bigDocumentText(5 * 1024 * 1024);
  const files = [path.join(dir, 'big-a.dialogrum'), path.join(dir, 'big-b.dialogrum')];
  await writeFile(files[0]!, text);
  await copyFile(files[0]!, files[1]!);
  const times: number[] = [];
  // Alternate two copies: opening the document that is already open does nothing.
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    const snapshot = await host.handlers.openDocument({ path: files[i % 2]! });
    times.push(performance.now() - t0);
    if (snapshot.workshop.ideas.length === 0) throw new Error('The big workshop opened empty');
  }
  global.gc?.();
  return [
    {
      name: `open a ${(text.length / 1024 / 1024).toFixed(1)} MB workshop file`,
      statistic: `median of ${samples}`,
      value: percentile(times, 50),
      unit: 'ms',
      target: 200,
      note: `worst of ${samples}: ${Math.max(...times).toFixed(1)} ms`,
    },
    {
      name: 'heap of the bench process with the 5 MB workshop open',
      statistic: 'after open',
      value: process.memoryUsage().heapUsed / 1024 / 1024,
      unit: 'MB',
      target: null,
    },
  ];
}
