import { z } from 'zod';
import {
  HostRequestSchemas,
  type HostErrorPayload,
  type HostHandlers,
  type HostRequestName,
  type HostResponse,
} from '../../shared/api';
import { DocumentError } from '../../shared/document/format';
import { isDomainError } from '../../shared/errors';

export function isRequestName(name: unknown): name is HostRequestName {
  return typeof name === 'string' && Object.hasOwn(HostRequestSchemas, name);
}

export function toErrorPayload(error: unknown): HostErrorPayload {
  if (isDomainError(error)) return { code: error.code, message: error.message };
  if (error instanceof DocumentError) return { code: 'document-error', message: error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/**
 * The one door into the host for every transport (IPC, WebSocket): checks the request name and
 * validates the payload with its zod schema before any handler sees it. Never throws.
 */
export async function route(
  handlers: HostHandlers,
  name: unknown,
  payload: unknown,
): Promise<HostResponse> {
  if (!isRequestName(name)) {
    return {
      ok: false,
      error: { code: 'invalid-command', message: `Unknown request ${String(name)}` },
    };
  }
  const parsed = HostRequestSchemas[name].safeParse(payload);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-command', message: z.prettifyError(parsed.error) },
    };
  }
  try {
    const handler = handlers[name] as (p: unknown) => Promise<unknown>;
    const result = await handler(parsed.data);
    return { ok: true, result } as HostResponse;
  } catch (error) {
    return { ok: false, error: toErrorPayload(error) };
  }
}
