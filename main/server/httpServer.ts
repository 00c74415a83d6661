import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Host } from '../host/hostTypes';
import { createExportService, type ExportService } from '../exporters/exportService';
import { createExportEndpoint } from './exportEndpoint';
import { allowedHosts, allowedOrigins, formatHost } from './origins';
import { setSecurityHeaders } from './securityHeaders';
import { createStaticHandler } from './staticFiles';
import { createWsEndpoint } from './wsServer';

export interface ServerOptions {
  host: Host;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 = any free port. */
  port?: number;
  /** Loopback by default: the workshop never leaves the laptop. */
  hostname?: string;
  /**
   * The host's export service (main/serve.ts makes it, with its PDF printer). Left out (tests,
   * benchmarks), the server makes one without a printer and closes it with itself.
   */
  exports?: ExportService;
}

export interface RunningServer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  port: number;
  /** Stops serving and drops every client; does not close the host. */
  close(): Promise<void>;
}

/** Browser mode: the renderer's files and the host's WebSocket on one local origin. */
export async function startServer({
  host,
  staticDir,
  port = 0,
  hostname = '127.0.0.1',
  exports,
}: ServerOptions): Promise<RunningServer> {
  const serveStatic = createStaticHandler(staticDir);
  let hosts: ReadonlySet<string> = new Set();
  // Downloads: the export service runs them in its worker thread, never on this one.
  const service = exports ?? createExportService();
  const serveExport = createExportEndpoint({
    workshop: () => host.handlers.getState(undefined),
    exports: service,
    allowedOrigins: () => allowedOrigins(hostname, actualPort),
  });

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // A page on another name that resolves here (DNS rebinding) gets nothing.
    if (!hosts.has(req.headers.host ?? '')) {
      setSecurityHeaders(res);
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Misdirected request');
      return;
    }
    if (serveExport(req, res)) return;
    serveStatic(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const actualPort = (server.address() as AddressInfo).port;
  hosts = allowedHosts(hostname, actualPort);
  const ws = createWsEndpoint({
    host,
    allowedHosts: hosts,
    allowedOrigins: allowedOrigins(hostname, actualPort),
  });
  server.on('upgrade', (req, socket, head) => ws.handleUpgrade(req, socket, head));

  let closing: Promise<void> | null = null;
  return {
    url: `http://${formatHost(hostname)}:${actualPort}/`,
    port: actualPort,
    close() {
      closing ??= (async () => {
        await ws.close();
        if (!exports) await service.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })();
      return closing;
    },
  };
}
