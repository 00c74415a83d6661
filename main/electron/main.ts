import { app, BrowserWindow, dialog, ipcMain, Menu, screen } from 'electron';
import { CONSOLE_REQUEST_CHANNEL } from '../../shared/consoleRequests';
import { buildSampleWorkshop } from '../../shared/sample/sampleWorkshop';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import path from 'node:path';
import { createHost } from '../host/createHost';
import type { Host } from '../host/hostTypes';
import { PhoneService } from '../server/phones/phoneService';
import type { SettingsStore } from '../settings/settingsStore';
import { appPaths, documentsFolder, HOME_VARIABLE, homeFolders, type AppPaths } from './appPaths';
import { createDocumentActions, type DocumentActions } from './documentActions';
import { openElectronSettings } from './electronSettings';
import { createExportService } from '../exporters/exportService';
import { createElectronPrinter } from './electronPrinter';
import { connectExports } from './exportIpc';
import { connectHost, isTrustedSender } from './ipc';
import { shortcutFor, type ShellKeys } from './keyboard';
import { documentArg } from './launchArgs';
import { buildMenuTemplate } from './menu';
import { shellStrings } from '../../shared/i18n/menuStrings';
import {
  createProjectorController,
  type ProjectorController,
  type ProjectorMemory,
} from './projector';
import { hardenWebContents } from './security';
import { createShellWindows, type ShellWindows } from './windows';
import { findDisplay, rememberDisplay, restoredBounds } from './windowState';
import { openWindowStateStore } from './windowStateStore';
import { trackWindow } from './windowTracking';

/**
 * The Electron entry: lifecycle only. Settings store → host → windows → IPC → menu on ready;
 * the host is closed (journal compacted into the file) before the process ends.
 */

interface Running {
  host: Host;
  windows: ShellWindows;
  actions: DocumentActions;
  dispose(): void;
}

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

const report =
  (what: string) =>
  (error: unknown): void =>
    console.error(`Dialogrum: ${what} failed:`, error);

async function openHost(
  settings: SettingsStore,
  documentsDir: string,
  file: string | null,
  warnings: string[],
  phonePageDir: string,
): Promise<{ host: Host; joining: PhoneService }> {
  const onWarning = (warning: string): void => {
    warnings.push(warning);
    console.error('Dialogrum:', warning);
  };
  // Participants' phones (issue 8): a server on the local network only while joining is open.
  // Who has handed in an evaluation form is kept beside the settings, so a restart gives no
  // one a second vote (the scores themselves are in the workshop, unlinked to anyone).
  const submittedFile = path.join(app.getPath('userData'), 'phone-forms.json');
  // A fresh one per host: one that a host failed to open with stays unused.
  const newJoining = () => new PhoneService({ staticDir: phonePageDir, submittedFile });
  if (file !== null) {
    const joining = newJoining();
    try {
      const host = await createHost({ documentsDir, settings, path: file, onWarning, joining });
      return { host, joining };
    } catch (error) {
      // The file the user double-clicked cannot be opened: say so, and start as usual.
      warnings.push(`${file}: ${errorText(error)}`);
    }
  }
  // On the very first run the sample workshop opens, so a new facilitator can try it at once.
  const joining = newJoining();
  const host = await createHost({
    documentsDir,
    settings,
    onWarning,
    firstWorkshop: buildSampleWorkshop,
    joining,
  });
  return { host, joining };
}

