import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeDocument } from '../../shared/document/format';
import { printViewQuery } from '../../shared/exporters/printViewQuery';
import { createStaticHandler } from '../server/staticFiles';
import { PdfPrintError, type PdfPrinter } from './pdfPrinter';

/** Where a Chromium may be; DIALOGRUM_CHROMIUM names another. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const named = env.DIALOGRUM_CHROMIUM;
  if (named !== undefined && named !== '') {
    if (existsSync(named)) return named;
    throw new PdfPrintError(`DIALOGRUM_CHROMIUM=${named}: there is no such file.`, {
      unavailable: true,
    });
  }
  const found = CHROMIUM_CANDIDATES.find((c) => existsSync(c));
  if (found) return found;
  throw new PdfPrintError(
    'PDF needs Chromium (or Chrome), which was not found. Install it (Debian: apt install chromium) ' +
      'or set DIALOGRUM_CHROMIUM to its path; or export docx, or print the minutes from the app.',
    { unavailable: true },
  );
}

/** The built renderer with the print view: beside the host's bundle (dist/main/cli.js → dist/renderer). */
export function findRendererDir(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [
    env.DIALOGRUM_RENDERER_DIR,
    fileURLToPath(new URL('../renderer', import.meta.url)),
    // From source (tsx, tests): the build of DIALOGRUM_DIST_DIR or dist/.
    path.resolve(
      fileURLToPath(new URL('../../', import.meta.url)),
      env.DIALOGRUM_DIST_DIR ?? 'dist',
      'renderer',
    ),
  ].filter((c): c is string => c !== undefined && c !== '');
  const found = candidates.find((dir) => existsSync(path.join(dir, 'print.html')));
  if (found) return found;
  throw new PdfPrintError(
    `The print view (print.html) is not built: run "npm run build" (looked in ${candidates.join(', ')}).`,
  );
}

/**
 * The PDF printed by a headless Chromium: the app's own print view (renderer/print.html), served on
 * a loopback port for this one print with the workshop as its only data (the `./export?format=json`
 * the page reads), printed with --print-to-pdf.
 */
export function createChromiumPrinter(
  options: {
    env?: NodeJS.ProcessEnv;
    /** The built renderer (browser mode knows it); found beside the bundle by default. */
    rendererDir?: string;
    timeoutMs?: number;
  } = {},
): PdfPrinter {
  const env = options.env ?? process.env;
  return {
    async print(workshop, request) {
      const chromium = findChromium(env);
      const serveStatic = createStaticHandler(options.rendererDir ?? findRendererDir(env));
      // The page only reads the workshop; the revision and date in the document are not shown.
      const document = serializeDocument(workshop, 0, new Date());
      let expectedHost = '';
      const server = createServer((req, res) => {
        if (req.headers.host !== expectedHost) {
          res.writeHead(421).end();
          return;
        }
        if (new URL(req.url ?? '/', 'http://localhost').pathname === '/export') {
          res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
          res.end(document);
          return;
        }
        serveStatic(req, res).catch(() => res.writeHead(500).end());
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      expectedHost = `127.0.0.1:${(server.address() as AddressInfo).port}`;
      const work = await mkdtemp(path.join(tmpdir(), 'dialogrum-pdf-'));
      const out = path.join(work, 'minutes.pdf');
      try {
        await runChromium(
          chromium,
          [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            `--user-data-dir=${path.join(work, 'profile')}`,
            '--no-pdf-header-footer',
            // Virtual time runs the page (its fetch of the workshop, React's render) before printing.
            '--virtual-time-budget=20000',
            `--print-to-pdf=${out}`,
            `http://${expectedHost}/print.html?${printViewQuery(request)}`,
          ],
          options.timeoutMs ?? 90_000,
        );
        const bytes = await readFile(out).catch(() => null);
        if (!bytes || bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
          throw new PdfPrintError('Chromium did not write a PDF.');
        }
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } finally {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await rm(work, { recursive: true, force: true });
      }
    },
  };
}

function runChromium(file: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new PdfPrintError(`Chromium did not finish within ${timeoutMs / 1000} s.`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(
        new PdfPrintError(`Chromium could not start: ${error.message}`, { unavailable: true }),
      );
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else {
        const last = stderr.trim().split('\n').at(-1) ?? '';
        reject(new PdfPrintError(`Chromium failed (exit ${code}): ${last}`));
      }
    });
  });
}
