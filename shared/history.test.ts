import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import {
  canRedo,
  canUndo,
  emptyHistory,
  HISTORY_LIMIT,
  record,
  redo,
  undo,
  type History,
} from './history';
import type { Workshop } from './model/workshop';
import { parseCommand, reduce } from './reducer';
import { meeting, type CommandInput } from './testing/commandCases';

/** Apply commands as the host does: reduce, then record the patches in the history. */
function apply(state: Workshop, history: History, commands: CommandInput[]) {
  let now = 10_000;
  for (const input of commands) {
    const command = parseCommand(input);
    const { state: next, patches, inversePatches } = reduce(state, command, { now: now++ });
    history = record(history, { label: command.type, patches, inversePatches });
    state = next;
  }
  return { state, history };
}

/** A stretch of a meeting: agenda, rooms, timers, ideas, clusters, dots, actions. */
const stretch: CommandInput[] = [
  { type: 'workshop.update', title: 'Dialogmøde', date: '2026-11-25' },
  {
    type: 'participant.add',
    participant: { id: 'p5', name: 'Eva', title: '', organisation: '', present: true },
  },
  {
    type: 'agenda.add',
    point: { id: 'pt3', title: 'Ny', purpose: 'decision', plannedMinutes: 15, presenter: '' },
  },
  { type: 'agenda.move', id: 'pt3', toIndex: 0 },
  { type: 'room.next' },
  { type: 'idea.add', id: 'i3', pointId: 'pt1', text: 'Fast kontaktperson' },
  { type: 'idea.merge', id: 'i1', sourceIds: ['i2'], text: 'Tjekliste og opkald' },
  { type: 'cluster.add', id: 'c2', pointId: 'pt1', name: 'Kontakt', ideaIds: ['i3'] },
  { type: 'dot.add', id: 'd2', pointId: 'pt1', targetId: 'c2', participantId: 'p2' },
  { type: 'room.goTo', room: 'acting' },
  { type: 'action.add', action: { id: 'a2', what: 'Ring til kommunen', ownerIds: ['p2'] } },
  { type: 'point.finish', startNext: true },
  { type: 'agenda.remove', id: 'pt2' },
  { type: 'participant.remove', id: 'p4' },
  { type: 'killer.flag', id: 'k2', killerId: 3, participantId: 'p3' },
];

describe('undo and redo', () => {
  it('undo all the way back gives the start; redo all the way gives the end', () => {
    const start = meeting();
    const end = apply(start, emptyHistory, stretch);
    let { state, history } = end;
    const steps = history.log.length;
    expect(steps).toBe(stretch.length);
    for (let i = 0; i < steps; i++) ({ state, history } = undo(state, history));
    expect(state).toEqual(start);
    expect(canUndo(history)).toBe(false);
    expect(history.log).toHaveLength(0); // alone, an undone step is forgotten at once
    for (let i = 0; i < steps; i++) ({ state, history } = redo(state, history));
    expect(state).toEqual(end.state);
    expect(canRedo(history)).toBe(false);
    expect(history.log).toHaveLength(steps);
  });

  it('returns the patches a view needs: undo sends the inverse, redo the original', () => {
    const { state, history } = apply(meeting(), emptyHistory, [
      { type: 'workshop.update', title: 'Før' },
    ]);
    const undone = undo(state, history);
    expect(undone.patches).toEqual(history.log[0]!.inversePatches);
    expect(undone.state.title).toBe('');
    const redone = redo(undone.state, undone.history);
    expect(redone.patches).toEqual(history.log[0]!.patches);
    expect(redone.state.title).toBe('Før');
  });

  it('a new change after an undo drops what could have been redone', () => {
    const first = apply(meeting(), emptyHistory, [{ type: 'workshop.update', title: 'A' }]);
    const undone = undo(first.state, first.history);
    const after = apply(undone.state, undone.history, [{ type: 'workshop.update', title: 'B' }]);
    expect(canRedo(after.history)).toBe(false);
    expect(() => redo(after.state, after.history)).toThrow(DomainError);
  });

  it('does not record a command that changed nothing', () => {
    const { history } = apply(meeting(), emptyHistory, [{ type: 'room.goTo', room: 'clarifying' }]);
    expect(history).toBe(emptyHistory);
  });

  it('refuses with nothing to undo or redo, leaving the state as it was', () => {
    const state = meeting();
    expect(() => undo(state, emptyHistory)).toThrow(
      expect.objectContaining({ code: 'nothing-to-undo' }),
    );
    expect(() => redo(state, emptyHistory)).toThrow(
      expect.objectContaining({ code: 'nothing-to-redo' }),
    );
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    const titles = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => ({
      type: 'workshop.update' as const,
      title: `T${i}`,
    }));
    const { history } = apply(meeting(), emptyHistory, titles);
    expect(history.log).toHaveLength(HISTORY_LIMIT);
    expect(history.log[0]!.patches).toEqual([{ op: 'replace', path: ['title'], value: 'T5' }]);
  });
});
