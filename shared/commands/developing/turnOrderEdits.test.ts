import { describe, expect, it } from 'vitest';
import { corpusMeeting } from '../../../test/fixtures/corpusContent';
import { PEOPLE } from '../../../test/fixtures/corpus/sentences';
import { applyCommands, refusalOf, type CommandInput } from '../../../test/fixtures/workshops';
import { actAs, type DeviceWorld as World } from '../../../test/fixtures/deviceWorld';
import { DomainError } from '../../errors';
import { emptyHistory, undo } from '../../history';
import { turnHolder } from '../../model/turnFlow';
import { placeForMove } from '../../model/turnOrderEdit';
import type { Workshop } from '../../model/workshop';
import { parseCommand, reduce } from '../../reducer';

// The facilitator's laptop and the co-facilitator's, both showing the same speaking order
// (issue 16): each edit is sent before the sender has seen the other's.
const LAPTOP = 'facilitator';
const COFAC = 'dev-cofac-9Tk4';
const NOW = Date.UTC(2026, 2, 12, 10);

const meeting = corpusMeeting({ participants: 8 });
const POINT = meeting.workPointId;
const [CLAUS, HOSEA, ANETTE, ANNEMARIE, LISBETH, RIKKE, EVA, GERT] = meeting.participantIds;
const IN_ORDER = [CLAUS!, HOSEA!, ANETTE!, ANNEMARIE!, LISBETH!, RIKKE!];
/** Eva and Gert are present but not (yet) in the order. */
const start: Workshop = applyCommands([
  ...meeting.commands,
  { type: 'turns.setup', pointId: POINT, order: IN_ORDER },
]);

const byId = new Map(meeting.participantIds.map((id, k) => [id, PEOPLE[k]!.name]));
const order = (w: Workshop) =>
  (w.agenda.find((p) => p.id === POINT)?.turns?.order ?? []).map((id) => byId.get(id));
const holder = (w: Workshop) => {
  const turns = w.agenda.find((p) => p.id === POINT)?.turns;
  return turns ? byId.get(turnHolder(turns) ?? '') : undefined;
};

const apply = (w: Workshop, input: CommandInput) =>
  reduce(w, parseCommand(input), { now: NOW }).state;

/** A move as the console makes it: from the positions on a screen that may be stale. */
function moveOnScreen(screen: Workshop, from: number, to: number): CommandInput {
  const shown = screen.agenda.find((p) => p.id === POINT)!.turns!.order;
  const move = placeForMove(shown, from, to)!;
  return { type: 'turns.move', pointId: POINT, participantId: move.id, to: move.place };
}
const leaveOut = (participantId: string): CommandInput => ({
  type: 'turns.leaveOut',
  pointId: POINT,
  participantId,
});
const include = (participantId: string): CommandInput => ({
  type: 'turns.include',
  pointId: POINT,
  participantId,
});

/** Both edits from the same view, reduced in both orders: the two outcomes. */
function bothWays(a: CommandInput, b: CommandInput): [Workshop, Workshop] {
  return [apply(apply(start, a), b), apply(apply(start, b), a)];
}

describe('the speaking order, edited one person at a time from two screens', () => {
  it('keeps both moves when two people reorder at once', () => {
    // The laptop moves Rikke up one; the co-facilitator moves Claus down one.
    const [ab, ba] = bothWays(moveOnScreen(start, 5, 4), moveOnScreen(start, 0, 1));
    const both = [
      'Hosea Dutschke',
      'Claus Thomsen',
      'Anette Schouv Kjeldsen',
      'Annemarie Zacho-Broe',
      'Rikke Skou Jensen',
      'Lisbeth Kallestrup',
    ];
    expect(order(ab)).toEqual(both);
    expect(order(ba)).toEqual(both);
  });

  it('keeps a move and a leaving out made at once', () => {
    // The laptop drags Lisbeth up above Hosea; the co-facilitator leaves Anette out.
    const [ab, ba] = bothWays(moveOnScreen(start, 4, 1), leaveOut(ANETTE!));
    const both = [
      'Claus Thomsen',
      'Lisbeth Kallestrup',
      'Hosea Dutschke',
      'Annemarie Zacho-Broe',
      'Rikke Skou Jensen',
    ];
    expect(order(ab)).toEqual(both);
    expect(order(ba)).toEqual(both);
  });

  it('keeps someone added back while someone else is moved to the front', () => {
    const [ab, ba] = bothWays(include(EVA!), moveOnScreen(start, 3, 0));
    const both = [
      'Annemarie Zacho-Broe',
      'Claus Thomsen',
      'Hosea Dutschke',
      'Anette Schouv Kjeldsen',
      'Lisbeth Kallestrup',
      'Rikke Skou Jensen',
      'Eva Sejersdal Knudsen',
    ];
    expect(order(ab)).toEqual(both);
    expect(order(ba)).toEqual(both);
  });

  it('keeps both people added back, and one leaving out sent from two screens counts once', () => {
    const [ab, ba] = bothWays(include(EVA!), include(GERT!));
    expect(order(ab).slice(-2)).toEqual(['Eva Sejersdal Knudsen', 'Gert Pilgaard Christensen']);
    expect(order(ba).slice(-2)).toEqual(['Gert Pilgaard Christensen', 'Eva Sejersdal Knudsen']);

    const once = apply(start, leaveOut(HOSEA!));
    const { patches } = reduce(once, parseCommand(leaveOut(HOSEA!)), { now: NOW });
    expect(patches).toEqual([]);
    expect(order(once)).not.toContain('Hosea Dutschke');
    expect(order(once)).toHaveLength(5);
  });

  it('leaves the turn with whoever holds it while the other screen reorders', () => {
    let w = apply(start, { type: 'turns.take', pointId: POINT, kind: 'spoke' });
    w = apply(w, { type: 'turns.take', pointId: POINT, kind: 'pass' });
    expect(holder(w)).toBe('Anette Schouv Kjeldsen');
    w = apply(w, moveOnScreen(start, 2, 5)); // Anette to the end, from a stale screen
    expect(holder(w)).toBe('Anette Schouv Kjeldsen');
    w = apply(w, leaveOut(ANETTE!)); // then left out: the next in line has it
    expect(holder(w)).toBe('Rikke Skou Jensen');
  });
});

