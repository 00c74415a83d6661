import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HostEvent } from '../../shared/api';
import { DocumentError } from '../../shared/document/format';
import { route } from './router';
import { addPoint, fakeClock, hostHarness } from './testing/hostHarness';
import { listing, useTempDirs } from '../platform/testing/tempDirs';

const tempDir = useTempDirs();

function setup() {
  const clock = fakeClock();
  return hostHarness(tempDir(), clock.now);
}

const types = (events: HostEvent[]) => events.map((e) => e.type);
const recentOf = (settingsFile: string) =>
  (JSON.parse(fs.readFileSync(settingsFile, 'utf8')) as { recent: string[] }).recent;

describe('documents', () => {
  it('starts with a new workshop in the documents folder and remembers it', async () => {
    const harness = setup();
    const { host } = await harness.start();
    const state = await host.handlers.getState(undefined);
    const file = path.join(harness.documentsDir, 'Workshop 1.dialogrum');
    expect(state.document).toEqual({ path: file, name: 'Workshop 1' });
    expect(state.revision).toBe(0);
    expect(recentOf(harness.settingsFile)).toEqual([file]);
    await host.close();
  });

  it('reopens the most recent document that still exists', async () => {
    const harness = setup();
    const { host } = await harness.start();
    await host.handlers.dispatch(addPoint('pt1', 'Første'));
    const second = await host.handlers.newDocument(undefined);
    await host.close();
    fs.rmSync(second.document.path);
    const { host: again } = await harness.start();
    const state = await again.handlers.getState(undefined);
    expect(state.document.name).toBe('Workshop 1');
    expect(state.workshop.agenda.map((p) => p.title)).toEqual(['Første']);
    await again.close();
  });

  it('starts with a new document, and says why, when the recent one is damaged', async () => {
    const harness = setup();
    const { host } = await harness.start();
    const first = (await host.handlers.getState(undefined)).document.path;
    await host.close();
    fs.writeFileSync(first, 'garbage');
    const { host: again } = await harness.start();
    expect((await again.handlers.getState(undefined)).document.name).toBe('Workshop 2');
    expect(again.warnings.join('\n')).toContain('Workshop 1.dialogrum.corrupt-');
    await again.close();
  });

  it('creates a new document: a snapshot for every view, the recent list updated', async () => {
    const harness = setup();
    const { host, events } = await harness.start();
    await host.handlers.dispatch(addPoint('pt1'));
    const snapshot = await host.handlers.newDocument(undefined);
    expect(snapshot).toMatchObject({
      revision: 0,
      canUndo: false,
      document: { name: 'Workshop 2' },
    });
    expect(snapshot.workshop.agenda).toEqual([]);
    expect(types(events)).toEqual(['patches', 'snapshot', 'settings']);
    expect(events[1]).toEqual({ type: 'snapshot', snapshot });
    expect(recentOf(harness.settingsFile)[0]).toBe(snapshot.document.path);
    // The one left behind was written out whole on the way.
    const first = JSON.parse(
      fs.readFileSync(path.join(harness.documentsDir, 'Workshop 1.dialogrum'), 'utf8'),
    );
    expect(first.revision).toBe(1);
    await host.close();
  });

  it('opens another document and switches every view to it', async () => {
    const harness = setup();
    const { host, events } = await harness.start();
    await host.handlers.dispatch(addPoint('pt1', 'I den første'));
    const first = (await host.handlers.getState(undefined)).document.path;
    await host.handlers.newDocument(undefined);
    const opened = await host.handlers.openDocument({ path: first });
    expect(opened.workshop.agenda.map((p) => p.title)).toEqual(['I den første']);
    expect(events.at(-2)).toEqual({ type: 'snapshot', snapshot: opened });
    await host.handlers.dispatch(addPoint('pt2'));
    expect((await host.handlers.getState(undefined)).document.path).toBe(first);
    await host.close();
  });

  it('moves a damaged file aside with a clear error, and keeps the open document', async () => {
    const harness = setup();
    const { host } = await harness.start();
    await host.handlers.dispatch(addPoint('pt1'));
    const before = await host.handlers.getState(undefined);
    const damaged = path.join(tempDir(), 'Broken.dialogrum');
    fs.writeFileSync(
      damaged,
      '{"format":"dialogrum","formatVersion":1,"revision":3,"workshop":{"id":"w',
    );
    const response = await route(host.handlers, 'openDocument', { path: damaged });
    expect(response.ok).toBe(false);
    const moved = listing(path.dirname(damaged)).find((n) =>
      n.startsWith('Broken.dialogrum.corrupt-'),
    );
    expect(moved).toBeDefined();
    expect(response).toMatchObject({ error: { code: 'document-error' } });
    expect(!response.ok && response.error.message).toContain(
      path.join(path.dirname(damaged), moved!),
    );
    expect(await host.handlers.getState(undefined)).toEqual(before);
    expect(await host.handlers.dispatch(addPoint('pt2'))).toEqual({ revision: 2 });
    await host.close();
  });

  it('refuses a file from a newer version without harm: its bytes unchanged', async () => {
    const harness = setup();
    const { host } = await harness.start();
    const dir = tempDir();
    const future = path.join(dir, 'Future.dialogrum');
    const bytes = '{"format":"dialogrum","formatVersion":2,"revision":1,"workshop":{"new":true}}';
    fs.writeFileSync(future, bytes);
    await expect(host.handlers.openDocument({ path: future })).rejects.toMatchObject({
      code: 'newer-version',
    });
    expect(fs.readFileSync(future, 'utf8')).toBe(bytes);
    expect(listing(dir)).toEqual(['Future.dialogrum']);
    expect((await host.handlers.getState(undefined)).document.name).toBe('Workshop 1');
    await host.close();
  });

  it('fails to start on a given path it cannot open, leaving a newer file untouched', async () => {
    const harness = setup();
    const future = path.join(tempDir(), 'Future.dialogrum');
    fs.writeFileSync(future, '{"format":"dialogrum","formatVersion":2}');
    await expect(harness.start({ path: future })).rejects.toBeInstanceOf(DocumentError);
    expect(fs.readFileSync(future, 'utf8')).toBe('{"format":"dialogrum","formatVersion":2}');
  });

  it('saves as a new file and carries on there; a file the user named keeps what it had', async () => {
    const harness = setup();
    const { host, events } = await harness.start();
    await host.handlers.saveDocumentAs({ path: 'Udkast til dagsorden' });
    await host.handlers.dispatch(addPoint('pt1'));
    const first = (await host.handlers.getState(undefined)).document.path;
    const target = path.join(tempDir(), 'Dialogmøde.dialogrum');
    const saved = await host.handlers.saveDocumentAs({ path: target });
    expect(saved).toMatchObject({
      revision: 1,
      canUndo: true,
      document: { path: target, name: 'Dialogmøde' },
    });
    expect(events.find((e) => e.type === 'snapshot' && e.snapshot === saved)).toBeDefined();
    await host.handlers.dispatch(addPoint('pt2'));
    await host.close();
    const { host: again } = await harness.start();
    const state = await again.handlers.getState(undefined);
    expect(state.document.path).toBe(target);
    expect(state.workshop.agenda.map((p) => p.id)).toEqual(['pt1', 'pt2']);
    const old = await again.handlers.openDocument({ path: first });
    expect(old.workshop.agenda.map((p) => p.id)).toEqual(['pt1']);
    await again.close();
  });

  it('always saves as a .dialogrum file', async () => {
    const harness = setup();
    const { host } = await harness.start();
    const target = path.join(tempDir(), 'Referat');
    const saved = await host.handlers.saveDocumentAs({ path: target });
    expect(saved.document).toEqual({ path: `${target}.dialogrum`, name: 'Referat' });
    expect(fs.existsSync(`${target}.dialogrum`)).toBe(true);
    await host.close();
  });

  it('puts a bare name in the documents folder (browser mode has no file dialog)', async () => {
    const harness = setup();
    const { host } = await harness.start();
    const saved = await host.handlers.saveDocumentAs({ path: 'Klynge Vest' });
    expect(path.dirname(saved.document.path)).toBe(harness.documentsDir);
    expect(saved.document.name).toBe('Klynge Vest');
    const reopened = await host.handlers.openDocument({ path: 'Klynge Vest.dialogrum' });
    expect(reopened.document.path).toBe(saved.document.path);
    await host.close();
  });

  it('lists recent documents that exist and every workshop in the folder', async () => {
    const harness = setup();
    const { host } = await harness.start();
    await host.handlers.newDocument(undefined);
    const elsewhere = path.join(tempDir(), 'Andet sted.dialogrum');
    await host.handlers.saveDocumentAs({ path: elsewhere });
    const listing = await host.handlers.listDocuments(undefined);
    // Save As moved "Workshop 2" (a name nobody chose) rather than leave a stray copy.
    expect(listing.recent.map((d) => d.name)).toEqual(['Andet sted', 'Workshop 1']);
    expect(listing.available.map((d) => d.name)).toEqual(['Workshop 1']);
    await host.close();
  });

  it('keeps at most ten recent documents, most recent first', async () => {
    const harness = setup();
    const { host } = await harness.start();
    for (let i = 0; i < 11; i++) await host.handlers.newDocument(undefined);
    const recent = recentOf(harness.settingsFile);
    expect(recent).toHaveLength(10);
    expect(path.basename(recent[0]!)).toBe('Workshop 12.dialogrum');
    expect(path.basename(recent[9]!)).toBe('Workshop 3.dialogrum');
    await host.close();
  });
});

describe('settings', () => {
  it('updates, persists and broadcasts settings', async () => {
    const harness = setup();
    const { host, events } = await harness.start();
    const settings = await host.handlers.updateSettings({ language: 'en' });
    expect(settings.language).toBe('en');
    expect(events.at(-1)).toEqual({ type: 'settings', settings });
    expect(await host.handlers.getSettings(undefined)).toEqual(settings);
    await host.close();
    const { host: again } = await harness.start();
    expect((await again.handlers.getSettings(undefined)).language).toBe('en');
    await again.close();
  });
});
