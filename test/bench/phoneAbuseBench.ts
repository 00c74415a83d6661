import {
  consoleAlive,
  floodFromOne,
  idleSockets,
  joinFlood,
} from '../../main/server/phones/abuseProbes';
import {
  developingMeeting,
  joinAs,
  startPhonesFixture,
} from '../../main/server/phones/phoneTestSupport';
import type { Figure } from './stats';

function rssMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().rss / 2 ** 20;
}

/**
 * The abuse suite's attacks as bench figures, on loopback: one participant on 40 connections,
 * 300 idle sockets, 5,000 joins. Counts go in the notes, against the caps.
 */
export async function runAbuseFigures(): Promise<Figure[]> {
  const f = await startPhonesFixture({ limits: { unjoinedMs: 1000 } });
  try {
    await f.dispatch(...developingMeeting());
    await f.dispatch({ type: 'turns.change', pointId: 'pt1', mode: 'free' });
    const { origin, code, port } = await f.open();
    const before = rssMb();
    const { phone, token } = await joinAs(origin, code, 'p1');
    const flood = await floodFromOne(f, origin, token, 40, 8000);
    phone.close();
    const t0 = performance.now();
    const idle = await idleSockets(f, port, code, 300, 2500);
    const idleMs = performance.now() - t0 - 2500;
    const joins = await joinFlood(f, origin, code, ['p1', 'p2', 'p3', 'nobody'], 5000);
    const alive = await consoleAlive(f, 'bench');
    const after = rssMb();
    const refused = Object.entries(joins.refused)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    return [
      {
        name: 'console join traffic during 5,000 joins from one address',
        statistic: 'bytes of join events',
        value: joins.consoleJoinBytes / 2 ** 20,
        unit: 'MB',
        target: 0.1,
        note:
          `${joins.sent} sent: ${joins.joined} joined, ${joins.asked} asked the facilitator, ` +
          `refused ${refused}; ${joins.phones} entries on the console's list`,
      },
      {
        name: '300 idle phone sockets, then the console page and Save As',
        statistic: '300 upgrades + GET / + saveDocumentAs',
        value: idleMs,
        unit: 'ms',
        target: 10_000,
        note:
          `${idle.opened} opened (cap 8 per address), ${idle.refused} refused ("${idle.reason}"); ` +
          `${idle.openAfterWait} still open after the unjoined timeout; console and Save As ` +
          (idle.alive && alive ? 'worked throughout' : 'FAILED'),
      },
      {
        name: 'host memory growth over the abuse run (resident)',
        statistic: 'end − start',
        value: after - before,
        unit: 'MB',
        target: 50,
        note:
          `one participant on 40 connections for 8 s: ${flood.connected} connected, ` +
          `${flood.sent} ideas sent, ${flood.accepted} accepted (one shared bucket: ≤ 10 + 5/s), ` +
          `${flood.tooFast} told too-fast`,
      },
    ];
  } finally {
    await f.done();
  }
}

/** A bench's figures followed by the abuse figures (for test/bench/phones.ts). */
export function withAbuseFigures<O extends { log?: (text: string) => void }>(
  bench: (options?: O) => Promise<Figure[]>,
): (options?: O) => Promise<Figure[]> {
  return async (options) => {
    const figures = await bench(options);
    options?.log?.('Phones: 40 connections of one person, 300 idle sockets, 5,000 joins …');
    return [...figures, ...(await runAbuseFigures())];
  };
}
