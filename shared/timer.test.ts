import { describe, expect, it } from 'vitest';
import { parseDocument, serializeDocument } from './document/format';
import { seededRandom } from './draw';
import { emptyWorkshop } from './model/workshop';
import { readTimer } from './programme/timerTargets';
import { run } from './testing/fixture';
import {
  elapsed,
  extend,
  newTimer,
  pause,
  remaining,
  reset,
  start,
  timerStatus,
  TimerSchema,
  type Timer,
} from './timer';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 25, 8, 0); // 9.00 in Copenhagen

describe('timer arithmetic against a fake clock', () => {
  it('counts only running time across pause and resume', () => {
    let t = start(newTimer(10 * MIN), T0);
    expect(remaining(t, T0 + 3 * MIN)).toBe(7 * MIN);
    t = pause(t, T0 + 3 * MIN);
    // Paused for an hour: nothing passes.
    expect(remaining(t, T0 + 63 * MIN)).toBe(7 * MIN);
    t = start(t, T0 + 63 * MIN);
    expect(remaining(t, T0 + 65 * MIN)).toBe(5 * MIN);
  });

  it('extends by +1 and +5 minutes while running or paused, and never below nothing', () => {
    let t = start(newTimer(10 * MIN), T0);
    t = extend(t, MIN);
    expect(remaining(t, T0 + 10 * MIN)).toBe(MIN);
    t = pause(t, T0 + 10 * MIN);
    t = extend(t, 5 * MIN);
    expect(remaining(t, T0 + 99 * MIN)).toBe(6 * MIN);
    expect(extend(t, -60 * MIN).duration).toBe(0);
  });

  it('starting a running timer or pausing a paused one changes nothing', () => {
    const running = start(newTimer(MIN), T0);
    expect(start(running, T0 + 5_000)).toBe(running);
    const paused = pause(running, T0 + 5_000);
    expect(pause(paused, T0 + 9_000)).toBe(paused);
  });

  it('resets to the given length, running on if it ran', () => {
    const t = extend(start(newTimer(10 * MIN), T0), 5 * MIN);
    const r = reset(t, 10 * MIN, T0 + 4 * MIN);
    expect(remaining(r, T0 + 5 * MIN)).toBe(9 * MIN);
    const p = reset(pause(t, T0 + MIN), 10 * MIN, T0 + 4 * MIN);
    expect(remaining(p, T0 + 30 * MIN)).toBe(10 * MIN);
  });
});

describe('timerStatus', () => {
  const t = start(newTimer(10 * MIN), T0);
  const at = (ms: number) => timerStatus(t, T0 + ms);

  it('is normal with more than 20 % left, amber at 20 % or less', () => {
    expect(at(7 * MIN).phase).toBe('normal');
    expect(at(8 * MIN - 1).phase).toBe('normal');
    expect(at(8 * MIN)).toMatchObject({ phase: 'amber', remainingMs: 2 * MIN, overrunMs: 0 });
    expect(at(10 * MIN - 1).phase).toBe('amber');
  });

  it('is red at the end, then counts the overrun up', () => {
    expect(at(10 * MIN)).toMatchObject({ phase: 'red', remainingMs: 0, overrunMs: 0 });
    expect(at(10 * MIN + 999).phase).toBe('red');
    expect(at(10 * MIN + 1_000)).toMatchObject({ phase: 'overrun', overrunMs: 1_000 });
    expect(at(13 * MIN)).toMatchObject({ phase: 'overrun', remainingMs: 0, overrunMs: 3 * MIN });
  });

  it('says whether it runs', () => {
    expect(at(0).running).toBe(true);
    expect(timerStatus(pause(t, T0 + MIN), T0 + 2 * MIN)).toMatchObject({
      running: false,
      remainingMs: 9 * MIN,
    });
  });
});

