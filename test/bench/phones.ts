// Phones benchmark (issue 8): 60 phones on loopback, an idea a second each (free mode) for a
// minute: a phone's send → the projector's update p95 < 50 ms, host memory growth < 50 MB (the
// phones and projector run in a child process). Then the probe's attacks (main/server/phones/
// phoneAbuseBench.ts). Alone: `node --import tsx test/bench/phones.ts`; DIALOGRUM_PHONES_BENCH_SECONDS.
import { fork, type ChildProcess } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import type { Patch } from 'immer';
import type { WsServerMessage } from '../../shared/wsProtocol';
import { PHONE_WS_PATH } from '../../shared/phones/protocol';
import { parseCommand } from '../../shared/reducer';
import type { CommandInput } from '../../shared/testing/commandCases';
import { createHost } from '../../main/host/createHost';
import { startServer } from '../../main/server/httpServer';
import { withAbuseFigures } from './phoneAbuseBench';
import { PhoneService } from '../../main/server/phones/phoneService';
import { JsonSettingsStore } from '../../main/settings/jsonSettingsStore';
import { formatTable, percentile, type Figure } from './stats';

const CHILD_VARIABLE = 'DIALOGRUM_PHONES_BENCH_CHILD';
const SECONDS_VARIABLE = 'DIALOGRUM_PHONES_BENCH_SECONDS';
const PHONES = Number(process.env.DIALOGRUM_PHONES_BENCH_PHONES) || 60; // fewer: find saturation
const POINT = 'bench-point';

interface ChildConfig {
  consoleWs: string;
  consoleOrigin: string;
  phoneOrigin: string;
  code: string;
  participantIds: string[];
  seconds: number;
}

interface ChildResult {
  latencies: number[];
  sent: number;
  acknowledged: number;
  refused: Record<string, number>;
  viewBytes: number;
}

function seedCommands(participantIds: string[]): CommandInput[] {
  return [
    { type: 'workshop.update', title: 'Telefoner' },
    ...participantIds.map((id, n) => ({
      type: 'participant.add' as const,
      participant: {
        id,
        name: `Deltager ${n + 1}`,
        title: '',
        organisation: 'Kommune',
        present: true,
      },
    })),
    {
      type: 'agenda.add',
      point: { id: POINT, title: 'Idéer', purpose: 'decision', plannedMinutes: 60, presenter: '' },
    },
    { type: 'point.start', id: POINT },
    { type: 'room.goTo', room: 'developing' },
    { type: 'turns.setup', pointId: POINT, order: participantIds },
    { type: 'turns.change', pointId: POINT, mode: 'free' },
  ];
}

function memoryMb(): { rss: number; heap: number } {
  globalThis.gc?.();
  const { rss, heapUsed: heap } = process.memoryUsage();
  return { rss: rss / 2 ** 20, heap: heap / 2 ** 20 };
}

