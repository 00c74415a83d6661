import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { PHONE_JOIN_PATH } from '../../../shared/phones/protocol';
import { setSecurityHeaders } from '../securityHeaders';
import { sendBuiltFile } from '../builtFile';
import { mimeType } from '../staticFiles';

/** The phone page "phones-ui" builds as a Vite entry beside index.html and projector.html. */
export const PHONE_PAGE_FILE = 'participant.html';

const ASSET_NAME = /[\w-]+(?:\.[\w-]+)*\.(?:m?js|css|woff2?|ttf|otf|svg|png|jpe?g|webp|gif|ico)\b/g;

/**
 * The files the phone page can reach: the assets its HTML names and, in turn, the ones those
 * name (chunks, fonts). Only these are served on the network; the console and projector pages
 * and everything else in the build stay on the laptop.
 */
export async function phonePageFiles(staticDir: string): Promise<Map<string, string> | null> {
  let html: string;
  try {
    html = await readFile(path.join(staticDir, PHONE_PAGE_FILE), 'utf8');
  } catch {
    return null;
  }
  const assetsDir = path.join(staticDir, 'assets');
  const files = new Map<string, string>([[PHONE_JOIN_PATH, path.join(staticDir, PHONE_PAGE_FILE)]]);
  const queue = [html];
  while (queue.length > 0) {
    for (const name of queue.pop()!.match(ASSET_NAME) ?? []) {
      const urlPath = `/assets/${name}`;
      if (files.has(urlPath)) continue;
      const file = path.join(assetsDir, name);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        continue; // Not a file of the build: a name that only looks like one.
      }
      files.set(urlPath, file);
      if (/\.(m?js|css)$/.test(name)) queue.push(text);
    }
  }
  return files;
}

function sendText(res: ServerResponse, status: number, text: string): void {
  setSecurityHeaders(res);
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** Serves the phone page and its assets, GET/HEAD only; a clear 404 until the page is built. */
export function createPhonePageHandler(staticDir: string) {
  const filesPromise = phonePageFiles(staticDir);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'Method not allowed');
    }
    const files = await filesPromise;
    if (!files) return sendText(res, 404, 'The participant page is not built in this version.');
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = files.get(urlPath);
    if (!file) return sendText(res, 404, 'Not found');
    const type = urlPath === PHONE_JOIN_PATH ? 'text/html; charset=utf-8' : mimeType(file);
    // Sixty phones on meeting Wi-Fi: the build's .br / .gz, when the phone takes it.
    if (!(await sendBuiltFile(req, res, file, type))) sendText(res, 404, 'Not found');
  };
}