describe('a timer survives a restart of the host', () => {
  it('reads the same time left after the workshop is saved and opened again', () => {
    const started = run(emptyWorkshop('w'), [], T0);
    let w = run(
      started,
      [
        {
          type: 'agenda.add',
          point: {
            id: 'a',
            title: 'Oplæg',
            purpose: 'decision',
            plannedMinutes: 30,
            presenter: '',
          },
        },
        { type: 'room.setBudget', pointId: 'a', room: 'clarifying', minutes: 8 },
      ],
      T0 - 2,
    );
    w = run(w, [{ type: 'point.start', id: 'a' }], T0);
    w = run(
      w,
      [{ type: 'timer.extend', target: { kind: 'point', pointId: 'a' }, minutes: 5 }],
      T0 + 4 * MIN,
    );
    w = run(
      w,
      [
        {
          type: 'timer.control',
          target: { kind: 'room', pointId: 'a', room: 'clarifying' },
          action: 'pause',
        },
      ],
      T0 + 6 * MIN,
    );
    const targets = [
      { kind: 'point', pointId: 'a' },
      { kind: 'room', pointId: 'a', room: 'clarifying' },
    ] as const;
    // The host stops at 9.07 and comes back at 9.20: the file is all that is left.
    const reopened = parseDocument(serializeDocument(w, 7, new Date(T0 + 7 * MIN))).workshop;
    expect(reopened).toEqual(w);
    for (const now of [T0 + 7 * MIN, T0 + 20 * MIN, T0 + 2 * 60 * MIN]) {
      for (const target of targets) {
        const before = readTimer(w, target)!;
        const after = readTimer(reopened, target)!;
        expect(remaining(after, now)).toBe(remaining(before, now));
      }
    }
    // The point ran on while the host was down (it is time on the clock); the paused room did not.
    expect(remaining(readTimer(reopened, targets[0])!, T0 + 20 * MIN)).toBe(15 * MIN);
    expect(remaining(readTimer(reopened, targets[1])!, T0 + 20 * MIN)).toBe(2 * MIN);
  });
});

describe('no drift', () => {
  /**
   * Why there can be none: a reading is duration − (accumulated + now − startedAt), computed
   * afresh from the clock at every sample, never by adding up ticks. All values are whole
   * milliseconds far below 2^53, so every sum is exact in a double. A late, skipped or doubled
   * display update therefore changes when a number is shown, never what it is.
   */
  it('a two-hour run sampled every second (late ticks, a pause, a restart) is exact', () => {
    const random = seededRandom(7);
    const duration = 2 * 60 * MIN;
    let timer: Timer = start(newTimer(duration), T0);
    let clock = T0;
    let counted = duration; // what a display that counts its own ticks would show
    let pausedFor = 0;
    let pausedAt = 0;
    let worst = 0;
    for (let tick = 1; clock - T0 - pausedFor < duration; tick++) {
      // A busy renderer: each tick comes 0–40 ms late, and the lateness adds up.
      const step = 1_000 + Math.floor(random() * 40);
      clock += step;
      if (timer.startedAt !== null) counted -= 1_000;
      if (tick === 1800) {
        timer = pause(timer, clock);
        pausedAt = clock;
      }
      if (tick === 1900) {
        pausedFor += clock - pausedAt;
        timer = start(timer, clock);
      }
      if (tick === 3600) timer = TimerSchema.parse(JSON.parse(JSON.stringify(timer)));
      const ranUntil = timer.startedAt === null ? pausedAt : clock;
      const truth = duration - (ranUntil - T0 - pausedFor);
      worst = Math.max(worst, Math.abs(remaining(timer, clock) - truth));
    }
    expect(worst).toBeLessThan(100);
    expect(worst).toBe(0);
    // The same run counted in ticks is minutes off: the test can tell drift when there is some.
    expect(Math.abs(counted - remaining(timer, clock))).toBeGreaterThan(60_000);
    expect(elapsed(timer, clock)).toBe(clock - T0 - pausedFor);
  });
});
