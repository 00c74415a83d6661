import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSampleWorkshop } from '../../shared/sample/sampleWorkshop';
import { JsonSettingsStore } from '../settings/jsonSettingsStore';
import { createHost } from './createHost';
import { useTempDirs } from '../platform/testing/tempDirs';

const tempDir = useTempDirs();

async function start(dir: string) {
  const settings = new JsonSettingsStore(path.join(dir, 'settings.json'));
  return createHost({ documentsDir: dir, settings, firstWorkshop: buildSampleWorkshop });
}

describe('the first run', () => {
  it('opens the sample workshop when there is nothing yet; File > New stays empty', async () => {
    const host = await start(tempDir());
    const state = await host.handlers.getState(undefined);
    expect(state.workshop.agenda).toHaveLength(4);
    expect(state.workshop.id.startsWith('sample-')).toBe(true);
    expect(state.revision).toBe(0);
    const fresh = await host.handlers.newDocument(undefined);
    expect(fresh.workshop.agenda).toEqual([]);
    await host.close();
  });

  it('reopens the sample as it was left, and never makes a second one', async () => {
    const dir = tempDir();
    const first = await start(dir);
    const { document } = await first.handlers.getState(undefined);
    await first.handlers.dispatch({ type: 'agenda.remove', id: 'eventuelt' });
    await first.close();
    const again = await start(dir);
    const state = await again.handlers.getState(undefined);
    expect(state.document.path).toBe(document.path);
    expect(state.workshop.agenda).toHaveLength(3);
    await again.close();
  });

  it('starts empty when the folder already holds a workshop, even with no recent files', async () => {
    const dir = tempDir();
    const first = await start(dir);
    await first.close();
    fs.rmSync(path.join(dir, 'settings.json'));
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.dialogrum'));
    expect(files).toHaveLength(1);
    const host = await start(dir);
    expect((await host.handlers.getState(undefined)).workshop.agenda).toEqual([]);
    await host.close();
  });
});
