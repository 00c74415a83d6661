import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { HOST_EVENT_CHANNEL, HOST_REQUEST_CHANNEL, type HostEvent } from '../../shared/api';
import { CONSOLE_REQUEST_CHANNEL } from '../../shared/consoleRequests';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { createBridge, EVENT_CHANNEL, REQUEST_CHANNEL, type BridgeIpc } from './bridge';

/** ipcRenderer's part: records invokes, delivers events with an IPC event object first. */
class FakeIpcRenderer extends EventEmitter implements BridgeIpc {
  readonly invoked: unknown[][] = [];
  answer: () => Promise<unknown> = () => Promise.resolve({ ok: true, result: { revision: 3 } });
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push([channel, ...args]);
    return this.answer();
  }
  /** What the main process sending on a channel looks like to the page. */
  deliver(channel: string, payload: unknown): void {
    this.emit(channel, { sender: this, senderId: 0 }, payload);
  }
}

const event: HostEvent = { type: 'settings', settings: { ...DEFAULT_SETTINGS, language: 'en' } };

describe('createBridge', () => {
  it('uses exactly the two channels of the host API', () => {
    expect(REQUEST_CHANNEL).toBe(HOST_REQUEST_CHANNEL);
    expect(EVENT_CHANNEL).toBe(HOST_EVENT_CHANNEL);
  });

  it('sends a request on the request channel and returns the host response', async () => {
    const ipc = new FakeIpcRenderer();
    const response = await createBridge(ipc).request('undo', undefined);
    expect(ipc.invoked).toEqual([[HOST_REQUEST_CHANNEL, 'undo', undefined]]);
    expect(response).toEqual({ ok: true, result: { revision: 3 } });
  });

  it('turns a failed invoke into a transport error instead of a rejection', async () => {
    const ipc = new FakeIpcRenderer();
    ipc.answer = () => Promise.reject(new Error('No handler registered'));
    const response = await createBridge(ipc).request('getState', undefined);
    expect(response).toEqual({
      ok: false,
      error: { code: 'transport-error', message: 'No handler registered' },
    });
  });

  it('hands the page the host event only, never the IPC event (which carries ipcRenderer)', () => {
    const ipc = new FakeIpcRenderer();
    const received: unknown[][] = [];
    const stop = createBridge(ipc).onEvent((...args: unknown[]) => received.push(args));
    ipc.deliver(HOST_EVENT_CHANNEL, event);
    expect(received).toEqual([[event]]);
    stop();
    ipc.deliver(HOST_EVENT_CHANNEL, event);
    expect(received).toHaveLength(1);
    expect(ipc.listenerCount(HOST_EVENT_CHANNEL)).toBe(0);
  });

  it('hands the page the menu’s known requests by name, and nothing else', () => {
    const ipc = new FakeIpcRenderer();
    const received: unknown[][] = [];
    const stop = createBridge(ipc).onConsoleRequest((...args: unknown[]) => received.push(args));
    ipc.deliver(CONSOLE_REQUEST_CHANNEL, 'open-guide');
    ipc.deliver(CONSOLE_REQUEST_CHANNEL, 'format-disk');
    ipc.deliver(CONSOLE_REQUEST_CHANNEL, { name: 'export' });
    expect(received).toEqual([['open-guide']]);
    stop();
    expect(ipc.listenerCount(CONSOLE_REQUEST_CHANNEL)).toBe(0);
  });

  it('ignores other channels', () => {
    const ipc = new FakeIpcRenderer();
    const received: unknown[] = [];
    createBridge(ipc).onEvent((e) => received.push(e));
    ipc.deliver('electron-store-get-data', event);
    expect(received).toEqual([]);
  });
});

describe('the built preload (preload.cts bundled as in scripts/buildMain.mjs)', () => {
  async function runBuiltPreload() {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./preload.cts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    const required: string[] = [];
    const exposed = new Map<string, unknown>();
    const ipcRenderer = new FakeIpcRenderer();
    // A sandboxed preload's require knows `electron` and a few built-ins, nothing from disk.
    const sandboxRequire = (id: string): unknown => {
      required.push(id);
      if (id !== 'electron') throw new Error(`Sandboxed preload cannot require ${id}`);
      return {
        ipcRenderer,
        contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      };
    };
    const module = { exports: {} };
    vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports });
    return { required, exposed, ipcRenderer };
  }

  it('requires nothing but electron and exposes only window.dialogrum with four functions', async () => {
    const { required, exposed } = await runBuiltPreload();
    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['dialogrum']);
    const bridge = exposed.get('dialogrum') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([
      'exportFile',
      'onConsoleRequest',
      'onEvent',
      'request',
    ]);
    expect(typeof bridge.request).toBe('function');
    expect(typeof bridge.onEvent).toBe('function');
  });

  it('works end to end over the fake ipcRenderer', async () => {
    const { exposed, ipcRenderer } = await runBuiltPreload();
    const bridge = exposed.get('dialogrum') as ReturnType<typeof createBridge>;
    await bridge.request('redo', undefined);
    expect(ipcRenderer.invoked).toEqual([[HOST_REQUEST_CHANNEL, 'redo', undefined]]);
    const received: unknown[][] = [];
    bridge.onEvent((...args: unknown[]) => received.push(args));
    ipcRenderer.deliver(HOST_EVENT_CHANNEL, event);
    expect(received).toEqual([[event]]);
  });
});
