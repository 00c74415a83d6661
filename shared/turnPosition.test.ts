import { describe, expect, it } from 'vitest';
import { corpusMeeting } from '../test/fixtures/corpusContent';
import { LONG_TEXTS, TYPICAL_TEXTS } from '../test/fixtures/corpus/sentences';
import { actAs, redoAs, undoAs, type DeviceWorld as World } from '../test/fixtures/deviceWorld';
import { applyCommands, type CommandInput } from '../test/fixtures/workshops';
import { DomainError } from './errors';
import { emptyHistory, undo, type History } from './history';
import type { Workshop } from './model/workshop';
import { passesAtEnd, turnHolder } from './model/turnFlow';
import { currentTurnTimer } from './programme/turnTimer';
import { dice } from '../test/fixtures/dice';

// The facilitator and a co-facilitator both capture ideas in turn (issue 16): each undo takes
// out only its own idea and turn, and the turn stays where the other has moved it since.
const LAPTOP = 'facilitator';
const COFACILITATOR = 'dev-cofac-P0aZ';
const REFERENT = 'dev-referent-7Hq2';

const meeting = corpusMeeting({ ideas: 2, conclusions: 1, actions: 1, participants: 6 });
const POINT = meeting.workPointId;
const ORDER = meeting.participantIds;
const start: Workshop = applyCommands([
  ...meeting.commands,
  { type: 'turns.setup', pointId: POINT, order: ORDER },
]);

let clock = Date.UTC(2026, 2, 12, 10, 30);
const act = (w: World, device: string, input: CommandInput) => actAs(w, device, input, ++clock);
const idea = (id: string, text: string): CommandInput => ({
  type: 'idea.add',
  id,
  pointId: POINT,
  text,
});
const pass: CommandInput = { type: 'turns.take', pointId: POINT, kind: 'pass' };

const turnsOf = (w: Workshop) => w.agenda.find((p) => p.id === POINT)!.turns!;
const holder = (w: Workshop) => turnHolder(turnsOf(w));
const log = (w: Workshop) => turnsOf(w).log.map((e) => [e.participantId, e.kind]);
const ideasOn = (w: Workshop) =>
  w.ideas.filter((i) => i.pointId === POINT).map((i) => [i.text, i.authorId]);

