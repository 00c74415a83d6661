import { cpus, loadavg } from 'node:os';
import { addPoint } from './helpers/consolePage';
import { expect, test } from './helpers/fixtures';

// Blank, timer only and room only must reach the projector within 100 ms of the key press.
const BUDGET_MS = 100;
const PRESSES = 8;

test('B reaches the projector within 100 ms (median and worst of several presses)', async ({
  app,
  page,
}) => {
  // A time budget means nothing on a machine running several times more work than it has cores.
  const load = loadavg()[0] ?? 0;
  test.skip(
    load > cpus().length * 2,
    `load average ${load.toFixed(1)} on ${cpus().length} cores: latency not measurable here`,
  );
  await page.goto(app.url);
  await addPoint(page, { title: 'Velkomst', purpose: 'orientation', minutes: 5, presenter: '' });
  const projector = await page.context().newPage();
  await projector.goto(app.projectorUrl);
  const frame = projector.locator('.projector-frame');
  await expect(frame).toHaveAttribute('data-mode', 'normal');
  await page.bringToFront();
  await page.locator('body').click({ position: { x: 1, y: 1 } });

  // Both pages run in one browser on one machine, so Date.now() is one clock for both.
  await projector.evaluate(() => {
    const w = window as unknown as { modeChanges: number[] };
    w.modeChanges = [];
    const frameEl = document.querySelector('.projector-frame');
    if (!frameEl) throw new Error('no frame');
    new MutationObserver(() => w.modeChanges.push(Date.now())).observe(frameEl, {
      attributes: true,
      attributeFilter: ['data-mode'],
    });
  });
  await page.evaluate(() => {
    const w = window as unknown as { presses: number[] };
    w.presses = [];
    window.addEventListener('keydown', () => w.presses.push(Date.now()), { capture: true });
  });

  for (let i = 0; i < PRESSES; i++) {
    const mode = i % 2 === 0 ? 'blank' : 'normal';
    await page.keyboard.press('b');
    await expect(frame).toHaveAttribute('data-mode', mode);
    await page.waitForTimeout(150);
  }
  const presses = await page.evaluate(() => (window as unknown as { presses: number[] }).presses);
  const changes = await projector.evaluate(
    () => (window as unknown as { modeChanges: number[] }).modeChanges,
  );
  expect(changes).toHaveLength(PRESSES);
  const latencies = presses.map((at, i) => (changes[i] ?? Infinity) - at).sort((a, b) => a - b);
  const median = latencies[Math.floor(latencies.length / 2)] ?? Infinity;
  test.info().annotations.push({
    type: 'latency',
    description: `key press → projector mode, ms: ${latencies.join(', ')}`,
  });
  console.log(`key press → projector mode (ms): ${latencies.join(', ')}`);
  expect(median).toBeLessThan(BUDGET_MS);
  expect(latencies.at(-1)).toBeLessThan(BUDGET_MS * 2);
});
