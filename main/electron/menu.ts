import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { ConsoleRequest } from '../../shared/consoleRequests';
import { PROJECTOR_MODES, type ProjectorMode } from '../../shared/settings';
import type { ShellStrings } from '../../shared/i18n/menuStrings';

/** What the menu can ask of the shell; main.ts wires these to the host and the windows. */
export interface MenuActions {
  newDocument(): void;
  openDocument(): void;
  saveDocumentAs(): void;
  openRecent(file: string): void;
  undo(): void;
  redo(): void;
  togglePresenting(): void;
  setProjectorMode(mode: ProjectorMode): void;
  /** Sends a request to the console page, which acts on it (e.g. opens a dialog). */
  requestConsole(request: ConsoleRequest): void;
  toggleDevTools(): void;
}

export interface MenuContext {
  strings: ShellStrings;
  recent: readonly string[];
  /** What the projector shows now: the View menu's radio items. */
  projectorMode: ProjectorMode;
  /** Developer tools only in a development build. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  actions: MenuActions;
}

/** `&` marks a mnemonic in menu labels on Windows and Linux; a file name's own `&` is doubled. */
function menuLabel(text: string): string {
  return text.replace(/&/g, '&&');
}

export function recentLabel(file: string): string {
  return menuLabel(`${path.basename(file)} — ${path.dirname(file)}`);
}

const MODE_LABEL: Record<ProjectorMode, keyof ShellStrings> = {
  normal: 'modeNormal',
  blank: 'modeBlank',
  'timer-only': 'modeTimerOnly',
  'room-only': 'modeRoomOnly',
};

/**
 * The application menu as data, so tests can read labels, accelerators and click handlers.
 *
 * A menu item whose work happens in the console page (a dialog, a form) is a `consoleItem`: it
 * sends a named request the page handles. To add one, see shared/consoleRequests.ts.
 */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const { strings, actions } = context;
  const mac = context.platform === 'darwin';

  /** An item the console page carries out (shared/consoleRequests.ts). */
  const consoleItem = (
    label: string,
    request: ConsoleRequest,
    extra: Omit<MenuItemConstructorOptions, 'label' | 'click'> = {},
  ): MenuItemConstructorOptions => ({
    label,
    ...extra,
    click: () => actions.requestConsole(request),
  });

  const recentItems: MenuItemConstructorOptions[] =
    context.recent.length === 0
      ? [{ label: strings.noRecent, enabled: false }]
      : context.recent.map((file) => ({
          label: recentLabel(file),
          click: () => actions.openRecent(file),
        }));

  const fileMenu: MenuItemConstructorOptions = {
    label: strings.fileMenu,
    submenu: [
      {
        label: strings.newDocument,
        accelerator: 'CmdOrCtrl+N',
        click: () => actions.newDocument(),
      },
      {
        label: strings.openDocument,
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.openDocument(),
      },
      { label: strings.openRecent, submenu: recentItems },
      { type: 'separator' },
      {
        label: strings.saveDocumentAs,
        accelerator: 'CmdOrCtrl+Shift+S',
        click: () => actions.saveDocumentAs(),
      },
      consoleItem(strings.exportDocument, 'export', { accelerator: 'CmdOrCtrl+E' }),
      // The console asks first (series/SeriesPanel.tsx), then the host makes and opens it.
      consoleItem(strings.nextMeetingInSeries, 'next-meeting'),
      // On macOS Quit lives in the application menu.
      ...(mac
        ? []
        : [{ type: 'separator' } as const, { label: strings.quit, role: 'quit' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: strings.editMenu,
    submenu: [
      // The host's undo (the workshop). The keys are shown but not registered: the page handles
      // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y itself, so that inside a text field they undo the typing.
      {
        label: strings.undo,
        accelerator: 'CmdOrCtrl+Z',
        registerAccelerator: false,
        click: () => actions.undo(),
      },
      {
        label: strings.redo,
        accelerator: 'CmdOrCtrl+Shift+Z',
        registerAccelerator: false,
        click: () => actions.redo(),
      },
      { type: 'separator' },
      { label: strings.cut, role: 'cut' },
      { label: strings.copy, role: 'copy' },
      { label: strings.paste, role: 'paste' },
      { label: strings.deleteSelection, role: 'delete' },
      { label: strings.selectAll, role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: strings.viewMenu,
    submenu: [
      // F5 is read in before-input-event (keyboard.ts) so it also works in the full-screen
      // projector; the menu shows it without registering it, or one press would toggle twice.
      {
        label: strings.present,
        accelerator: 'F5',
        registerAccelerator: false,
        click: () => actions.togglePresenting(),
      },
      { type: 'separator' },
      // The projector's modes; B (blank) is the page's own key, shown in the shortcut sheet.
      ...PROJECTOR_MODES.map((mode): MenuItemConstructorOptions => ({
        label: strings[MODE_LABEL[mode]],
        type: 'radio',
        checked: context.projectorMode === mode,
        click: () => actions.setProjectorMode(mode),
      })),
      { type: 'separator' },
      { label: strings.resetZoom, role: 'resetZoom' },
      { label: strings.zoomIn, role: 'zoomIn' },
      { label: strings.zoomOut, role: 'zoomOut' },
      { type: 'separator' },
      { label: strings.toggleFullScreen, role: 'togglefullscreen' },
      ...(context.isPackaged
        ? []
        : [
            { type: 'separator' } as const,
            {
              label: strings.toggleDevTools,
              accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I',
              click: () => actions.toggleDevTools(),
            },
          ]),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: strings.helpMenu,
    role: 'help',
    submenu: [
      consoleItem(strings.guide, 'open-guide'),
      // `?` is the page's own key (it must not fire while typing), so it is shown, not registered.
      consoleItem(strings.shortcuts, 'open-shortcuts', {
        accelerator: 'Shift+/',
        registerAccelerator: false,
      }),
      // On macOS About lives in the application menu.
      ...(mac
        ? []
        : [{ type: 'separator' } as const, { label: strings.about, role: 'about' } as const]),
    ],
  };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Dialogrum',
          submenu: [
            { label: strings.about, role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { label: strings.quit, role: 'quit' },
          ],
        },
      ]
    : [];
  // macOS expects a Window menu (minimise, zoom, bring all to front); its role fills it.
  const windowMenu: MenuItemConstructorOptions[] = mac ? [{ role: 'windowMenu' }] : [];

  return [...appMenu, fileMenu, editMenu, viewMenu, ...windowMenu, helpMenu];
}
