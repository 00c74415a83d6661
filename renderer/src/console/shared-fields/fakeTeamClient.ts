import type { HostEvent, HostPayload, HostRequestName, HostResults } from '../../../../shared/api';
import type { Editor, Session } from '../../../../shared/team/contract';
import { Listeners, type ConnectionStatus, type HostClient } from '../../client/hostClient';

/** A host stand-in for the shared-field tests: records requests, answers getSession. */
export class FakeTeamClient implements HostClient {
  status: ConnectionStatus = 'open';
  readonly events = new Listeners<HostEvent>();
  readonly statuses = new Listeners<ConnectionStatus>();
  readonly sent: { name: HostRequestName; payload: unknown }[] = [];

  constructor(
    private readonly session: Session | null,
    /** Who the host says is in a field when asked (getPresence). */
    private readonly editors: Editor[] = [],
  ) {}

  request<K extends HostRequestName>(name: K, payload: HostPayload<K>): Promise<HostResults[K]> {
    this.sent.push({ name, payload });
    if (name === 'getSession') {
      return this.session
        ? Promise.resolve(this.session as HostResults[K])
        : Promise.reject(new Error('no session'));
    }
    if (name === 'getPresence') return Promise.resolve(this.editors as HostResults[K]);
    return Promise.resolve(null as HostResults[K]);
  }

  /** What setPresence was sent with, in order. */
  presence(): unknown[] {
    return this.sent.filter((s) => s.name === 'setPresence').map((s) => s.payload);
  }

  onEvent(listener: (event: HostEvent) => void) {
    return this.events.add(listener);
  }
  onStatus(listener: (status: ConnectionStatus) => void) {
    return this.statuses.add(listener);
  }
  close(): void {}
}
