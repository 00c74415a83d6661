import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';

/**
 * What the console's and the phones' WebSocket servers share, written once: refusing an
 * upgrade with a plain HTTP answer, and sending to a client that may have stopped reading.
 * The two protocols and their limits stay separate (wsServer.ts, phones/).
 */

/** Answers an upgrade that is refused (wrong path, host, origin, or over a cap) and hangs up. */
export function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\n` +
      `Content-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`,
  );
}

/**
 * Sends `text` unless the client has stopped reading: past `maxBuffered` bytes waiting it is
 * cut off, so one stalled client cannot hold the host's memory.
 */
export function sendBounded(ws: WebSocket, text: string, maxBuffered: number): void {
  if (ws.readyState !== ws.OPEN) return;
  if (ws.bufferedAmount > maxBuffered) {
    ws.terminate();
    return;
  }
  ws.send(text);
}
