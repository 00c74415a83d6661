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
import { normaliseText } from '../../shared/model/text';

export function isRequestName(name: unknown): name is HostRequestName {
  return typeof name === 'string' && Object.hasOwn(HostRequestSchemas, name);
}

export function toErrorPayload(error: unknown): HostErrorPayload {
  if (isDomainError(error)) {
    const { code, message, details } = error;
    return details ? { code, message, details } : { code, message };
  }
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
      error: {
        code: 'invalid-command',
        message: z.prettifyError(parsed.error),
        details: invalidFieldDetails(parsed.error, payload),
      },
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

/**
 * Which field of a refused payload was wrong, for the renderer to name: `field` is the last key
 * of the path (title, name, text…); a too-long text adds its `limit` and the `length` written.
 */
export function invalidFieldDetails(
  error: z.ZodError,
  payload: unknown,
): Record<string, string | number> {
  const issue = error.issues[0];
  if (!issue) return {};
  const field = issue.path.findLast((key): key is string => typeof key === 'string');
  const details: Record<string, string | number> = field ? { field } : {};
  if (issue.code === 'too_big' && issue.origin === 'string') {
    let value: unknown = payload;
    for (const key of issue.path) {
      value = value !== null && typeof value === 'object' ? Reflect.get(value, key) : undefined;
    }
    details.limit = Number(issue.maximum);
    if (typeof value === 'string') details.length = normaliseText(value).length;
  } else if (issue.code === 'too_small' && issue.origin === 'string') {
    details.required = 1;
  }
  return details;
}
