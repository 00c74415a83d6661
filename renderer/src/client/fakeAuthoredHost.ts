import type {
  HostEvent,
  HostPayload,
  HostRequestName,
  HostResults,
  StateSnapshot,
} from '../../../shared/api';
import type { Command } from '../../../shared/commands';
import { emptyWorkshop, type Workshop } from '../../../shared/model/workshop';
import { reduce } from '../../../shared/reducer';
import type { ChangeBy } from './changeAuthors';
import { Listeners, type ConnectionStatus, type HostClient } from './hostClient';

type PatchesEvent = Extract<HostEvent, { type: 'patches' }>;

/**
 * A host stand-in for the tests of who changed a field: real reducer patches, each event with
 * the `by` of the device that sent it (none for the facilitator's own, as the host sends them).
 * Events are returned, not delivered: the test chooses when, and in which order. The store's
 * own tests extend it (workshopStore.test.ts).
 */
export class FakeAuthoredHost implements HostClient {
  status: ConnectionStatus = 'open';
  readonly events = new Listeners<HostEvent>();
  workshop: Workshop = emptyWorkshop('w1');
  revision = 0;

  apply(command: Command, by?: ChangeBy): PatchesEvent {
    const applied = reduce(this.workshop, command, { now: 1000 });
    this.workshop = applied.state;
    this.revision++;
    return {
      type: 'patches',
      revision: this.revision,
      patches: applied.patches,
      canUndo: true,
      canRedo: false,
      savedAt: this.savedAt(),
      ...(by ? { by } : {}),
    };
  }

  /** When the host says the change was saved; none here. */
  protected savedAt(): string | null {
    return null;
  }

  /** The state as it is now, as getState answers it. */
  state(): StateSnapshot {
    return {
      revision: this.revision,
      workshop: this.workshop,
      canUndo: false,
      canRedo: false,
      document: { path: '/tmp/Direktørforum.dialogrum', name: 'Direktørforum' },
      savedAt: null,
    };
  }

  /** A `snapshot` event with the state as it is now (a reconnect, another file). */
  snapshot(): HostEvent {
    return { type: 'snapshot', snapshot: this.state() };
  }

  request<K extends HostRequestName>(name: K, _payload: HostPayload<K>): Promise<HostResults[K]> {
    if (name !== 'getState') return Promise.reject(new Error(`not asked here: ${name}`));
    return Promise.resolve(this.state() as HostResults[K]);
  }
  onEvent(listener: (event: HostEvent) => void) {
    return this.events.add(listener);
  }
  onStatus() {
    return () => {};
  }
  close() {}
}
