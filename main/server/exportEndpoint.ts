import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parseExportQuery } from '../../shared/exporters/exportRequest';
import type { Workshop } from '../../shared/model/workshop';
import type { ExportService } from '../exporters/exportService';
import { PdfPrintError } from '../exporters/pdfPrinter';
import { setSecurityHeaders } from './securityHeaders';

/**
 * Browser mode's downloads: `GET /export?format=xlsx&lang=da&sep=%3B&org=1` answers with the file,
 * made by the host's export service (a PDF too, where the host has a printer: a headless Chromium).
 *
 * Why an HTTP GET and not a host request over the WebSocket: the files are binary and can be
 * megabytes; over the socket they would travel as base64 inside JSON (a third larger) on the one
 * connection that also carries every command and event, and the page would then have to rebuild
 * them into a Blob. A GET with `Content-Disposition: attachment` lets the browser stream the file
 * straight to the user's downloads, and it only reads: nothing in the workshop can change through it.
 * It is guarded like the socket: the server has already refused other Host names (DNS rebinding);
 * here a request that says it comes from another origin or site is refused too.
 */
export const EXPORT_PATH = '/export';

export interface ExportEndpointOptions {
  /** The workshop to export and its revision (written into a .dialogrum export). */
  workshop: () => Promise<{ workshop: Workshop; revision: number }>;
  exports: ExportService;
  /** The origins the console is served from, read at request time (known once listening). */
  allowedOrigins: () => ReadonlySet<string>;
  clock?: () => Date;
}

function refuse(res: ServerResponse, status: number, text: string): void {
  setSecurityHeaders(res);
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** `attachment; filename="…"` with an ASCII fallback and the real name in RFC 5987 form. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/[æÆ]/g, (c) => (c === 'æ' ? 'ae' : 'AE'))
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii || 'export'}"; filename*=UTF-8''${encoded}`;
}

/** Whether the request comes from the console's own page (or was typed in the address bar). */
export function isOwnRequest(req: IncomingMessage, origins: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && !origins.has(origin)) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

/** Returns a handler that answers `/export` requests (true) and leaves the others alone (false). */
export function createExportEndpoint(options: ExportEndpointOptions) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== EXPORT_PATH) return false;
    answerExport(req, res, url.searchParams, options);
    return true;
  };
}

/**
 * One download, its query already picked out of the URL: the console's `/export` and the team
 * devices' `/team/export` (main/server/team/) answer through this alike.
 */
export function answerExport(
  req: IncomingMessage,
  res: ServerResponse,
  query: URLSearchParams,
  options: ExportEndpointOptions,
): void {
  const clock = options.clock ?? (() => new Date());
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    refuse(res, 405, 'Method not allowed');
    return;
  }
  if (!isOwnRequest(req, options.allowedOrigins())) {
    refuse(res, 403, 'Forbidden');
    return;
  }
  const request = parseExportQuery(query);
  if (request === null) {
    refuse(res, 400, 'Unknown export: give format=xlsx|csv|md|ics|docx|json|pdf, lang=da|en');
    return;
  }
  void (async () => {
    const started = performance.now();
    const { workshop, revision } = await options.workshop();
    const [result] = await options.exports.export(workshop, {
      ...request,
      generatedAt: clock(),
      revision,
    });
    if (!result) throw new Error('No file');
    setSecurityHeaders(res);
    res.writeHead(200, {
      'Content-Type': result.mime,
      'Content-Length': result.bytes.byteLength,
      'Content-Disposition': contentDisposition(result.fileName),
      'Cache-Control': 'no-store',
      // How long the export took on the host, for the console's own measurement.
      'Server-Timing': `export;dur=${(performance.now() - started).toFixed(0)}`,
    });
    res.end(result.bytes);
  })().catch((error: unknown) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    // No printer here (a browser prints the print view itself, print.html): not the server's fault.
    if (error instanceof PdfPrintError && error.unavailable) {
      refuse(res, 501, `PDF: open the print view (print.html) and print it. ${error.message}`);
      return;
    }
    refuse(
      res,
      500,
      `The export failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
}
