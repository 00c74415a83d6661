import type { RawData } from 'ws';
import type { HostResponse } from '../../shared/api';
import { WsRequestSchema, type WsRequest, type WsServerMessage } from '../../shared/wsProtocol';

/**
 * Reading one message of the host API's WebSocket protocol (shared/wsProtocol.ts), for the
 * console's loopback socket (wsServer.ts) and the team devices' socket (team/) alike: what is
 * not a valid request is answered here, with its id when it has a usable one.
 */
export type ReadMessage = { ok: true; request: WsRequest } | { ok: false; reply: WsServerMessage };

export function transportError(message: string): HostResponse {
  return { ok: false, error: { code: 'transport-error', message } };
}

export function readWsMessage(data: RawData, isBinary: boolean): ReadMessage {
  const refuse = (id: number, message: string): ReadMessage => ({
    ok: false,
    reply: { id, response: transportError(message) },
  });
  if (isBinary) return refuse(-1, 'Binary messages are not accepted');
  let raw: unknown;
  try {
    raw = JSON.parse(data.toString());
  } catch {
    return refuse(-1, 'The message is not valid JSON');
  }
  const parsed = WsRequestSchema.safeParse(raw);
  if (parsed.success) return { ok: true, request: parsed.data };
  // Answer with the id when there is a usable one, so the client can settle that request.
  const id = (raw as { id?: unknown } | null)?.id;
  const knownId = typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : -1;
  return refuse(knownId, 'The message is not a valid request');
}
