import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { AppPaths } from './appPaths';
import { projectorPlacement, type ProjectorMemory, type Rect, type ScreenLike } from './projector';
import { centredIn, restoredBounds } from './windowState';

/**
 * The one set of web preferences every window gets: the renderer is a web page with no Node, in
 * Chromium's sandbox, isolated from the preload, which is the only way to the host.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
  };
}

/**
 * Where the console opens: where it was, when a connected display still shows that place; else
 * centred on the primary display, at the size it had.
 */
export function consoleWindowOptions(
  paths: AppPaths,
  screen: ScreenLike,
  saved: Rect | null = null,
): BrowserWindowConstructorOptions {
  const bounds =
    restoredBounds(screen, saved ?? undefined) ??
    centredIn(screen.getPrimaryDisplay(), saved?.width ?? 1280, saved?.height ?? 800);
  return {
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    title: 'Dialogrum',
    // Shown on ready-to-show, so the facilitator never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(paths.preload),
  };
}

export function projectorWindowOptions(
  paths: AppPaths,
  screen: ScreenLike,
  memory?: ProjectorMemory,
): BrowserWindowConstructorOptions {
  const placement = projectorPlacement(screen, memory);
  return {
    ...placement.bounds,
    fullscreen: placement.fullScreen,
    title: 'Dialogrum',
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#000000',
    webPreferences: secureWebPreferences(paths.preload),
  };
}

export interface ShellWindows {
  console: BrowserWindow;
  projector: BrowserWindow;
}

type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Where the windows were last time (main/electron/windowState.ts). */
export interface RestoredPlaces {
  /** The console's saved ordinary bounds, as saved (checked against the displays here). */
  console: Rect | null;
  consoleMaximized: boolean;
  projector: ProjectorMemory;
}

/** Creates both windows and loads their pages; the projector shows without taking focus. */
export function createShellWindows(deps: {
  BrowserWindow: WindowConstructor;
  screen: ScreenLike;
  paths: AppPaths;
  restored?: RestoredPlaces;
}): ShellWindows {
  const { restored } = deps;
  const consoleWindow = new deps.BrowserWindow(
    consoleWindowOptions(deps.paths, deps.screen, restored?.console ?? null),
  );
  const projector = new deps.BrowserWindow(
    projectorWindowOptions(deps.paths, deps.screen, restored?.projector),
  );
  consoleWindow.once('ready-to-show', () => {
    if (restored?.consoleMaximized) consoleWindow.maximize();
    consoleWindow.show();
  });
  projector.once('ready-to-show', () => projector.showInactive());
  // A missing build shows as an empty window; say why on stderr rather than as an unhandled rejection.
  const report = (page: string) => (error: unknown) =>
    console.error(`Dialogrum: could not load ${page}:`, error);
  consoleWindow.loadFile(deps.paths.consolePage).catch(report(deps.paths.consolePage));
  projector.loadFile(deps.paths.projectorPage).catch(report(deps.paths.projectorPage));
  return { console: consoleWindow, projector };
}
