import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the built app's pieces sit, relative to the app root (`app.getAppPath()`, asar or not). */
export interface AppPaths {
  preload: string;
  consolePage: string;
  projectorPage: string;
  /** File URLs of the two pages: the only documents our windows may show or talk to the host from. */
  consoleUrl: string;
  projectorUrl: string;
}

export function appPaths(appRoot: string): AppPaths {
  const consolePage = path.join(appRoot, 'dist', 'renderer', 'index.html');
  const projectorPage = path.join(appRoot, 'dist', 'renderer', 'projector.html');
  return {
    preload: path.join(appRoot, 'dist', 'main', 'electron', 'preload.cjs'),
    consolePage,
    projectorPage,
    consoleUrl: pathToFileURL(consolePage).href,
    projectorUrl: pathToFileURL(projectorPage).href,
  };
}

/** Documents live in a folder of their own inside the user's documents folder. */
export function documentsFolder(userDocuments: string): string {
  return path.join(userDocuments, 'Dialogrum');
}

/**
 * `DIALOGRUM_HOME` puts settings, browser data and workshops under one folder: for running from
 * a USB stick, and for tests that must not touch the user's own Documents.
 */
export const HOME_VARIABLE = 'DIALOGRUM_HOME';

export function homeFolders(home: string): { userData: string; documents: string } {
  const root = path.resolve(home);
  return { userData: path.join(root, 'userData'), documents: path.join(root, 'Documents') };
}