function focusWindow(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function wireKeyboard(
  windows: ShellWindows,
  projector: ProjectorController,
  keys: () => ShellKeys,
): void {
  for (const role of ['console', 'projector'] as const) {
    windows[role].webContents.on('before-input-event', (event, input) => {
      const shortcut = shortcutFor(input, keys());
      if (shortcut === 'toggle-presenting') {
        event.preventDefault();
        projector.togglePresenting();
      } else if (shortcut === 'leave-full-screen') {
        // Only consumed when it left a full screen; otherwise the page's own Esc still works.
        if (projector.escape(role)) event.preventDefault();
      }
    });
  }
}

async function launch(
  paths: AppPaths,
  initialFile: string | null,
  isQuitting: () => boolean,
): Promise<Running> {
  const { store: settings, recovery } = openElectronSettings({ cwd: app.getPath('userData') });
  const strings = () => shellStrings(settings.get().language);
  const documentsDir = documentsFolder(app.getPath('documents'));
  const warnings: string[] = [];
  const phonePageDir = path.dirname(paths.consolePage);
  const { host, joining } = await openHost(
    settings,
    documentsDir,
    initialFile,
    warnings,
    phonePageDir,
  );

  // Windows open where they were, when a connected display still shows that place.
  const places = openWindowStateStore({ cwd: app.getPath('userData') });
  const saved = places.get();
  const projectorMemory: ProjectorMemory = {
    display: () => findDisplay(screen, places.get().projectorDisplay),
    remember: (display) => places.update({ projectorDisplay: rememberDisplay(display) }),
    ordinaryBounds: () => restoredBounds(screen, places.get().projector?.bounds),
  };
  const windows = createShellWindows({
    BrowserWindow,
    screen,
    paths,
    restored: {
      console: saved.console?.bounds ?? null,
      consoleMaximized: saved.console?.maximized ?? false,
      projector: projectorMemory,
    },
  });
  const untrack = [
    trackWindow(windows.console, (place) => places.update({ console: place })),
    trackWindow(windows.projector, (place) => places.update({ projector: place })),
  ];
  const liveWindows = () => [windows.console, windows.projector].filter((w) => !w.isDestroyed());
  const projector = createProjectorController({
    projector: windows.projector,
    console: windows.console,
    screen,
    memory: projectorMemory,
  });
  const place = (): void => projector.place();
  screen.on('display-added', place);
  screen.on('display-removed', place);

  const actions = createDocumentActions({
    dialog,
    host,
    documentsDir,
    parent: () => (windows.console.isDestroyed() ? null : windows.console),
    strings,
  });
  // The clicker's present and leave keys follow the key map in the settings.
  wireKeyboard(windows, projector, () => settings.get().keyMap);

  // The projector only hides when closed, so F5 brings it back; closing the console quits.
  windows.projector.on('close', (event) => {
    if (isQuitting()) return;
    event.preventDefault();
    windows.projector.hide();
  });
  windows.console.on('closed', () => app.quit());

  const disconnect = connectHost({
    ipcMain,
    host,
    policy: {
      allowedUrls: [paths.consoleUrl, paths.projectorUrl],
      windowContentsIds: () => liveWindows().map((w) => w.webContents.id),
    },
    targets: () => liveWindows().map((w) => w.webContents),
  });
  // Exports: one service (its worker thread writes the files; a PDF is printToPDF of the print
  // view in a hidden window without preload), reached through IPC from the export screen and
  // File › Export, saved through a dialog (main/electron/exportIpc.ts).
  const exports = createExportService({
    printer: createElectronPrinter({
      printUrl: paths.consoleUrl.replace(/index\.html$/, 'print.html'),
      createWindow: () =>
        new BrowserWindow({
          show: false,
          webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
        }),
    }),
  });
  // The referent's and co-facilitator's downloads over the network go through it too.
  joining.useExports(exports);
  const disconnectExports = connectExports({
    ipcMain,
    host,
    exports,
    isTrusted: (event) =>
      isTrustedSender(event, {
        allowedUrls: [paths.consoleUrl],
        windowContentsIds: () => liveWindows().map((w) => w.webContents.id),
      }),
    dialog: {
      showSaveDialog: (options) =>
        windows.console.isDestroyed()
          ? dialog.showSaveDialog(options)
          : dialog.showSaveDialog(windows.console, options),
    },
    defaultDir: () => documentsDir,
  });

  const installMenu = (): void => {
    const template = buildMenuTemplate({
      strings: strings(),
      recent: settings.get().recent,
      projectorMode: settings.get().projectorMode,
      isPackaged: app.isPackaged,
      platform: process.platform,
      actions: {
        newDocument: () => void actions.newDocument(),
        openDocument: () => void actions.openWithDialog(),
        saveDocumentAs: () => void actions.saveAsWithDialog(),
        openRecent: (file) => void actions.open(file),
        undo: () => void actions.undo(),
        redo: () => void actions.redo(),
        togglePresenting: () => projector.togglePresenting(),
        // Through the host, so every page hears of it as a settings event.
        setProjectorMode: (projectorMode) =>
          void host.handlers.updateSettings({ projectorMode }).catch(report('projector mode')),
        requestConsole: (request) => {
          if (windows.console.isDestroyed()) return;
          focusWindow(windows.console);
          windows.console.webContents.send(CONSOLE_REQUEST_CHANNEL, request);
        },
        toggleDevTools: () => BrowserWindow.getFocusedWindow()?.webContents.toggleDevTools(),
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  installMenu();
  // Language and the recent list live in the settings; the menu follows them.
  const unsubscribeMenu = host.subscribe((event) => {
    if (event.type === 'settings') installMenu();
  });

  windows.console.once('ready-to-show', () => {
    const s = strings();
    if (recovery) {
      const detail = `${s.settingsRecoveredDetail.replace('{path}', recovery.movedTo)}\n\n${recovery.reason}`;
      void dialog.showMessageBox(windows.console, {
        type: 'warning',
        message: s.settingsRecoveredTitle,
        detail,
        buttons: [s.ok],
      });
    }
    if (warnings.length > 0) {
      void dialog.showMessageBox(windows.console, {
        type: 'warning',
        message: s.startupWarningsTitle,
        detail: warnings.join('\n\n'),
        buttons: [s.ok],
      });
    }
  });

  return {
    host,
    windows,
    actions,
    dispose() {
      for (const stop of untrack) stop();
      unsubscribeMenu();
      disconnect();
      disconnectExports();
      void exports.close();
      screen.off('display-added', place);
      screen.off('display-removed', place);
    },
  };
}

function main(): void {
  // Before the lock: the single-instance lock lives in userData, so a portable (or test) run is
  // an instance of its own.
  const home = process.env[HOME_VARIABLE];
  if (home) {
    const folders = homeFolders(home);
    app.setPath('userData', folders.userData);
    app.setPath('documents', folders.documents);
  }
  // A second start (e.g. double-clicking a workshop file) hands its arguments to this instance.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();

  const paths = appPaths(app.getAppPath());
  const allowedUrls = [paths.consoleUrl, paths.projectorUrl];
  let running: Running | null = null;
  let pendingFile = documentArg(process.argv, process.cwd());
  let quitting = false;
  let hostClosed = false;

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, allowedUrls));

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = documentArg(argv, workingDirectory);
    if (!running) {
      pendingFile = file ?? pendingFile;
      return;
    }
    focusWindow(running.windows.console);
    if (file !== null) void running.actions.open(file);
  });

  // macOS delivers opened files as an event, possibly before ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (running) void running.actions.open(file);
    else pendingFile = file;
  });

  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => app.quit());

  app.on('will-quit', (event) => {
    if (!running || hostClosed) return;
    // Hold the quit until the host has flushed and compacted the open document.
    event.preventDefault();
    quitting = true;
    const current = running;
    running = null;
    current.dispose();
    current.host
      .close()
      .catch((error: unknown) => console.error('Dialogrum: closing the document failed:', error))
      .finally(() => {
        hostClosed = true;
        app.quit();
      });
  });

  app
    .whenReady()
    .then(() => launch(paths, pendingFile, () => quitting))
    .then((started) => {
      running = started;
    })
    .catch((error: unknown) => {
      dialog.showErrorBox(
        shellStrings(DEFAULT_SETTINGS.language).startFailedTitle,
        errorText(error),
      );
      app.exit(1);
    });
}

main();
