import path from 'node:path';
import { EXPORT_FILE_CHANNEL, type ExportFileResult } from '../../shared/exporters/exportRequest';
import type { Host } from '../host/hostTypes';
import { writeFileAtomic } from '../platform/atomicWrite';
import { createElectronPrinter, type PrintWindowLike } from './electronPrint';
import { createWorkerExporter } from './exportInWorker';
import { createSaveExport } from './saveExport';

/** What is read off an IPC event (the shape of main/electron/ipc.ts's IpcSender; no import from the shell). */
export interface IpcSender {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** The slices of Electron the export needs, so this file imports no `electron` (the shell passes them). */
export interface ExportIpcMain {
  handle(
    channel: string,
    listener: (event: IpcSender, payload: unknown) => Promise<ExportFileResult>,
  ): void;
  removeHandler(channel: string): void;
}

export interface SaveDialogLike {
  showSaveDialog(options: {
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
}

/**
 * Electron's exports: `window.dialogrum.exportFile(request)` → export in the worker thread (or the
 * print view printed to PDF) → the save dialog → the file. Returns the teardown.
 */
export function connectExports(options: {
  ipcMain: ExportIpcMain;
  host: Pick<Host, 'handlers'>;
  /** The IPC sender check the host's own channel uses (main/electron/ipc.ts isTrustedSender). */
  isTrusted: (event: IpcSender) => boolean;
  dialog: SaveDialogLike;
  defaultDir: () => string;
  printUrl: string;
  createPrintWindow: () => PrintWindowLike;
}): () => void {
  const exporter = createWorkerExporter();
  const save = createSaveExport({
    workshop: () => options.host.handlers.getState(undefined),
    exporter,
    chooseFile: async (name, extension) => {
      const result = await options.dialog.showSaveDialog({
        defaultPath: path.join(options.defaultDir(), name),
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    printPdf: createElectronPrinter({
      printUrl: options.printUrl,
      createWindow: options.createPrintWindow,
    }),
    writeFile: (file, bytes) => writeFileAtomic(file, bytes),
  });
  options.ipcMain.handle(EXPORT_FILE_CHANNEL, async (event, payload) => {
    if (!options.isTrusted(event)) return { ok: false, message: 'Request refused' };
    return save(payload);
  });
  return () => {
    options.ipcMain.removeHandler(EXPORT_FILE_CHANNEL);
    void exporter.close();
  };
}
