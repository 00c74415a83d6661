import { describe, expect, it, vi } from 'vitest';
import type {
  HostEvent,
  HostPayload,
  HostRequestName,
  HostResults,
  StateSnapshot,
} from '../../../shared/api';
import type { Command } from '../../../shared/commands';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { FakeAuthoredHost } from './fakeAuthoredHost';
import { createWorkshopStore } from './workshopStore';

/** A host stand-in: real reducer patches, getState answered when the test says so. */
class FakeHost extends FakeAuthoredHost {
  history: HostEvent[] = [];
  getStateCalls = 0;
  private answers: (() => void)[] = [];

  override state(): StateSnapshot {
    return {
      ...super.state(),
      canUndo: this.revision > 0,
      document: { path: '/tmp/a.dialogrum', name: 'a' },
    };
  }

  protected override savedAt(): string {
    return `2026-01-01T00:00:0${this.revision % 10}.000Z`;
  }

  /** Answer the oldest pending getState with the state as it is now. */
  answerGetState(): void {
    this.answers.shift()?.();
  }

  override request<K extends HostRequestName>(
    name: K,
    _payload: HostPayload<K>,
  ): Promise<HostResults[K]> {
    if (name === 'getSettings') {
      return Promise.resolve({ language: 'da', recent: [] } as unknown as HostResults[K]);
    }
    if (name !== 'getState') return Promise.reject(new Error(`unexpected ${name}`));
    this.getStateCalls++;
    return new Promise((resolve) => {
      this.answers.push(() => resolve(this.state() as unknown as HostResults[K]));
    });
  }
}

const rename = (title: string): Command => ({ type: 'workshop.update', title });
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('workshopStore', () => {
  it('applies events that arrive before the first state, skipping those it already has', async () => {
    const host = new FakeHost();
    const store = createWorkshopStore(host);
    host.events.emit(host.apply(rename('A')));
    host.answerGetState(); // state at revision 1: includes 'A'
    const late = host.apply(rename('B'));
    await flush();
    host.events.emit(late);
    expect(store.getState().snapshot?.revision).toBe(2);
    expect(store.getState().snapshot?.workshop.title).toBe('B');
    expect(store.getState().snapshot?.savedAt).toBe(late.savedAt);
  });

  it('applies out-of-order events in revision order', async () => {
    const host = new FakeHost();
    const store = createWorkshopStore(host);
    host.answerGetState();
    await flush();
    const e1 = host.apply(rename('one'));
    const e2 = host.apply({
      type: 'participant.add',
      participant: {
        id: 'p1',
        name: 'Ida',
        title: '',
        organisation: '',
        sector: 'other',
        present: true,
      },
    });
    const e3 = host.apply(rename('three'));
    host.events.emit(e2);
    host.events.emit(e3);
    expect(store.getState().snapshot?.revision).toBe(0);
    host.events.emit(e1);
    const snap = store.getState().snapshot;
    expect(snap?.revision).toBe(3);
    expect(snap?.workshop.title).toBe('three');
    expect(snap?.workshop.participants.map((p) => p.name)).toEqual(['Ida']);
  });

  it('fetches the whole state again when an event is missing', async () => {
    const host = new FakeHost();
    const store = createWorkshopStore(host, { retryDelayMs: 5 });
    host.answerGetState();
    await flush();
    host.apply(rename('lost')); // revision 1 never delivered
    host.events.emit(host.apply(rename('two')));
    expect(host.getStateCalls).toBe(2);
    expect(store.getState().snapshot?.revision).toBe(0);
    host.answerGetState();
    await flush();
    expect(store.getState().snapshot?.revision).toBe(2);
    expect(store.getState().snapshot?.workshop.title).toBe('two');
  });

  it('ignores stale and duplicate events', async () => {
    const host = new FakeHost();
    const store = createWorkshopStore(host);
    const e1 = host.apply(rename('one'));
    host.answerGetState();
    await flush();
    const listener = vi.fn();
    store.subscribe(listener);
    host.events.emit(e1);
    host.events.emit(e1);
    expect(listener).not.toHaveBeenCalled();
    expect(store.getState().snapshot?.workshop.title).toBe('one');
  });

  it('replaces everything on a snapshot event, and drops a fetch begun before it', async () => {
    const host = new FakeHost();
    const store = createWorkshopStore(host);
    host.events.emit({ type: 'snapshot', snapshot: { ...host.state(), revision: 7 } });
    host.workshop = { ...host.workshop, title: 'old fetch' };
    host.answerGetState(); // answered with revision 0, begun before the snapshot
    await flush();
    expect(store.getState().snapshot?.revision).toBe(7);
    expect(store.getState().snapshot?.workshop.title).toBe('');
  });

  it('refetches when patches do not apply to its copy', async () => {
    const host = new FakeHost();
    const store = createWorkshopStore(host);
    host.answerGetState();
    await flush();
    host.events.emit({
      type: 'patches',
      revision: 1,
      patches: [{ op: 'replace', path: ['agenda', 3, 'title'], value: 'x' }],
      canUndo: true,
      canRedo: false,
      savedAt: null,
    });
    expect(host.getStateCalls).toBe(2);
    expect(store.getState().snapshot?.revision).toBe(0);
  });

  it('greys Undo when a refused undo leaves nothing to undo, at its own revision only', async () => {
    const host = new FakeHost();
    const store = createWorkshopStore(host);
    host.events.emit(host.apply(rename('Direktørforum for Aarhus-klyngen')));
    host.answerGetState();
    await flush();
    expect(store.getState().snapshot).toMatchObject({ revision: 1, canUndo: true });
    const before = store.getState().snapshot?.workshop;
    // A history event for a revision this copy has not reached yet waits for the patches.
    host.events.emit({ type: 'history', revision: 2, canUndo: false, canRedo: false });
    expect(store.getState().snapshot?.canUndo).toBe(true);
    host.events.emit({ type: 'history', revision: 1, canUndo: false, canRedo: false });
    expect(store.getState().snapshot).toMatchObject({ revision: 1, canUndo: false });
    expect(store.getState().snapshot?.workshop).toBe(before);
  });

  it('keeps the settings from the settings event', () => {
    const host = new FakeHost();
    const store = createWorkshopStore(host);
    host.events.emit({ type: 'settings', settings: { ...DEFAULT_SETTINGS, language: 'en' } });
    expect(store.getState().settings?.language).toBe('en');
  });
});
