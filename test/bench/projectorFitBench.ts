// Issue 12's figure: the projector's developing room re-fitted after one more idea at 40 ideas
// of real Danish text (1920×1080), median < 16 ms. The built server runs as a user runs it; the
// projector page times each fit with the User Timing measure the fit code records
// (FIT_MEASURE), and the whole render of the new card as ideaWallBench.ts measures it.
// Each sample adds the 40th idea and then removes it again, so every sample is "one more idea
// at 40"; the removal's full fit is reported beside it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type WebSocket from 'ws';
import { serializeDocument } from '../../shared/document/format';
import { FIT_MEASURE } from '../../renderer/src/projector/paging/fitMeasure';
import { AppServer } from '../e2e/helpers/appServer';
import { LONG_TEXTS, TYPICAL_TEXTS } from '../fixtures/corpus/sentences';
import { launchChromium } from './browserBench';
import { expectIdea, openClient, openPage, timingOf } from './ideaWallBench';
import { LIVE_POINT, roomsWorkshop } from './roomsWorkshop';
import { percentile, type Figure } from './stats';

const IDEAS = 40;

/** Ideas as the documents word them: mostly one or two sentences, now and then a long one. */
function corpusIdeas(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const list = i % 7 === 3 ? LONG_TEXTS : TYPICAL_TEXTS;
    return list[i % list.length] ?? '';
  });
}

function workshopWithIdeas(count: number) {
  const base = roomsWorkshop({ ideas: count, clusters: 0, actions: 0 });
  const texts = corpusIdeas(count);
  return {
    ...base,
    ideas: base.ideas.map((idea, i) => ({ ...idea, text: texts[i] ?? idea.text })),
  };
}

/** The fits recorded since the last call (durations in ms, with whether the quick way served). */
function takeFits(page: Page): Promise<{ ms: number; quick: boolean }[]> {
  return page.evaluate((name) => {
    const entries = performance.getEntriesByName(name, 'measure') as PerformanceMeasure[];
    performance.clearMeasures(name);
    return entries.map((e) => ({
      ms: e.duration,
      quick: (e.detail as { quick?: boolean } | null)?.quick === true,
    }));
  }, FIT_MEASURE);
}

function send(ws: WebSocket, id: number, payload: object): void {
  ws.send(JSON.stringify({ id, name: 'dispatch', payload }));
}

export async function runProjectorFitBench(samples = 40, warmup = 5): Promise<Figure[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dialogrum-fitbench-'));
  const file = path.join(dir, 'fit-bench.dialogrum');
  await writeFile(file, serializeDocument(workshopWithIdeas(IDEAS - 1), 1, new Date()));
  const server = await AppServer.start(['--open', file]);
  let browser: Browser | null = null;
  let ws: WebSocket | null = null;
  try {
    browser = await launchChromium();
    const { page } = await openPage(browser, server.projectorUrl, '[data-testid="pr-idea-card"]');
    ws = await openClient(server.port);
    const texts = corpusIdeas(IDEAS + samples + warmup);
    const add: number[] = [];
    const remove: number[] = [];
    const render: number[] = [];
    let quick = 0;
    let request = 0;
    await takeFits(page);
    for (let i = 0; i < warmup + samples; i++) {
      const id = `fit-${i}`;
      await expectIdea(page, id);
      send(ws, ++request, {
        type: 'idea.add',
        id,
        pointId: LIVE_POINT,
        text: texts[IDEAS + i] ?? `Idé ${i}`,
        authorId: `p${1 + (i % 59)}`,
      });
      const timing = await timingOf(page, id);
      const added = await takeFits(page);
      send(ws, ++request, { type: 'idea.remove', id });
      await page.waitForFunction((x) => !document.querySelector(`[data-idea-id="${x}"]`), id);
      await page.waitForTimeout(50);
      const removed = await takeFits(page);
      if (i < warmup) continue;
      add.push(added.reduce((sum, f) => sum + f.ms, 0));
      quick += added.some((f) => f.quick) ? 1 : 0;
      remove.push(removed.reduce((sum, f) => sum + f.ms, 0));
      render.push(timing.scriptMs + timing.layoutMs + timing.paintMs);
    }
    const ms = (x: number) => x.toFixed(1);
    return [
      {
        name: `projector developing room re-fitted after one more idea (${IDEAS} ideas, 1920×1080)`,
        statistic: `median of ${samples}`,
        value: percentile(add, 50),
        unit: 'ms',
        target: 16,
        note:
          `p95 ${ms(percentile(add, 95))} ms; quick fit (last page only) in ${quick} of ${samples}; ` +
          `whole render of the new card median ${ms(percentile(render, 50))} ms; ` +
          `full fit after a removal median ${ms(percentile(remove, 50))} ms; ` +
          `load average ${(loadavg()[0] ?? 0).toFixed(1)}`,
      },
    ];
  } finally {
    ws?.close();
    await browser?.close();
    await server.dispose();
    await rm(dir, { recursive: true, force: true });
  }
}
