import { describe, expect, it } from 'vitest';
import { corpusMeeting, corpusPairExercise } from '../../../test/fixtures/corpusContent';
import { PEOPLE } from '../../../test/fixtures/corpus/sentences';
import { applyCommands, refusalOf, type CommandInput } from '../../../test/fixtures/workshops';
import { actAs, type DeviceWorld as World } from '../../../test/fixtures/deviceWorld';
import { emptyHistory, undo } from '../../history';
import type { Workshop } from '../../model/workshop';
import { parseCommand, reduce } from '../../reducer';

// The facilitator's laptop and the co-facilitator's, both showing the same pairs (issue 16).
const LAPTOP = 'facilitator';
const COFAC = 'dev-cofac-9Tk4';
const NOW = Date.UTC(2026, 2, 12, 10);
const EX = 'ledelse-par';

const meeting = corpusMeeting({ participants: 9 });
const POINT = meeting.workPointId;
const ids = meeting.participantIds;
const [CLAUS, HOSEA, ANETTE, ANNEMARIE, LISBETH, RIKKE, EVA, GERT] = ids as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];
/** Seven in pairs (Lisbeth, Rikke and Eva the trio), in the pairs step; Gert came late. */
const start: Workshop = applyCommands([
  ...meeting.commands,
  { type: 'point.start', id: POINT },
  ...corpusPairExercise(EX, POINT, ids.slice(0, 7)).commands,
]);

const byId = new Map(ids.map((id, k) => [id, PEOPLE[k]!.name]));
const exercise = (w: Workshop) => w.agenda.flatMap((p) => p.exercises).find((e) => e.id === EX)!;
/** The groups as a user reads them: names, each group sorted, groups sorted by first name. */
const groups = (w: Workshop) =>
  exercise(w)
    .pairs.map((g) => g.map((id) => byId.get(id)!).sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));

const apply = (w: Workshop, input: CommandInput) =>
  reduce(w, parseCommand(input), { now: NOW }).state;
const move = (participantId: string, toGroupOf: string | null, exerciseId = EX): CommandInput => ({
  type: 'exercise.movePerson',
  exerciseId,
  participantId,
  toGroupOf,
});
function bothWays(a: CommandInput, b: CommandInput): [Workshop, Workshop] {
  return [apply(apply(start, a), b), apply(apply(start, b), a)];
}

describe('pairs edited one person at a time from two screens', () => {
  it('keeps both moves when two people move two people at once', () => {
    // The laptop breaks up the trio (Eva to Claus); the co-facilitator gives Annemarie her own group.
    const [ab, ba] = bothWays(move(EVA, CLAUS), move(ANNEMARIE, null));
    const both = [
      ['Anette Schouv Kjeldsen'],
      ['Annemarie Zacho-Broe'],
      ['Claus Thomsen', 'Eva Sejersdal Knudsen', 'Hosea Dutschke'],
      ['Lisbeth Kallestrup', 'Rikke Skou Jensen'],
    ];
    expect(groups(ab)).toEqual(both);
    expect(groups(ba)).toEqual(both);
  });

  it('keeps a late arrival placed on one screen while the other moves someone else', () => {
    const [ab, ba] = bothWays(move(GERT, ANETTE), move(HOSEA, LISBETH));
    const both = [
      ['Anette Schouv Kjeldsen', 'Annemarie Zacho-Broe', 'Gert Pilgaard Christensen'],
      ['Claus Thomsen'],
      ['Eva Sejersdal Knudsen', 'Hosea Dutschke', 'Lisbeth Kallestrup', 'Rikke Skou Jensen'],
    ];
    expect(groups(ab)).toEqual(both);
    expect(groups(ba)).toEqual(both);
  });

  it('counts the same move sent from both screens once', () => {
    const once = apply(start, move(RIKKE, HOSEA));
    expect(reduce(once, parseCommand(move(RIKKE, HOSEA)), { now: NOW }).patches).toEqual([]);
    expect(groups(once)).toEqual([
      ['Anette Schouv Kjeldsen', 'Annemarie Zacho-Broe'],
      ['Claus Thomsen', 'Hosea Dutschke', 'Rikke Skou Jensen'],
      ['Eva Sejersdal Knudsen', 'Lisbeth Kallestrup'],
    ]);
  });

  it('keeps the word within the smaller groups when the trio is broken up mid-turn', () => {
    let w = apply(start, { type: 'exercise.switchSpeaker', exerciseId: EX, speaker: 2 });
    const step = (x: Workshop) => exercise(x).steps.find((s) => s.kind === 'pairs')!;
    expect(step(w).speaker).toBe(2);
    w = apply(w, move(EVA, null)); // Eva alone: the largest group is now a pair
    expect(step(w).speaker).toBe(1);
  });
});

describe('a pairs edit that cannot apply', () => {
  const refusal = (w: Workshop, input: CommandInput) => refusalOf(w, input, NOW);

  it('refuses someone who is not a participant, or a group nobody is in', () => {
    expect(refusal(start, move('ukendt', CLAUS))).toMatchObject({
      code: 'not-found',
      message: 'No participant with id ukendt',
    });
    expect(refusal(start, move(CLAUS, 'ukendt'))).toMatchObject({ code: 'not-found' });
    // Gert is a participant but in no group yet: there is no group of his to join.
    expect(refusal(start, move(CLAUS, GERT))).toMatchObject({
      code: 'not-found',
      message: `${GERT} is in no group`,
    });
  });

  it('refuses a fifth in a group, naming the limit', () => {
    const four = apply(start, move(CLAUS, LISBETH));
    expect(refusal(four, move(HOSEA, LISBETH))).toMatchObject({
      code: 'limit-reached',
      details: { field: 'exercise.groupMembers', limit: 4 },
    });
  });

  it('refuses joining one’s own group, an exercise without pairs, or one that does not exist', () => {
    expect(refusal(start, move(CLAUS, CLAUS))).toMatchObject({ code: 'invalid-command' });
    expect(refusal(start, move(CLAUS, null, 'ukendt'))).toMatchObject({
      code: 'not-found',
    });
    const round = apply(start, {
      type: 'exercise.add',
      pointId: POINT,
      exercise: {
        id: 'runde',
        kind: 'custom',
        title: 'Hvad tager I med hjem?',
        question: '',
        prompts: [],
        steps: [{ id: 'runde-1', kind: 'round', title: 'Runden', prompt: '', minutes: 2 }],
      },
    });
    expect(refusal(round, move(CLAUS, HOSEA, 'runde'))).toMatchObject({
      code: 'invalid-command',
      message: 'This exercise has no step in pairs',
    });
  });
});

describe('undo per device on the pairs', () => {
  const act = (w: World, deviceId: string, input: CommandInput) => actAs(w, deviceId, input, NOW);

  it('each screen undoes its own move, and the other’s stays', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, LAPTOP, move(GERT, CLAUS));
    w = act(w, COFAC, move(ANNEMARIE, LISBETH));
    w = undo(w.state, w.history, COFAC);
    expect(groups(w.state)).toEqual([
      ['Anette Schouv Kjeldsen', 'Annemarie Zacho-Broe'],
      ['Claus Thomsen', 'Gert Pilgaard Christensen', 'Hosea Dutschke'],
      ['Eva Sejersdal Knudsen', 'Lisbeth Kallestrup', 'Rikke Skou Jensen'],
    ]);
    w = undo(w.state, w.history, LAPTOP);
    expect(w.state).toEqual(start);
  });
});