describe('a speaking-order edit that cannot apply', () => {
  const refusal = (w: Workshop, input: CommandInput) => refusalOf(w, input, NOW);

  it('refuses someone who is not a participant', () => {
    const move = {
      type: 'turns.move',
      pointId: POINT,
      participantId: 'ukendt',
      to: { after: CLAUS! },
    };
    expect(refusal(start, move as CommandInput)).toMatchObject({
      code: 'not-found',
      message: 'No participant with id ukendt',
    });
    expect(refusal(start, include('ukendt'))).toMatchObject({ code: 'not-found' });
    expect(refusal(start, leaveOut('ukendt'))).toMatchObject({ code: 'not-found' });
  });

  it('refuses a move beside someone another screen has just left out', () => {
    const stale = moveOnScreen(start, 5, 1); // Rikke before Hosea
    const w = apply(start, leaveOut(HOSEA!));
    expect(refusal(w, stale)).toMatchObject({
      code: 'not-found',
      message: `${HOSEA} is not in the speaking order`,
    });
    // …and a move of someone no longer in the order.
    expect(refusal(apply(start, leaveOut(RIKKE!)), stale)).toMatchObject({ code: 'not-found' });
  });

  it('refuses a move beside oneself, and any edit where there are no turns', () => {
    const self: CommandInput = {
      type: 'turns.move',
      pointId: POINT,
      participantId: LISBETH!,
      to: { before: LISBETH! },
    };
    expect(refusal(start, self)).toMatchObject({ code: 'invalid-command' });
    const other = meeting.pointIds.find((id) => id !== POINT)!;
    const elsewhere: CommandInput = { type: 'turns.include', pointId: other, participantId: EVA! };
    expect(refusal(start, elsewhere)).toMatchObject({
      code: 'invalid-command',
      message: 'There are no turns on this point',
    });
  });

  it('refuses a payload without a place to go, or with two', () => {
    const base = { type: 'turns.move', pointId: POINT, participantId: RIKKE! };
    expect(() => parseCommand({ ...base, to: {} })).toThrow(DomainError);
    expect(() => parseCommand({ ...base, to: { before: CLAUS!, after: HOSEA! } })).toThrow(
      DomainError,
    );
    expect(() => parseCommand({ ...base, to: { index: 0 } })).toThrow(DomainError);
  });
});

describe('undo per device on the speaking order', () => {
  const act = (w: World, deviceId: string, input: CommandInput) => actAs(w, deviceId, input, NOW);
  const undoBy = (w: World, deviceId: string): World => undo(w.state, w.history, deviceId);

  it('undoes one’s own move, and the other screen’s person added back stays', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, COFAC, include(GERT!));
    w = act(w, LAPTOP, moveOnScreen(start, 4, 0)); // Lisbeth first
    w = undoBy(w, LAPTOP);
    expect(order(w.state)).toEqual([...IN_ORDER, GERT!].map((id) => byId.get(id)));
    w = undoBy(w, COFAC);
    expect(w.state).toEqual(start);
  });

  it('never undoes another screen’s edit: a clash is refused, and the other still undoes its own', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, LAPTOP, moveOnScreen(start, 5, 0)); // Rikke first
    w = act(w, COFAC, leaveOut(CLAUS!));
    const both = order(w.state);
    expect(both[0]).toBe('Rikke Skou Jensen');
    expect(both).not.toContain('Claus Thomsen');
    // Putting the laptop's old order back would bring Claus back: refused, as with any clash.
    expect(() => undoBy(w, LAPTOP)).toThrow(expect.objectContaining({ code: 'undo-conflict' }));
    expect(order(w.state)).toEqual(both);
    w = undoBy(w, COFAC); // the co-facilitator's own edit still undoes
    expect(order(w.state)).toContain('Claus Thomsen');
    expect(order(w.state)[0]).toBe('Rikke Skou Jensen');
  });
});