async function runMeetingBench(
  options: { seconds?: number; log?: (text: string) => void } = {},
): Promise<Figure[]> {
  const seconds = options.seconds ?? (Number(process.env[SECONDS_VARIABLE]) || 60);
  const log = options.log ?? (() => undefined);
  const dir = await mkdtemp(path.join(tmpdir(), 'dialogrum-phones-bench-'));
  // The phone page is not needed: the phones speak the WebSocket directly.
  // All on 127.0.0.1 here (on a network each phone has its own address): per-address caps raised.
  const limits = { socketsPerAddress: PHONES * 2 + 8, connectionsPerAddress: PHONES * 2 + 48 };
  const phones = new PhoneService({ staticDir: dir, hostname: '127.0.0.1', port: 0, limits });
  const host = await createHost({
    documentsDir: path.join(dir, 'docs'),
    settings: new JsonSettingsStore(path.join(dir, 'settings.json')),
    onWarning: () => undefined,
    joining: phones,
  });
  const server = await startServer({ host, staticDir: dir });
  let child: ChildProcess | null = null;
  try {
    const participantIds = Array.from({ length: PHONES }, (_, n) => `p${n + 1}`);
    for (const command of seedCommands(participantIds)) {
      await host.handlers.dispatch(parseCommand(command));
    }
    // How long the host itself takes per idea (reduce, journal flush, broadcast), to tell the
    // host's share of the latency from the phones' and the machine's.
    const dispatchMs: number[] = [];
    const dispatch = host.handlers.dispatch;
    host.handlers.dispatch = async (command) => {
      const t0 = performance.now();
      try {
        return await dispatch(command);
      } finally {
        dispatchMs.push(performance.now() - t0);
      }
    };
    const join = await host.handlers.openJoining(undefined);
    if (!join.open || !join.code || !join.url)
      throw new Error(join.problem ?? 'joining did not open');
    const config: ChildConfig = {
      consoleWs: `ws://127.0.0.1:${server.port}/ws`,
      consoleOrigin: `http://127.0.0.1:${server.port}`,
      phoneOrigin: new URL(join.url).origin,
      code: join.code,
      participantIds,
      seconds,
    };
    log(`Phones: ${PHONES} phones, an idea a second each for ${seconds} s …`);
    const here = fileURLToPath(import.meta.url);
    const started = fork(here, [], {
      execArgv: process.execArgv,
      env: { ...process.env, [CHILD_VARIABLE]: '1' },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child = started;
    const result = new Promise<ChildResult>((resolve, reject) => {
      started.on('message', (message) => {
        const m = message as { ready?: true } | { result: ChildResult } | { error: string };
        if ('error' in m) reject(new Error(m.error));
        else if ('result' in m) resolve(m.result);
        else if ('ready' in m) baseline = memoryMb(); // every phone joined, none has sent yet
      });
      started.on('exit', (code) => reject(new Error(`the phones' process ended (${code})`)));
    });
    let baseline = memoryMb();
    let peak = baseline.rss;
    const sampler = setInterval(
      () => (peak = Math.max(peak, process.memoryUsage().rss / 2 ** 20)),
      1000,
    );
    started.send(config);
    const outcome = await result.finally(() => clearInterval(sampler));
    const end = memoryMb();
    const kept = (await host.handlers.getState(undefined)).workshop.ideas.length;
    const refused = Object.entries(outcome.refused)
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    return [
      {
        name: `phone send → projector update (${PHONES} phones, an idea a second each, ${seconds} s)`,
        statistic: `p95 of ${outcome.latencies.length}`,
        value: percentile(outcome.latencies, 95),
        unit: 'ms',
        target: 50,
        note:
          `p50 ${percentile(outcome.latencies, 50).toFixed(1)} ms, max ${Math.max(...outcome.latencies).toFixed(1)} ms; ` +
          `${outcome.sent} sent, ${outcome.acknowledged} acknowledged, ${kept} ideas kept` +
          (refused ? `, refused: ${refused}` : '') +
          `; ${(outcome.viewBytes / 2 ** 20).toFixed(1)} MB of phone views received; host dispatch ` +
          `(reduce, journal flush, broadcast) p50 ${percentile(dispatchMs, 50).toFixed(1)} ms, ` +
          `p95 ${percentile(dispatchMs, 95).toFixed(1)} ms`,
      },
      {
        name: 'host memory growth over the run (resident)',
        statistic: `end − start`,
        value: end.rss - baseline.rss,
        unit: 'MB',
        target: 50,
        note:
          `peak ${(peak - baseline.rss).toFixed(1)} MB over the start; JS heap ${baseline.heap.toFixed(0)} → ${end.heap.toFixed(0)} MB` +
          (globalThis.gc ? '' : ' (no --expose-gc: measured without a forced GC)'),
      },
    ];
  } finally {
    child?.kill();
    await server.close();
    await host.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The phones' figures: the meeting above, then the probe's attacks (phoneAbuseBench.ts). */
export const runPhonesBench = withAbuseFigures(runMeetingBench);

// ---- The phones' side, in the child process ----

function open(url: string, origin: string): Promise<WebSocket> {
  const ws = new WebSocket(url, { origin });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

async function runPhones(config: ChildConfig): Promise<ChildResult> {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const refused: Record<string, number> = {};
  let acknowledged = 0;
  let viewBytes = 0;

  const projector = await open(config.consoleWs, config.consoleOrigin);
  projector.on('message', (data) => {
    const received = performance.now();
    const message = JSON.parse(data.toString()) as WsServerMessage;
    if (!('event' in message) || message.event.type !== 'patches') return;
    for (const patch of message.event.patches as Patch[]) {
      if (patch.op !== 'add' || patch.path[0] !== 'ideas') continue;
      const id = (patch.value as { id?: string }).id ?? '';
      const t0 = sentAt.get(id);
      if (t0 === undefined) continue;
      latencies.push(received - t0);
      sentAt.delete(id);
    }
  });

  const phones: WebSocket[] = [];
  for (const participantId of config.participantIds) {
    const url = `${config.phoneOrigin.replace(/^http/, 'ws')}${PHONE_WS_PATH}?code=${config.code}`;
    const ws = await open(url, config.phoneOrigin);
    await new Promise<void>((resolve, reject) => {
      ws.once('message', (data) => {
        const m = JSON.parse(data.toString()) as { response?: { ok: boolean } };
        if (m.response?.ok) resolve();
        else reject(new Error(`join refused: ${data.toString()}`));
      });
      ws.send(JSON.stringify({ id: 0, name: 'join', payload: { participantId } }));
    });
    ws.on('message', (data: Buffer) => {
      // Views are only counted: a phone's own rendering is not the host's work.
      if (data[2] === 0x76 /* {"view" */) {
        viewBytes += data.length;
        return;
      }
      const m = JSON.parse(data.toString()) as {
        id?: number;
        response?: { ok: boolean; error?: { code: string } };
      };
      if (!m.response) return;
      if (m.response.ok) acknowledged += 1;
      else
        refused[m.response.error?.code ?? '?'] = (refused[m.response.error?.code ?? '?'] ?? 0) + 1;
    });
    phones.push(ws);
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  process.send?.({ ready: true });

  let sent = 0;
  const periodMs = 1000;
  const start = performance.now() + 200;
  const timers = phones.map((ws, n) => {
    let k = 0;
    const tick = () => {
      if (k >= config.seconds) return;
      const id = `b-${n}-${k}`;
      sentAt.set(id, performance.now());
      ws.send(
        JSON.stringify({
          id: k + 1,
          name: 'addIdea',
          payload: { id, text: `Idé ${k + 1} fra telefon ${n + 1}` },
        }),
      );
      sent += 1;
      k += 1;
      // Scheduled from the start, not from the last send, so a slow tick does not drift.
      const next = start + (n / phones.length) * periodMs + k * periodMs - performance.now();
      timer = setTimeout(tick, Math.max(0, next));
    };
    let timer = setTimeout(tick, start + (n / phones.length) * periodMs - performance.now());
    return () => clearTimeout(timer);
  });
  const deadline = Date.now() + config.seconds * periodMs + 5_000;
  while (Date.now() < deadline && (sent < phones.length * config.seconds || sentAt.size > 0)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const stop of timers) stop();
  for (const ws of [...phones, projector]) ws.close();
  return { latencies, sent, acknowledged, refused, viewBytes };
}

if (process.env[CHILD_VARIABLE]) {
  process.once('message', (config) => {
    runPhones(config as ChildConfig).then(
      (result) => process.send?.({ result }, () => process.exit(0)),
      (error: unknown) =>
        process.send?.({ error: error instanceof Error ? error.message : String(error) }, () =>
          process.exit(1),
        ),
    );
  });
} else if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(formatTable(await runPhonesBench({ log: (t) => process.stderr.write(`${t}\n`) })));
}
