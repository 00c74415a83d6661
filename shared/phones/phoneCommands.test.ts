import { describe, expect, it } from 'vitest';
import { reduce } from '../reducer';
import { run, runningWorkshop } from '../testing/fixture';
import { alreadyDone, phoneCommand } from './phoneCommands';

const developing = () =>
  run(runningWorkshop(), [
    { type: 'room.goTo', room: 'developing' },
    { type: 'turns.setup', pointId: 'pt1', order: ['p1', 'p2'] },
  ]);

describe('phoneCommand', () => {
  it("adds the holder's idea in their name on the running point and passes the turn on", () => {
    const w = developing();
    const { command, result } = phoneCommand(w, 'p1', {
      id: 1,
      name: 'addIdea',
      payload: { id: 'n1', text: 'Ring dagen efter' },
    });
    expect(result).toEqual({ ideaId: 'n1' });
    const after = reduce(w, command, { now: 5 }).state;
    expect(after.ideas).toEqual([
      expect.objectContaining({
        id: 'n1',
        pointId: 'pt1',
        authorId: 'p1',
        text: 'Ring dagen efter',
      }),
    ]);
    expect(after.agenda[0]!.turns!.index).toBe(1);
  });

  it('records a pass as the holder passing', () => {
    const w = developing();
    const { command } = phoneCommand(w, 'p1', { id: 1, name: 'pass', payload: {} });
    const turns = reduce(w, command, { now: 5 }).state.agenda[0]!.turns!;
    expect(turns.log).toEqual([expect.objectContaining({ participantId: 'p1', kind: 'pass' })]);
  });

  it("spends the participant's own dot", () => {
    const w = run(developing(), [
      { type: 'idea.add', id: 'i1', pointId: 'pt1', text: 'A', authorId: null },
    ]);
    const { command } = phoneCommand(w, 'p2', {
      id: 1,
      name: 'addDot',
      payload: { id: 'd1', targetId: 'i1' },
    });
    expect(reduce(w, command, { now: 5 }).state.dots).toEqual([
      { id: 'd1', pointId: 'pt1', targetId: 'i1', participantId: 'p2' },
    ]);
  });
});

describe('alreadyDone', () => {
  it("knows a resent idea or dot of the same participant, and nobody else's", () => {
    const w = run(developing(), [
      { type: 'idea.add', id: 'n1', pointId: 'pt1', text: 'A', authorId: 'p1' },
      { type: 'dot.add', id: 'd1', pointId: 'pt1', targetId: 'n1', participantId: 'p1' },
    ]);
    const resend = { id: 2, name: 'addIdea', payload: { id: 'n1', text: 'A' } } as const;
    expect(alreadyDone(w, 'p1', resend)).toEqual({ ideaId: 'n1' });
    expect(alreadyDone(w, 'p2', resend)).toBeNull();
    expect(
      alreadyDone(w, 'p1', { id: 3, name: 'addDot', payload: { id: 'd1', targetId: 'n1' } }),
    ).toEqual({ dotId: 'd1' });
    expect(
      alreadyDone(w, 'p1', { id: 4, name: 'addIdea', payload: { id: 'n2', text: 'B' } }),
    ).toBeNull();
  });
});
