/**
 * A test double of the `electron` module, for `vi.mock('electron', () => import('./fakeElectron'))`.
 * Electron's binary cannot run in CI, so the shell is tested against this: it records what the
 * shell asks of Electron and lets a test play Electron's part (ready, navigation, key presses,
 * IPC from a page, quit). Only what the shell uses is here. Re-import it after
 * `vi.resetModules()` for a fresh app.
 */
import { EventEmitter } from 'node:events';
import type {
  BrowserWindowConstructorOptions,
  MenuItemConstructorOptions,
  MessageBoxOptions,
} from 'electron';

export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeNavigationEvent extends FakeEvent {
  constructor(readonly url: string) {
    super();
  }
}

export interface FakeRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FakeKey {
  type: string;
  key: string;
  isAutoRepeat: boolean;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: (() => boolean) | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: () => boolean): void {
    this.permissionCheckHandler = handler;
  }
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly session = new FakeSession();
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  devToolsToggles = 0;

  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  toggleDevTools(): void {
    this.devToolsToggles++;
  }

  /** Plays a navigation the way Electron does: true when no listener prevented it. */
  navigate(url: string, event: 'will-navigate' | 'will-frame-navigate' = 'will-navigate'): boolean {
    const navigation = new FakeNavigationEvent(url);
    this.emit(event, navigation);
    return !navigation.defaultPrevented;
  }

  /** A key press reaching the page; true when the shell consumed it. */
  press(key: string, modifiers: Partial<FakeKey> = {}): boolean {
    const event = new FakeEvent();
    const input: FakeKey = {
      type: 'keyDown',
      key,
      isAutoRepeat: false,
      control: false,
      meta: false,
      alt: false,
      shift: false,
      ...modifiers,
    };
    this.emit('before-input-event', event, input);
    return event.defaultPrevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly created: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }

  readonly webContents = new FakeWebContents();
  loadedFile: string | null = null;
  bounds: FakeRect;
  /** The bounds when neither maximised nor full screen (Electron's getNormalBounds). */
  normalBounds: FakeRect;
  fullScreen: boolean;
  visible = false;
  destroyed = false;
  minimized = false;
  maximized = false;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.created.push(this);
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    this.normalBounds = { ...this.bounds };
    this.fullScreen = options.fullscreen ?? false;
    // As in Electron: every webContents is announced to the app when it is created.
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }

  loadFile(file: string): Promise<void> {
    this.loadedFile = file;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  setFullScreen(flag: boolean): void {
    this.fullScreen = flag;
  }
  getBounds(): FakeRect {
    return { ...this.bounds };
  }
  /** As in Electron, a new position or size is announced with 'move' and 'resize'. */
  setBounds(bounds: FakeRect): void {
    this.bounds = { ...bounds };
    if (!this.maximized && !this.fullScreen) this.normalBounds = { ...bounds };
    this.emit('move');
    this.emit('resize');
  }
  getNormalBounds(): FakeRect {
    return { ...this.normalBounds };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
    this.emit('resize');
  }
  isVisible(): boolean {
    return this.visible;
  }
  show(): void {
    this.visible = true;
    this.minimized = false;
  }
  showInactive(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {
    FakeBrowserWindow.focused = this;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.minimized = true;
  }
  restore(): void {
    this.minimized = false;
  }
  close(): void {
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

export const BrowserWindow = FakeBrowserWindow;

class FakeApp extends EventEmitter {
  isPackaged = false;
  hasSingleInstanceLock = true;
  sandboxEnabled = false;
  appPath = '/opt/dialogrum';
  readonly paths = new Map<string, string>();
  quitRequests = 0;
  exitCode: number | null = null;
  ended = false;
  private resolveReady: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });

  /** Electron keeps the single-instance lock in userData: where it was when the lock was asked. */
  lockedIn: string | undefined = undefined;
  requestSingleInstanceLock(): boolean {
    this.lockedIn = this.paths.get('userData');
    return this.hasSingleInstanceLock;
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  getAppPath(): string {
    return this.appPath;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  getPath(name: string): string {
    const found = this.paths.get(name);
    if (found === undefined) throw new Error(`Fake app: no path for ${name}`);
    return found;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  /** The test's "Electron is ready". */
  markReady(): void {
    this.resolveReady();
  }
  quit(): void {
    if (this.ended) return;
    this.quitRequests++;
    const beforeQuit = new FakeEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    const willQuit = new FakeEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.ended = true;
    this.emit('quit');
  }
  exit(code: number): void {
    this.exitCode = code;
    this.ended = true;
  }
}

export const app = new FakeApp();

export interface FakeIpcEvent {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

type InvokeListener = (event: FakeIpcEvent, ...args: unknown[]) => unknown;

class FakeIpcMain {
  readonly handlers = new Map<string, InvokeListener>();
  handle(channel: string, listener: InvokeListener): void {
    // Electron throws on a second handler for the same channel.
    if (this.handlers.has(channel)) throw new Error(`Second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What `ipcRenderer.invoke` in a page would cause. */
  async invoke(channel: string, event: FakeIpcEvent, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, ...args);
  }
}

export const ipcMain = new FakeIpcMain();

export interface FakeMenu {
  template: MenuItemConstructorOptions[];
}

export const Menu = {
  current: null as FakeMenu | null,
  buildFromTemplate(template: MenuItemConstructorOptions[]): FakeMenu {
    return { template };
  },
  setApplicationMenu(menu: FakeMenu | null): void {
    Menu.current = menu;
  },
};

export const dialog = {
  messageBoxes: [] as MessageBoxOptions[],
  errorBoxes: [] as { title: string; content: string }[],
  nextOpen: { canceled: true, filePaths: [] as string[] },
  nextSave: { canceled: true, filePath: '' },
  /** The options each save dialog was opened with. */
  saveDialogs: [] as { defaultPath?: string }[],
  showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
    dialog.messageBoxes.push(args.at(-1) as MessageBoxOptions);
    return Promise.resolve({ response: 0, checkboxChecked: false });
  },
  showErrorBox(title: string, content: string): void {
    dialog.errorBoxes.push({ title, content });
  },
  showOpenDialog(): Promise<{ canceled: boolean; filePaths: string[] }> {
    return Promise.resolve(dialog.nextOpen);
  },
  showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    dialog.saveDialogs.push(args.at(-1) as { defaultPath?: string });
    return Promise.resolve(dialog.nextSave);
  },
};

export interface FakeDisplay {
  id: number;
  bounds: FakeRect;
  workArea: FakeRect;
}

export function fakeDisplay(id: number, x: number, width = 1920, height = 1080): FakeDisplay {
  return {
    id,
    bounds: { x, y: 0, width, height },
    workArea: { x, y: 0, width, height: height - 40 },
  };
}

class FakeScreen extends EventEmitter {
  displays: FakeDisplay[] = [fakeDisplay(1, 0)];
  primaryId = 1;
  getAllDisplays(): FakeDisplay[] {
    return this.displays;
  }
  getPrimaryDisplay(): FakeDisplay {
    const primary = this.displays.find((d) => d.id === this.primaryId);
    if (!primary) throw new Error('Fake screen: no primary display');
    return primary;
  }
  /** The display holding the rectangle's centre (the primary one when none does). */
  getDisplayMatching(rect: FakeRect): FakeDisplay {
    const cx = rect.x + rect.width / 2;
    const cy = rect.y + rect.height / 2;
    const inside = (d: FakeDisplay) =>
      cx >= d.bounds.x &&
      cx < d.bounds.x + d.bounds.width &&
      cy >= d.bounds.y &&
      cy < d.bounds.y + d.bounds.height;
    return this.displays.find(inside) ?? this.getPrimaryDisplay();
  }
  /** Plugging in or pulling out a projector. */
  setDisplays(displays: FakeDisplay[]): void {
    const before = this.displays;
    this.displays = displays;
    for (const d of displays)
      if (!before.some((b) => b.id === d.id)) this.emit('display-added', new FakeEvent(), d);
    for (const d of before)
      if (!displays.some((n) => n.id === d.id)) this.emit('display-removed', new FakeEvent(), d);
  }
}

export const screen = new FakeScreen();

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    contextBridge.exposed.set(key, api);
  },
};
