import type { BrowserWindow, Dialog } from 'electron';
import type { HostErrorPayload, HostRequestName } from '../../shared/api';
import type { Host } from '../host/hostTypes';
import { route } from '../host/router';
import type { ShellStrings } from '../../shared/i18n/menuStrings';

export const DOCUMENT_EXTENSION = 'dialogrum';

/** Save dialogs on Linux do not add the extension; a workshop file always has it. */
export function withDocumentExtension(file: string): string {
  return file.toLowerCase().endsWith(`.${DOCUMENT_EXTENSION}`)
    ? file
    : `${file}.${DOCUMENT_EXTENSION}`;
}

export type ShellDialog = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;

export interface DocumentActions {
  newDocument(): Promise<void>;
  openWithDialog(): Promise<void>;
  open(file: string): Promise<void>;
  saveAsWithDialog(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

/**
 * The menu's document commands. Each goes through the same router as IPC (validation, errors as
 * values); a failure the facilitator should know about becomes a dialog, never a crash.
 */
export function createDocumentActions(deps: {
  dialog: ShellDialog;
  host: Pick<Host, 'handlers'>;
  documentsDir: string;
  parent: () => BrowserWindow | null;
  strings: () => ShellStrings;
}): DocumentActions {
  const { dialog, host } = deps;

  const showError = async (title: string, error: HostErrorPayload): Promise<void> => {
    const options = {
      type: 'error' as const,
      message: title,
      detail: error.message,
      buttons: [deps.strings().ok],
    };
    const parent = deps.parent();
    await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
  };

  const call = async (
    name: HostRequestName,
    payload: unknown,
    failureTitle: () => string,
  ): Promise<void> => {
    const response = await route(host.handlers, name, payload);
    if (!response.ok) await showError(failureTitle(), response.error);
  };

  const open = (file: string): Promise<void> =>
    call('openDocument', { path: file }, () => deps.strings().openFailedTitle);

  const step = async (name: 'undo' | 'redo'): Promise<void> => {
    const response = await route(host.handlers, name, undefined);
    // Pressing Ctrl+Z with nothing to undo is not an error worth a dialog.
    if (!response.ok && response.error.code !== `nothing-to-${name}`) {
      console.error(`Dialogrum: ${name} failed:`, response.error.message);
    }
  };

  return {
    newDocument: () => call('newDocument', undefined, () => deps.strings().newFailedTitle),
    open,
    async openWithDialog() {
      const strings = deps.strings();
      const options = {
        defaultPath: deps.documentsDir,
        properties: ['openFile' as const],
        filters: [{ name: strings.fileFilterName, extensions: [DOCUMENT_EXTENSION] }],
      };
      const parent = deps.parent();
      const result = await (parent
        ? dialog.showOpenDialog(parent, options)
        : dialog.showOpenDialog(options));
      const file = result.filePaths[0];
      if (result.canceled || file === undefined) return;
      await open(file);
    },
    async saveAsWithDialog() {
      const strings = deps.strings();
      // The open file's folder and name ("2015-04-16 Møde i Direktørforum"), ready to change.
      const current = await host.handlers.getState(undefined).then(
        (state) => state.document.path,
        () => deps.documentsDir,
      );
      const options = {
        defaultPath: current,
        filters: [{ name: strings.fileFilterName, extensions: [DOCUMENT_EXTENSION] }],
      };
      const parent = deps.parent();
      const result = await (parent
        ? dialog.showSaveDialog(parent, options)
        : dialog.showSaveDialog(options));
      if (result.canceled || !result.filePath) return;
      await call(
        'saveDocumentAs',
        { path: withDocumentExtension(result.filePath) },
        () => strings.saveFailedTitle,
      );
    },
    undo: () => step('undo'),
    redo: () => step('redo'),
  };
}
