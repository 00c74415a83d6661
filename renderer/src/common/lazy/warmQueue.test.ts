import { describe, expect, it } from 'vitest';
import { createWarmQueue } from './warmQueue';

/** An idle scheduler the test runs by hand: each call is one idle slice. */
function manualIdle() {
  const slices: Array<() => void> = [];
  return {
    schedule: (work: () => void) => void slices.push(work),
    slices,
    /** Runs the next idle slice and lets its loader settle. */
    async runOne() {
      slices.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

describe('warming the parts that open on demand', () => {
  it('loads nothing before it starts, then one part per idle slice, in order', async () => {
    const idle = manualIdle();
    const loaded: string[] = [];
    let done = 0;
    const queue = createWarmQueue(idle.schedule, () => done++);
    for (const name of ['ExportScreen', 'SettingsDialog', 'QrCode']) {
      queue.add(async () => void loaded.push(name));
    }
    expect(idle.slices).toHaveLength(0);
    queue.start();
    expect(idle.slices).toHaveLength(1);
    await idle.runOne();
    expect(loaded).toEqual(['ExportScreen']);
    await idle.runOne();
    await idle.runOne();
    expect(loaded).toEqual(['ExportScreen', 'SettingsDialog', 'QrCode']);
    expect(done).toBe(1);
  });

  it('goes on past a part that fails to load (the server gone), and warms parts added later', async () => {
    const idle = manualIdle();
    const loaded: string[] = [];
    const queue = createWarmQueue(idle.schedule);
    queue.add(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    queue.add(async () => void loaded.push('ProgrammePasteDialog'));
    queue.start();
    await idle.runOne();
    await idle.runOne();
    expect(loaded).toEqual(['ProgrammePasteDialog']);
    // A part inside a part loaded later (its own chunk) joins the warm-up at once.
    queue.add(async () => void loaded.push('FollowUpRow'));
    await idle.runOne();
    expect(loaded).toEqual(['ProgrammePasteDialog', 'FollowUpRow']);
  });

  it('starts once, however often it is asked to', async () => {
    const idle = manualIdle();
    let loads = 0;
    const queue = createWarmQueue(idle.schedule);
    queue.add(async () => void loads++);
    queue.start();
    queue.start();
    expect(idle.slices).toHaveLength(1);
    await idle.runOne();
    await idle.runOne();
    expect(loads).toBe(1);
  });
});
