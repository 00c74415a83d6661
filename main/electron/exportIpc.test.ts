import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_FILE_CHANNEL } from '../../shared/exporters/exportQuery';
import type { PrintViewRequest } from '../../shared/exporters/printViewQuery';
import { createExportService, type ExportService } from '../exporters/exportService';
import type { Exporter } from '../exporters/exportInWorker';
import { exportFiles } from '../exporters/exportWorkshop';
import { createFakeHost } from '../server/fakeHost';
import { startServer } from '../server/httpServer';
import { makeStaticFixture, rawGet } from '../server/testSupport';
import { connectExports } from './exportIpc';
import { dialog, ipcMain, type FakeIpcEvent } from './fakeElectron';
import { isTrustedSender } from './ipc';

const CONSOLE = 'file:///app/dist/renderer/index.html';
const AT = new Date('2026-11-25T12:00:00Z');
const fromConsole: FakeIpcEvent = {
  sender: { id: 7 },
  senderFrame: { url: CONSOLE, parent: null },
};

// On this thread: the IPC door is under test here, the worker in exportService.test.ts.
const inProcess: Exporter = { run: exportFiles, close: async () => {} };

let service: ExportService;
let printed: PrintViewRequest[];
let written: { file: string; bytes: Uint8Array }[];
let disconnect: () => void;

beforeEach(async () => {
  const host = createFakeHost();
  await host.handlers.dispatch({
    type: 'workshop.update',
    title: 'Styregruppen for sammenhængende patientforløb, Nordjylland',
    date: '2026-11-19',
  });
  await host.handlers.dispatch({
    type: 'action.add',
    action: { id: 'a1', what: 'Udarbejde en fælles tværsektoriel handleplan' },
  });
  printed = [];
  written = [];
  service = createExportService({
    exporter: inProcess,
    printer: {
      print: async (_workshop, request) => {
        printed.push(request);
        return new TextEncoder().encode('%PDF-1.7 fake');
      },
    },
  });
  dialog.saveDialogs.length = 0;
  disconnect = connectExports({
    ipcMain,
    host,
    exports: service,
    isTrusted: (event) =>
      isTrustedSender(event, { allowedUrls: [CONSOLE], windowContentsIds: () => [7] }),
    dialog,
    defaultDir: () => '/home/anne/Dokumenter',
    writeFile: async (file, bytes) => void written.push({ file, bytes }),
    clock: () => AT,
  });
});

afterEach(async () => {
  disconnect();
  await service.close();
});

const save = (payload: unknown, event = fromConsole) =>
  ipcMain.invoke(EXPORT_FILE_CHANNEL, event, payload);

describe('saving an export in Electron', () => {
  it('suggests the export’s name in the documents folder and writes its bytes where the user chose', async () => {
    dialog.nextSave = { canceled: false, filePath: '/home/anne/handlinger.csv' };
    expect(await save({ format: 'csv', separator: ',' })).toEqual({
      ok: true,
      saved: '/home/anne/handlinger.csv',
    });
    expect(dialog.saveDialogs.map((d) => d.defaultPath)).toEqual([
      '/home/anne/Dokumenter/Handlinger - Styregruppen for sammenhængende patientforløb, Nordjylland - 2026-11-19.csv',
    ]);
    expect(new TextDecoder().decode(written[0]?.bytes)).toContain(
      'Udarbejde en fælles tværsektoriel handleplan,',
    );
  });

  it('prints a PDF through the service’s printer, named like the minutes', async () => {
    dialog.nextSave = { canceled: false, filePath: '/tmp/x.pdf' };
    await save({ format: 'pdf', language: 'en', perOrganisation: true });
    expect(dialog.saveDialogs[0]?.defaultPath).toMatch(
      /\/Actions by organisation - Styregruppen for sammenhængende patientforløb, Nordjylland - 2026-11-19\.pdf$/,
    );
    expect(printed).toEqual([
      { language: 'en', perOrganisation: true, organisation: null, minutesOptions: {} },
    ]);
    expect(new TextDecoder().decode(written[0]?.bytes)).toMatch(/^%PDF-/);
  });

  it('writes nothing when the dialog is cancelled, and refuses a bad request or a stranger', async () => {
    dialog.nextSave = { canceled: true, filePath: '' };
    expect(await save({ format: 'json' })).toEqual({ ok: true, saved: null });
    expect(await save({ format: 'exe' })).toEqual({ ok: false, message: 'Unknown export request' });
    const stranger = {
      sender: { id: 9 },
      senderFrame: { url: 'https://evil.example/', parent: null },
    };
    expect(await save({ format: 'json' }, stranger)).toEqual({
      ok: false,
      message: 'Request refused',
    });
    expect(written).toEqual([]);
  });
});

describe('Electron’s exports and the others', () => {
  it('share the service’s one worker thread with every other export', async () => {
    const host = createFakeHost();
    await host.handlers.dispatch({
      type: 'workshop.update',
      title: 'Direktørforum, Aarhus-klyngen',
    });
    const shared = createExportService();
    const fixture = await makeStaticFixture();
    const server = await startServer({ host, staticDir: fixture.root, exports: shared });
    disconnect(); // the one from beforeEach: a channel has one handler
    disconnect = connectExports({
      ipcMain,
      host,
      exports: shared,
      isTrusted: () => true,
      dialog,
      defaultDir: () => '/home/anne',
      writeFile: async (file, bytes) => void written.push({ file, bytes }),
    });
    try {
      dialog.nextSave = { canceled: false, filePath: '/home/anne/handlinger.xlsx' };
      expect(await save({ format: 'xlsx', perOrganisation: true })).toEqual({
        ok: true,
        saved: '/home/anne/handlinger.xlsx',
      });
      expect((await rawGet(server.port, '/export?format=md')).status).toBe(200);
      expect(await save({ format: 'docx' })).toMatchObject({ ok: true });
      expect(written.map((w) => Buffer.from(w.bytes.subarray(0, 2)).toString())).toEqual([
        'PK',
        'PK',
      ]);
      expect(shared.workerStarts).toBe(1);
    } finally {
      await server.close();
      await fixture.done();
      await shared.close();
    }
  }, 60_000);
});
