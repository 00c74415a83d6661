/**
 * The WebSocket path the host serves; the renderer connects to it on its own origin. On its own,
 * without zod, so the pages import it without the schemas (shared/wsProtocol.ts re-exports it).
 */
export const WS_PATH = '/ws';
