import WebSocket from 'ws';
import type { Command } from '../../../shared/commands';

/**
 * The host's WebSocket API (shared/wsProtocol.ts), the way a second window talks to it: for
 * setting a meeting up quickly, for what the console has no field for, and to read the state.
 */
export class HostSocket {
  private nextId = 0;
  private readonly pending = new Map<number, (response: unknown) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { id?: number; response?: unknown };
      if (message.id !== undefined) this.pending.get(message.id)?.(message.response);
    });
  }

  static async connect(appUrl: string): Promise<HostSocket> {
    const ws = new WebSocket(`${appUrl.replace(/^http/, 'ws')}ws`, {
      origin: appUrl.replace(/\/$/, ''),
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new HostSocket(ws);
  }

  request(name: string, payload?: unknown): Promise<unknown> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (response) => {
        this.pending.delete(id);
        const r = response as { ok: boolean; result?: unknown; error?: unknown };
        if (r.ok) resolve(r.result);
        else reject(new Error(`${name} refused: ${JSON.stringify(r.error)}`));
      });
      this.ws.send(JSON.stringify(payload === undefined ? { id, name } : { id, name, payload }));
    });
  }

  dispatch(command: Command): Promise<unknown> {
    return this.request('dispatch', command);
  }

  async ideas(): Promise<{ id: string; text: string; authorId: string | null }[]> {
    const state = (await this.request('getState')) as {
      workshop: { ideas: { id: string; text: string; authorId: string | null }[] };
    };
    return state.workshop.ideas;
  }

  close(): void {
    this.ws.close();
  }
}
