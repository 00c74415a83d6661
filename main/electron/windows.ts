import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { AppPaths } from './appPaths';
import { projectorPlacement, type ScreenLike } from './projector';

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

export function consoleWindowOptions(paths: AppPaths): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
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
): BrowserWindowConstructorOptions {
  const placement = projectorPlacement(screen);
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

/** Creates both windows and loads their pages; the projector shows without taking focus. */
export function createShellWindows(deps: {
  BrowserWindow: WindowConstructor;
  screen: ScreenLike;
  paths: AppPaths;
}): ShellWindows {
  const consoleWindow = new deps.BrowserWindow(consoleWindowOptions(deps.paths));
  const projector = new deps.BrowserWindow(projectorWindowOptions(deps.paths, deps.screen));
  consoleWindow.once('ready-to-show', () => consoleWindow.show());
  projector.once('ready-to-show', () => projector.showInactive());
  // A missing build shows as an empty window; say why on stderr rather than as an unhandled rejection.
  const report = (page: string) => (error: unknown) =>
    console.error(`Dialogrum: could not load ${page}:`, error);
  consoleWindow.loadFile(deps.paths.consolePage).catch(report(deps.paths.consolePage));
  projector.loadFile(deps.paths.projectorPage).catch(report(deps.paths.projectorPage));
  return { console: consoleWindow, projector };
}
