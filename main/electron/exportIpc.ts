import path from 'node:path';
import { EXPORT_FILE_CHANNEL, type ExportFileResult } from '../../shared/exporters/exportQuery';
import { ExportRequestSchema } from '../../shared/exporters/exportRequest';
import type { ExportService } from '../exporters/exportService';
import type { Host } from '../host/hostTypes';
import { writeFileAtomic } from '../platform/atomicWrite';
import type { IpcSender } from './ipc';

/** The slices of Electron's ipcMain and dialog the exports use (tests pass the fake electron's). */
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
 * Electron's door to the export service: `window.dialogrum.exportFile(request)` from the export
 * screen or File › Export → the sender check → the service (the worker thread, or the print view
 * printed to PDF) → the save dialog under the suggested name → the file. The export runs first, so
 * the dialog opens with the right name and the write follows at once. Never throws: the console
 * shows the outcome. Returns the teardown.
 */
export function connectExports(options: {
  ipcMain: ExportIpcMain;
  host: Pick<Host, 'handlers'>;
  exports: ExportService;
  /** The IPC sender check the host's own channel uses (main/electron/ipc.ts isTrustedSender). */
  isTrusted: (event: IpcSender) => boolean;
  dialog: SaveDialogLike;
  defaultDir: () => string;
  writeFile?: (file: string, bytes: Uint8Array) => Promise<void>;
  clock?: () => Date;
}): () => void {
  const clock = options.clock ?? (() => new Date());
  const writeFile = options.writeFile ?? writeFileAtomic;

  const save = async (payload: unknown): Promise<ExportFileResult> => {
    const parsed = ExportRequestSchema.safeParse(payload);
    if (!parsed.success) return { ok: false, message: 'Unknown export request' };
    try {
      const { workshop, revision } = await options.host.handlers.getState(undefined);
      const [result] = await options.exports.export(workshop, {
        ...parsed.data,
        generatedAt: clock(),
        revision,
      });
      if (!result) return { ok: false, message: 'The export made no file' };
      const extension = result.fileName.slice(result.fileName.lastIndexOf('.') + 1);
      const chosen = await options.dialog.showSaveDialog({
        defaultPath: path.join(options.defaultDir(), result.fileName),
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      });
      if (chosen.canceled || !chosen.filePath) return { ok: true, saved: null };
      await writeFile(chosen.filePath, result.bytes);
      return { ok: true, saved: chosen.filePath };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  };

  options.ipcMain.handle(EXPORT_FILE_CHANNEL, async (event, payload) => {
    if (!options.isTrusted(event)) return { ok: false, message: 'Request refused' };
    return save(payload);
  });
  return () => options.ipcMain.removeHandler(EXPORT_FILE_CHANNEL);
}
