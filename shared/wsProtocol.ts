import { z } from 'zod';
import type { HostEvent, HostResponse } from './api';

export { WS_PATH } from './wsPath';

/** Client → host: one request, answered by a response with the same id. */
export const WsRequestSchema = z.strictObject({
  id: z.number().int().nonnegative(),
  name: z.string().max(64),
  // JSON has no undefined: a request without a payload (getState, undo …) leaves the key out.
  payload: z.unknown().optional(),
});
export type WsRequest = z.infer<typeof WsRequestSchema>;

/** Host → client: a response to a request, or an event pushed to every subscriber in order. */
export type WsServerMessage = { id: number; response: HostResponse } | { event: HostEvent };
