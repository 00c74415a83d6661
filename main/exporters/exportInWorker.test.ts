import { afterAll, describe, expect, it } from 'vitest';
import { bigWorkshop } from '../../test/fixtures/exports/bigWorkshop';
import { createWorkerExporter } from './exportInWorker';
import { exportWorkshop } from './exportWorkshop';

const exporter = createWorkerExporter();
afterAll(() => exporter.close());

describe('exports in a worker thread', () => {
  const workshop = bigWorkshop({ actions: 40, ideas: 20 });
  const generatedAt = new Date('2026-11-25T12:00:00Z');

  it('writes the same bytes as exporting on the calling thread', async () => {
    const options = { language: 'da' as const, generatedAt, separator: ',' as const };
    const [[inWorker], here] = await Promise.all([
      exporter.run(workshop, 'csv', options),
      exportWorkshop(workshop, 'csv', options),
    ]);
    if (!inWorker) throw new Error('No file');
    expect(inWorker.fileName).toBe(here.fileName);
    expect(Buffer.from(inWorker.bytes).equals(Buffer.from(here.bytes))).toBe(true);
  });

  it('keeps the calling thread free while a workbook is written', async () => {
    const big = bigWorkshop({ actions: 2_000, ideas: 500 });
    await exporter.run(big, 'csv', { language: 'en', generatedAt }); // the worker is up
    let last = performance.now();
    let longestGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const [result] = await exporter.run(big, 'xlsx', { language: 'en', generatedAt });
    const elapsed = performance.now() - started;
    clearInterval(timer);
    expect(Buffer.from(result!.bytes.subarray(0, 2)).toString()).toBe('PK'); // a zip
    // The calling thread was never held for more than a fraction of the export's time.
    expect(longestGap).toBeLessThan(elapsed / 3);
  }, 60_000);

  it("exports a workshop far larger than a real one within the thread's memory limits", async () => {
    // 5,000 actions and 2,000 ideas, where a real workshop has a few hundred: the thread's
    // bounded heap (WORKER_LIMITS) must never be what fails an export.
    const huge = bigWorkshop({ actions: 5_000, ideas: 2_000 });
    const options = { language: 'da' as const, generatedAt };
    const [inWorker] = await exporter.run(huge, 'docx', options);
    const here = await exportWorkshop(huge, 'docx', options);
    expect(inWorker?.fileName).toBe(here.fileName);
    expect(Buffer.from(inWorker!.bytes).equals(Buffer.from(here.bytes))).toBe(true);
  }, 60_000);

  it('stops an idle worker, and starts one again for the next export', async () => {
    const quick = createWorkerExporter(undefined, 100);
    try {
      await quick.run(workshop, 'md', { language: 'da', generatedAt });
      expect(quick.started).toBe(true);
      await expect.poll(() => quick.started, { timeout: 5_000 }).toBe(false);
      const [again] = await quick.run(workshop, 'md', { language: 'da', generatedAt });
      expect(again?.bytes.length).toBeGreaterThan(0);
    } finally {
      await quick.close();
    }
  }, 60_000);

  it('reports a failed export as a rejection and goes on working', async () => {
    const broken = { ...workshop, actions: null } as unknown as typeof workshop;
    await expect(exporter.run(broken, 'md', { language: 'da', generatedAt })).rejects.toThrow();
    const [ok] = await exporter.run(workshop, 'md', { language: 'da', generatedAt });
    expect(ok?.bytes.length).toBeGreaterThan(0);
  });
});
