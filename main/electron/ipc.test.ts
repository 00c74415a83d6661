import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  HOST_EVENT_CHANNEL,
  HOST_REQUEST_CHANNEL,
  type HostEvent,
  type StateSnapshot,
} from '../../shared/api';
import { createHost, type LocalHost } from '../host/createHost';
import { JsonSettingsStore } from '../settings/jsonSettingsStore';
import { appPaths } from './appPaths';
import { FakeWebContents, ipcMain, type FakeIpcEvent } from './fakeElectron';
import { connectHost, createRequestHandler, type SenderPolicy } from './ipc';

const paths = appPaths('/opt/dialogrum');
const addAnna = {
  type: 'participant.add',
  participant: { id: 'p1', name: 'Anna', title: '', organisation: 'Region', present: true },
};

let dir: string;
let host: LocalHost;
let consoleContents: FakeWebContents;
let projectorContents: FakeWebContents;
let policy: SenderPolicy;

const fromPage = (contents: FakeWebContents, url: string): FakeIpcEvent => ({
  sender: contents,
  senderFrame: { url, parent: null },
});

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dialogrum-ipc-'));
  host = await createHost({
    documentsDir: path.join(dir, 'Dialogrum'),
    settings: new JsonSettingsStore(path.join(dir, 'settings.json')),
  });
  consoleContents = new FakeWebContents();
  projectorContents = new FakeWebContents();
  policy = {
    allowedUrls: [paths.consoleUrl, paths.projectorUrl],
    windowContentsIds: () => [consoleContents.id, projectorContents.id],
  };
});

afterEach(async () => {
  await host.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('createRequestHandler', () => {
  it('forwards a valid request from our console to the host', async () => {
    const handle = createRequestHandler(host, policy);
    const response = await handle(fromPage(consoleContents, paths.consoleUrl), 'dispatch', addAnna);
    expect(response).toEqual({ ok: true, result: { revision: 1 } });
    const state = await handle(
      fromPage(projectorContents, paths.projectorUrl),
      'getState',
      undefined,
    );
    expect(state.ok && (state.result as StateSnapshot).workshop.participants).toEqual([
      expect.objectContaining({ id: 'p1', name: 'Anna' }),
    ]);
  });

  it('rejects a bad payload without touching the workshop', async () => {
    const handle = createRequestHandler(host, policy);
    const event = fromPage(consoleContents, paths.consoleUrl);
    const bad = await handle(event, 'dispatch', {
      type: 'participant.add',
      participant: { id: 1 },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-command' } });
    const unknown = await handle(event, 'deleteEverything', undefined);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-command' } });
    const extra = await handle(event, 'openDocument', { path: '/x.dialogrum', evil: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-command' } });
    expect((await host.handlers.getState(undefined)).revision).toBe(0);
  });

  it.each<[string, () => FakeIpcEvent]>([
    ['a page that is not ours', () => fromPage(consoleContents, 'https://evil.example/')],
    ['a local file that is not ours', () => fromPage(consoleContents, 'file:///tmp/evil.html')],
    [
      'a URL that only starts with ours',
      () => fromPage(consoleContents, `${paths.consoleUrl}.evil.html`),
    ],
    [
      'our page in a webContents that is not one of our windows',
      () => fromPage(new FakeWebContents(), paths.consoleUrl),
    ],
    [
      'a subframe of our window',
      () => ({
        sender: consoleContents,
        senderFrame: { url: paths.consoleUrl, parent: { url: paths.consoleUrl } },
      }),
    ],
    ['a frame that is gone', () => ({ sender: consoleContents, senderFrame: null })],
  ])('refuses a request from %s, before any handler runs', async (_what, event) => {
    const handle = createRequestHandler(host, policy);
    const response = await handle(event(), 'dispatch', addAnna);
    expect(response).toMatchObject({ ok: false, error: { code: 'transport-error' } });
    expect((await host.handlers.getState(undefined)).revision).toBe(0);
  });
});

describe('connectHost', () => {
  it('answers on the request channel and pushes host events to every live window', async () => {
    const disconnect = connectHost({
      ipcMain,
      host,
      policy,
      targets: () => [consoleContents, projectorContents],
    });
    const response = await ipcMain.invoke(
      HOST_REQUEST_CHANNEL,
      fromPage(consoleContents, paths.consoleUrl),
      'dispatch',
      addAnna,
    );
    expect(response).toEqual({ ok: true, result: { revision: 1 } });
    for (const contents of [consoleContents, projectorContents]) {
      const events = contents.sent.filter((m) => m.channel === HOST_EVENT_CHANNEL);
      expect(events.map((m) => m.payload as HostEvent)).toContainEqual(
        expect.objectContaining({ type: 'patches', revision: 1 }),
      );
    }

    projectorContents.destroyed = true;
    const before = projectorContents.sent.length;
    await host.handlers.undo(undefined);
    expect(projectorContents.sent).toHaveLength(before);

    disconnect();
    expect(ipcMain.handlers.has(HOST_REQUEST_CHANNEL)).toBe(false);
    const sentBefore = consoleContents.sent.length;
    await host.handlers.redo(undefined);
    expect(consoleContents.sent).toHaveLength(sentBefore);
  });
});