describe('undo of turns taken on two laptops', () => {
  it('each takes out only its own idea and turn; the turn stays with whoever holds it now', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, LAPTOP, idea('n1', TYPICAL_TEXTS[6])); // ORDER[0]'s idea
    w = act(w, COFACILITATOR, idea('n2', LONG_TEXTS[12])); // ORDER[1]'s
    expect(holder(w.state)).toBe(ORDER[2]);

    w = undoAs(w, LAPTOP);
    expect(ideasOn(w.state)).toEqual([...ideasOn(start), [LONG_TEXTS[12], ORDER[1]]]);
    expect(log(w.state)).toEqual([[ORDER[1], 'idea']]);
    // ORDER[1] has spoken since: the turn is not handed back past them.
    expect(holder(w.state)).toBe(ORDER[2]);

    // Nobody has moved the turn since the co-facilitator's: their undo hands it back.
    w = undoAs(w, COFACILITATOR);
    expect(ideasOn(w.state)).toEqual(ideasOn(start));
    expect(log(w.state)).toEqual([]);
    expect(holder(w.state)).toBe(ORDER[1]);
  });

  it('redoes its own turn in its old place, without moving the turn on again', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, LAPTOP, idea('n1', TYPICAL_TEXTS[4]));
    w = act(w, COFACILITATOR, idea('n2', TYPICAL_TEXTS[9]));
    w = undoAs(w, LAPTOP);
    w = redoAs(w, LAPTOP);
    expect(log(w.state)).toEqual([
      [ORDER[0], 'idea'],
      [ORDER[1], 'idea'],
    ]);
    expect(holder(w.state)).toBe(ORDER[2]);
    expect(ideasOn(w.state).slice(-2)).toEqual([
      [TYPICAL_TEXTS[4], ORDER[0]],
      [TYPICAL_TEXTS[9], ORDER[1]],
    ]);
  });

  it('a pass after someone else’s turn undoes alone; passes on two laptops refuse each other', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, REFERENT, idea('n3', LONG_TEXTS[3]));
    w = act(w, LAPTOP, pass);
    w = act(w, COFACILITATOR, idea('n4', TYPICAL_TEXTS[8]));
    // The run of passes, broken by the co-facilitator's idea, is theirs too: refused.
    expect(() => undo(w.state, w.history, LAPTOP)).toThrow(
      expect.objectContaining({ code: 'undo-conflict' }),
    );
    w = { state: start, history: emptyHistory };
    w = act(w, REFERENT, idea('n3', LONG_TEXTS[3]));
    w = act(w, LAPTOP, pass);
    w = act(w, COFACILITATOR, { type: 'idea.update', id: 'n3', changes: { text: LONG_TEXTS[4] } });
    w = undoAs(w, LAPTOP); // nothing since moved the turn: it goes back, the pass with it
    expect(log(w.state)).toEqual([[ORDER[0], 'idea']]);
    expect([holder(w.state), turnsOf(w.state).passesInARow]).toEqual([ORDER[1], 0]);
  });

  it('an idea undone after another’s idea leaves the count of passes as the log says', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, REFERENT, pass); // ORDER[0] passes: one in a row
    w = act(w, LAPTOP, idea('n1', TYPICAL_TEXTS[1])); // ORDER[1]'s idea breaks the run
    w = act(w, COFACILITATOR, idea('n2', TYPICAL_TEXTS[2])); // ORDER[2]'s
    w = undoAs(w, LAPTOP);
    expect(log(w.state)).toEqual([
      [ORDER[0], 'pass'],
      [ORDER[2], 'idea'],
    ]);
    // The co-facilitator's idea has broken the run too: still none in a row.
    expect(turnsOf(w.state).passesInARow).toBe(0);
  });

  it('two people, three turns round the table: an undo never hands the turn back', () => {
    // Two in the order: the turn comes back to the same person, and to the same index.
    const pair: Workshop = applyCommands([
      ...meeting.commands,
      { type: 'turns.setup', pointId: POINT, order: ORDER.slice(0, 2) },
    ]);
    let w: World = { state: pair, history: emptyHistory };
    w = act(w, LAPTOP, idea('n1', TYPICAL_TEXTS[2])); // ORDER[0], round 1
    w = act(w, COFACILITATOR, idea('n2', TYPICAL_TEXTS[3])); // ORDER[1], round 1
    w = act(w, REFERENT, idea('n3', TYPICAL_TEXTS[5])); // ORDER[0], round 2
    w = undoAs(w, LAPTOP);
    expect(log(w.state)).toEqual([
      [ORDER[1], 'idea'],
      [ORDER[0], 'idea'],
    ]);
    expect([holder(w.state), turnsOf(w.state).round]).toEqual([ORDER[1], 2]);
  });

  it('a speaker’s paused turn timer stays with its turn when an earlier turn is undone', () => {
    const timed: Workshop = applyCommands([
      ...meeting.commands,
      { type: 'turns.setup', pointId: POINT, order: ORDER },
      { type: 'point.start', id: POINT },
      { type: 'timer.setTurnTime', pointId: POINT, seconds: 120 },
    ]);
    const speaker = (w: Workshop) => currentTurnTimer(w.agenda.find((p) => p.id === POINT)!);
    let w: World = { state: timed, history: emptyHistory };
    w = act(w, LAPTOP, idea('n1', TYPICAL_TEXTS[6]));
    w = act(w, COFACILITATOR, idea('n2', LONG_TEXTS[12]));
    w = act(w, REFERENT, {
      type: 'timer.control',
      target: { kind: 'speaker', pointId: POINT },
      action: 'pause',
    });
    const paused = speaker(w.state);
    expect([paused?.holder, paused?.timer.startedAt]).toEqual([ORDER[2], null]);
    w = undoAs(w, LAPTOP);
    expect(speaker(w.state)?.timer).toEqual(paused?.timer);
  });

  it('still refuses when the other has since edited that very idea', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, LAPTOP, idea('n1', TYPICAL_TEXTS[6]));
    w = act(w, COFACILITATOR, { type: 'idea.update', id: 'n1', changes: { text: LONG_TEXTS[8] } });
    const before = w.state;
    expect(() => undo(w.state, w.history, LAPTOP)).toThrow(
      expect.objectContaining({ code: 'undo-conflict' }),
    );
    expect(log(before)).toEqual([[ORDER[0], 'idea']]);
  });

  it('random turns on three laptops: nobody’s idea or turn is lost to another’s undo', () => {
    const devices = [LAPTOP, REFERENT, COFACILITATOR];
    let undone = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const roll = dice(seed);
      let w: World = { state: start, history: emptyHistory };
      const madeBy = new Map<string, string>(); // idea id or turn event id → device
      for (let step = 0; step < 50; step++) {
        const device = devices[roll(devices.length)]!;
        const kind = roll(8);
        const before = w.state;
        const at = `seed ${seed} step ${step}`;
        try {
          if (kind < 3)
            w = act(w, device, idea(`s${seed}-${step}`, `${TYPICAL_TEXTS[step % 20]} (${step})`));
          else if (kind < 4) w = act(w, device, pass);
          else if (kind < 7) w = undoAs(w, device);
          else w = redoAs(w, device);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          if (error.code === 'undo-conflict')
            w = { state: w.state, history: (error as unknown as { history: History }).history };
          expect(w.state, at).toBe(before);
          continue;
        }
        const now = owned(w.state);
        if (kind < 4) {
          for (const id of now.keys()) if (!owned(before).has(id)) madeBy.set(id, device);
          continue;
        }
        if (kind < 7) undone++;
        // An undo or redo adds or takes out only that device's own ideas and turns.
        const was = owned(before);
        for (const id of was.keys()) if (!now.has(id)) expect(madeBy.get(id), at).toBe(device);
        for (const id of now.keys()) if (!was.has(id)) expect(madeBy.get(id), at).toBe(device);
        const turns = turnsOf(w.state);
        expect(turns.index, at).toBeLessThan(turns.order.length);
        // The count of passes in a row is the log's: the turns end when, and only when, all pass.
        expect(turns.passesInARow, at).toBe(passesAtEnd(turns.log));
      }
    }
    expect(undone).toBeGreaterThan(100);
  });
});

/** The ideas on the point and its turn events, by id. */
function owned(w: Workshop): Map<string, unknown> {
  return new Map<string, unknown>([
    ...w.ideas.filter((i) => i.pointId === POINT).map((i): [string, unknown] => [i.id, i]),
    ...turnsOf(w).log.map((e): [string, unknown] => [e.id ?? '', e]),
  ]);
}
