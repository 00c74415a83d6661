import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HostEvent } from '../../shared/api';
import { DomainError } from '../../shared/errors';
import { remaining } from '../../shared/timer';
import { route } from './router';
import { addParticipant, addPoint, fakeClock, hostHarness } from './testing/hostHarness';
import { useTempDirs } from '../platform/testing/tempDirs';

const tempDir = useTempDirs();

function setup() {
  const clock = fakeClock();
  return { clock, harness: hostHarness(tempDir(), clock.now) };
}

const journalRevisions = (file: string) =>
  fs
    .readFileSync(`${file}.journal`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { revision: number }).revision);

const patchEvents = (events: HostEvent[]) =>
  events.flatMap((e) => (e.type === 'patches' ? [e] : []));

describe('dispatch', () => {
  it('acknowledges a change only once it is in the journal, then broadcasts its patches', async () => {
    const { harness } = setup();
    const { host, events } = await harness.start();
    const file = (await host.handlers.getState(undefined)).document.path;
    const ack = await host.handlers.dispatch(addPoint('pt1', 'Velkomst'));
    expect(ack).toEqual({ revision: 1 });
    expect(journalRevisions(file)).toEqual([1]);
    const [event] = patchEvents(events);
    expect(event).toMatchObject({ revision: 1, canUndo: true, canRedo: false });
    expect(event?.savedAt).not.toBeNull();
    const state = await host.handlers.getState(undefined);
    expect(state.revision).toBe(1);
    expect(state.workshop.agenda.map((p) => p.title)).toEqual(['Velkomst']);
    await host.close();
  });

  it('changes nothing for a refused command: state, revision, journal, events', async () => {
    const { harness } = setup();
    const { host, events } = await harness.start();
    await host.handlers.dispatch(addPoint('pt1'));
    const before = await host.handlers.getState(undefined);
    const journal = fs.readFileSync(`${before.document.path}.journal`, 'utf8');
    const eventCount = events.length;
    await expect(host.handlers.dispatch(addPoint('pt1'))).rejects.toMatchObject({
      code: 'duplicate-id',
    });
    await expect(host.handlers.dispatch({ type: 'room.next' })).rejects.toBeInstanceOf(DomainError);
    // A caller that skipped the router's validation is refused too.
    const bogus = { type: 'agenda.remove', id: 42 } as unknown as Parameters<
      typeof host.handlers.dispatch
    >[0];
    await expect(host.handlers.dispatch(bogus)).rejects.toMatchObject({ code: 'invalid-command' });
    expect(await host.handlers.getState(undefined)).toEqual(before);
    expect(fs.readFileSync(`${before.document.path}.journal`, 'utf8')).toBe(journal);
    expect(events).toHaveLength(eventCount);
    await host.close();
  });

  it('serialises concurrent dispatches: one revision each, journal and events in order', async () => {
    const { harness } = setup();
    const { host, events } = await harness.start();
    const acks = await Promise.all(
      Array.from({ length: 100 }, (_, i) => host.handlers.dispatch(addPoint(`pt${i}`))),
    );
    const expected = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(acks.map((a) => a.revision)).toEqual(expected);
    expect(patchEvents(events).map((e) => e.revision)).toEqual(expected);
    const state = await host.handlers.getState(undefined);
    expect(journalRevisions(state.document.path)).toEqual(expected);
    await host.close();
  });

  it('hands out a workshop no one can change behind the host’s back, even a broken listener', async () => {
    const { harness } = setup();
    const { host } = await harness.start();
    host.subscribe(() => {
      throw new Error('a broken view');
    });
    expect(await host.handlers.dispatch(addPoint('pt1'))).toEqual({ revision: 1 });
    const { host: again } = await harness.start();
    const state = await again.handlers.getState(undefined);
    expect(() => state.workshop.agenda.pop()).toThrow(TypeError);
    expect(host.warnings.join()).toContain('a broken view');
    await Promise.all([host.close(), again.close()]);
  });

  it('reaches the host through the router with the same result codes', async () => {
    const { harness } = setup();
    const { host } = await harness.start();
    expect(await route(host.handlers, 'dispatch', addPoint('pt1'))).toEqual({
      ok: true,
      result: { revision: 1 },
    });
    const refused = await route(host.handlers, 'dispatch', { type: 'point.start', id: 'nope' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await host.close();
  });
});

describe('undo and redo', () => {
  it('step back and forth, each a new journaled revision, and survive a restart', async () => {
    const { harness } = setup();
    const { host, events } = await harness.start();
    await host.handlers.dispatch(addPoint('pt1'));
    await host.handlers.dispatch(addPoint('pt2'));
    expect(await host.handlers.undo(undefined)).toEqual({ revision: 3 });
    expect(patchEvents(events).at(-1)).toMatchObject({ canUndo: true, canRedo: true });
    expect(await host.handlers.redo(undefined)).toEqual({ revision: 4 });
    expect(await host.handlers.undo(undefined)).toEqual({ revision: 5 });
    const state = await host.handlers.getState(undefined);
    expect(state.workshop.agenda.map((p) => p.id)).toEqual(['pt1']);
    expect(journalRevisions(state.document.path)).toEqual([1, 2, 3, 4, 5]);

    // Restart without a clean close: the undone state is what comes back.
    const { host: again } = await harness.start();
    const reopened = await again.handlers.getState(undefined);
    expect(reopened.revision).toBe(5);
    expect(reopened.workshop).toEqual(state.workshop);
    // Undo history lives in memory only; it does not survive a restart.
    expect(reopened).toMatchObject({ canUndo: false, canRedo: false });
    await Promise.all([host.close(), again.close()]);
  });

  it('refuses with nothing to undo or redo, and a new change clears redo', async () => {
    const { harness } = setup();
    const { host } = await harness.start();
    await expect(host.handlers.undo(undefined)).rejects.toMatchObject({ code: 'nothing-to-undo' });
    await host.handlers.dispatch(addPoint('pt1'));
    await host.handlers.undo(undefined);
    await host.handlers.dispatch(addPoint('pt2'));
    await expect(host.handlers.redo(undefined)).rejects.toMatchObject({ code: 'nothing-to-redo' });
    expect((await host.handlers.getState(undefined)).revision).toBe(3);
    await host.close();
  });
});

describe('restart', () => {
  /** A meeting under way: a point running in its second room, its timer counting. */
  async function meetingUnderWay(
    harness: ReturnType<typeof setup>['harness'],
    clock: ReturnType<typeof fakeClock>,
  ) {
    const { host } = await harness.start();
    await host.handlers.dispatch({ type: 'workshop.update', title: 'Sammenhængende forløb' });
    await host.handlers.dispatch(addParticipant('p1', 'Anne Holm'));
    await host.handlers.dispatch(addPoint('pt1', 'Velkomst'));
    await host.handlers.dispatch(addPoint('pt2', 'Udskrivelse'));
    await host.handlers.dispatch({ type: 'point.start', id: 'pt1' });
    clock.advance(5 * 60_000);
    await host.handlers.dispatch({ type: 'point.finish', startNext: true });
    clock.advance(7 * 60_000);
    await host.handlers.dispatch({ type: 'room.next' });
    clock.advance(60_000);
    return { host, state: await host.handlers.getState(undefined) };
  }

  it.each([
    ['after a clean close', true],
    ['after a crash (no close)', false],
  ])(
    'reopens an equal document, timers and current room included, %s',
    async (_label, closeFirst) => {
      const { harness, clock } = setup();
      const { host, state } = await meetingUnderWay(harness, clock);
      if (closeFirst) await host.close();
      const { host: again } = await harness.start();
      const reopened = await again.handlers.getState(undefined);
      expect(reopened.revision).toBe(state.revision);
      expect(reopened.document).toEqual(state.document);
      expect(reopened.workshop).toEqual(state.workshop);
      const point = reopened.workshop.agenda.find((p) => p.id === 'pt2')!;
      expect(reopened.workshop.activePointId).toBe('pt2');
      expect(point.roomPlan[point.roomIndex!]).toBe('developing');
      // The timer runs on from where it was: 30 planned, 8 minutes gone by now.
      expect(remaining(point.timer, clock.now())).toBe(22 * 60_000);
      if (!closeFirst) await host.close();
      await again.close();
    },
  );

  it('compacts every N changes and on close, keeping the previous file as .bak', async () => {
    const { harness } = setup();
    const { host } = await harness.start({ compactEvery: 10 });
    const file = (await host.handlers.getState(undefined)).document.path;
    for (let i = 0; i < 25; i++) await host.handlers.dispatch(addPoint(`pt${i}`));
    const onDisk = () => JSON.parse(fs.readFileSync(file, 'utf8')) as { revision: number };
    expect(onDisk().revision).toBe(20);
    expect(journalRevisions(file)).toEqual([21, 22, 23, 24, 25]);
    await host.close();
    expect(onDisk().revision).toBe(25);
    expect(JSON.parse(fs.readFileSync(`${file}.bak`, 'utf8')).revision).toBe(20);
    expect(journalRevisions(file)).toEqual([]);
  });

  it('refuses changes once closed', async () => {
    const { harness } = setup();
    const { host } = await harness.start();
    await host.close();
    await expect(host.handlers.dispatch(addPoint('pt1'))).rejects.toThrow(/closed/);
  });

  it('cleans temp files of interrupted writes at start', async () => {
    const { harness } = setup();
    fs.mkdirSync(harness.documentsDir, { recursive: true });
    const leftover = path.join(
      harness.documentsDir,
      '.Workshop 1.dialogrum.dialogrum-tmp-123-abcd',
    );
    fs.writeFileSync(leftover, '{"format":"dialog');
    const { host } = await harness.start();
    expect(fs.existsSync(leftover)).toBe(false);
    expect(fs.readdirSync(harness.documentsDir).sort()).toEqual([
      'Workshop 1.dialogrum',
      'Workshop 1.dialogrum.journal',
    ]);
    await host.close();
  });
});
