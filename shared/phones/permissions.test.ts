import { describe, expect, it } from 'vitest';
import type { Command } from '../commands';
import type { Workshop } from '../model/workshop';
import { run, runningWorkshop } from '../testing/fixture';
import { phoneRefusal } from './permissions';
import type { PhoneRequest } from './protocol';

const idea = (id = 'n1'): PhoneRequest => ({
  id: 1,
  name: 'addIdea',
  payload: { id, text: 'Fælles tjekliste' },
});
const pass: PhoneRequest = { id: 2, name: 'pass', payload: {} };
const dot = (targetId = 'i1', id = 'd9'): PhoneRequest => ({
  id: 3,
  name: 'addDot',
  payload: { id, targetId },
});
const scores: PhoneRequest = { id: 4, name: 'submitScores', payload: { formId: 'f', answers: {} } };

const developing = (...more: Command[]) =>
  run(runningWorkshop(), [
    { type: 'room.goTo', room: 'developing' },
    { type: 'turns.setup', pointId: 'pt1', order: ['p1', 'p2', 'p3'] },
    ...more,
  ]);
const negotiating = (...more: Command[]) =>
  run(runningWorkshop(), [
    { type: 'idea.add', id: 'i1', pointId: 'pt1', text: 'A', authorId: null },
    { type: 'idea.add', id: 'x1', pointId: 'pt2', text: 'Other point', authorId: null },
    { type: 'point.setDots', id: 'pt1', dotsPerPerson: 2 },
    { type: 'room.goTo', room: 'negotiating' },
    ...more,
  ]);
const may = (workshop: Workshop, who: string, request: PhoneRequest, locked = false) =>
  phoneRefusal({ workshop, participantId: who, locked }, request);

describe('phoneRefusal', () => {
  it('lets the turn holder add an idea or pass, and no one else', () => {
    const w = developing();
    expect(may(w, 'p1', idea())).toBeNull();
    expect(may(w, 'p1', pass)).toBeNull();
    expect(may(w, 'p2', idea())).toBe('not-your-turn');
    expect(may(w, 'p2', pass)).toBe('not-your-turn');
    const next = developing({ type: 'turns.take', pointId: 'pt1', kind: 'pass' });
    expect(may(next, 'p2', idea())).toBeNull();
    expect(may(next, 'p1', idea())).toBe('not-your-turn');
  });

  it('lets anyone add an idea in free mode, but there is no turn to pass', () => {
    const w = developing({ type: 'turns.change', pointId: 'pt1', mode: 'free' });
    expect(may(w, 'p3', idea())).toBeNull();
    expect(may(w, 'p4', idea())).toBeNull();
    expect(may(w, 'p3', pass)).toBe('not-your-turn');
  });

  it('refuses ideas once everyone has passed', () => {
    const w = developing(
      ...['p1', 'p2', 'p3'].map(
        () => ({ type: 'turns.take', pointId: 'pt1', kind: 'pass' }) as const,
      ),
    );
    expect(w.agenda[0]!.turns!.ended).toBe(true);
    expect(may(w, 'p1', idea())).toBe('not-your-turn');
  });

  it('refuses ideas outside the developing room and dots outside the negotiating room', () => {
    expect(may(runningWorkshop(), 'p1', idea())).toBe('wrong-room');
    expect(may(developing(), 'p1', dot())).toBe('wrong-room');
    expect(may(negotiating(), 'p1', idea())).toBe('wrong-room');
    const none = run(runningWorkshop(), [{ type: 'point.finish' }]);
    expect(may(none, 'p1', idea())).toBe('wrong-room');
  });

  it('refuses everything while input is locked, scores included', () => {
    const w = developing();
    expect(may(w, 'p1', idea(), true)).toBe('input-locked');
    expect(may(negotiating(), 'p1', dot(), true)).toBe('input-locked');
    expect(may(w, 'p1', scores, true)).toBe('input-locked');
    expect(may(w, 'p1', scores)).toBeNull();
  });

  it('counts dots left and only allows targets on the running point', () => {
    const w = negotiating(
      { type: 'dot.add', id: 'd1', pointId: 'pt1', targetId: 'i1', participantId: 'p1' },
      { type: 'dot.add', id: 'd2', pointId: 'pt1', targetId: 'i1', participantId: 'p1' },
    );
    expect(may(w, 'p1', dot())).toBe('no-dots-left');
    expect(may(w, 'p2', dot())).toBeNull();
    expect(may(w, 'p2', dot('x1'))).toBe('not-found');
    expect(may(w, 'p2', dot('nope'))).toBe('not-found');
  });

  it('lets a participant take back only their own dot', () => {
    const w = negotiating({
      type: 'dot.add',
      id: 'd1',
      pointId: 'pt1',
      targetId: 'i1',
      participantId: 'p1',
    });
    const remove: PhoneRequest = { id: 5, name: 'removeDot', payload: { id: 'd1' } };
    expect(may(w, 'p1', remove)).toBeNull();
    expect(may(w, 'p2', remove)).toBe('not-found');
  });

  it('refuses a participant who is no longer in the workshop', () => {
    const w = developing({ type: 'participant.remove', id: 'p4' });
    expect(may(w, 'p4', idea())).toBe('removed');
  });
});
