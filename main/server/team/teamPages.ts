import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import {
  TEAM_CONSOLE_PATH,
  TEAM_PRINT_PATH,
  TEAM_PROJECTOR_PATH,
} from '../../../shared/team/contract';
import { sendBuiltFile } from '../builtFile';
import { setSecurityHeaders } from '../securityHeaders';

/**
 * The team pages are the build's own console, projector and print view, served at their team
 * paths. The print view holds no data: it fetches the workshop with the device's token.
 */
const PAGES: Readonly<Record<string, string>> = {
  [TEAM_CONSOLE_PATH]: 'index.html',
  [TEAM_PROJECTOR_PATH]: 'projector.html',
  [TEAM_PRINT_PATH]: 'print.html',
};

/** A file name in the build's assets folder, flat (Vite writes no subfolders): no way out. */
const ASSET_PATH = /^\/assets\/([\w-]+(?:\.[\w-]+)+)$/;

/** Browsers ask for it unprompted: "no icon" (204), not a red 404 line in the console. */
const FAVICON = '/favicon.ico';

/** Whether this path is one the team pages are served under. */
export function isTeamPagePath(urlPath: string): boolean {
  return Object.hasOwn(PAGES, urlPath) || ASSET_PATH.test(urlPath) || urlPath === FAVICON;
}

function sendText(res: ServerResponse, status: number, text: string): void {
  setSecurityHeaders(res);
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** The file a team path names, inside the build (symlinks resolved); null when there is none. */
async function fileFor(root: string, urlPath: string): Promise<string | null> {
  const name = PAGES[urlPath] ?? ASSET_PATH.exec(urlPath)?.[1];
  if (!name) return null;
  const file = PAGES[urlPath] ? path.join(root, name) : path.join(root, 'assets', name);
  try {
    const real = await realpath(file);
    const relative = path.relative(root, real);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

/**
 * Serves the console and projector pages to team devices (issue 16), and every asset of the
 * build (the console loads its rooms lazily), GET/HEAD only. The pages carry their own CSP as
 * a header; hashed assets are cached for good and sent precompressed where the browser takes it.
 */
export function createTeamPageHandler(staticDir: string) {
  const rootPromise = realpath(path.resolve(staticDir)).catch(() => path.resolve(staticDir));
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'Method not allowed');
    }
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (urlPath === FAVICON) {
      setSecurityHeaders(res);
      res.writeHead(204, { 'Cache-Control': 'no-cache' });
      res.end();
      return;
    }
    const file = await fileFor(await rootPromise, urlPath);
    if (!file) return sendText(res, 404, 'Not found');
    if (!(await sendBuiltFile(req, res, file))) sendText(res, 404, 'Not found');
  };
}
