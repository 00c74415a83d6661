import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { acceptedEncodings, firstPrecompressed, type Precompressed } from './contentEncoding';
import { cspFromHtml, setSecurityHeaders } from './securityHeaders';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

/** Clean URLs of the two views; everything else is the file of that name under the root. */
const ROUTES: Readonly<Record<string, string>> = {
  '/': 'index.html',
  '/projector': 'projector.html',
};

export function mimeType(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path names inside root, or null when it would leave root (`..`, encoded
 * slashes, absolute paths, NUL bytes) or cannot be decoded.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  const routed = ROUTES[urlPath];
  let decoded: string;
  try {
    decoded = routed ?? decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function sendStatus(res: ServerResponse, status: number, text: string): void {
  setSecurityHeaders(res);
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Serves the built renderer: GET/HEAD only, nothing outside root, symlinks included. */
export function createStaticHandler(staticDir: string): StaticHandler {
  const rootPromise = realpath(path.resolve(staticDir)).catch(() => path.resolve(staticDir));

  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendStatus(res, 405, 'Method not allowed');
      return;
    }
    const root = await rootPromise;
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = resolveInside(root, urlPath);
    if (!file) {
      sendStatus(res, 404, 'Not found');
      return;
    }
    let body: Buffer;
    let encoded: Precompressed | null = null;
    try {
      const real = await realpath(file);
      if (!isInside(root, real) || !(await stat(real)).isFile()) {
        sendStatus(res, 404, 'Not found');
        return;
      }
      // The build's .br / .gz beside the file, when the browser takes it (pages excepted:
      // their CSP is read from the HTML).
      const precompressed = mimeType(real).startsWith('text/html')
        ? null
        : await firstPrecompressed(real, acceptedEncodings(req.headers['accept-encoding']));
      encoded = precompressed?.encoding ?? null;
      body = precompressed?.body ?? (await readFile(real));
    } catch {
      if (urlPath === '/favicon.ico') {
        // Browsers ask for it unprompted; "no icon" is not an error worth a red console line.
        setSecurityHeaders(res);
        res.writeHead(204, { 'Cache-Control': 'no-cache' });
        res.end();
        return;
      }
      sendStatus(res, 404, 'Not found');
      return;
    }
    const type = mimeType(file);
    const isHtml = type.startsWith('text/html');
    setSecurityHeaders(res, (isHtml && cspFromHtml(body.toString('utf8'))) || undefined);
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      ...(encoded ? { 'Content-Encoding': encoded.encoding } : {}),
      // A cache must not hand brotli to a browser that asked for nothing.
      ...(isHtml ? {} : { Vary: 'Accept-Encoding' }),
      // Vite hashes asset names, so they never change; the pages must always be fresh.
      'Cache-Control': urlPath.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
