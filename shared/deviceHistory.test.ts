import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { corpusMeeting } from '../test/fixtures/corpusContent';
import { CONCLUSIONS, LONG_TEXTS, TYPICAL_TEXTS } from '../test/fixtures/corpus/sentences';
import { applyCommands, type CommandInput } from '../test/fixtures/workshops';
import { actAs, refusedWith, type DeviceWorld as World } from '../test/fixtures/deviceWorld';
import { DomainError } from './errors';
import { canRedo, canUndo, emptyHistory, redo, undo, type History, type Stepped } from './history';
import { WorkshopSchema, type Workshop } from './model/workshop';
import { dice } from '../test/fixtures/dice';

// Two people at one meeting (issue 16): the facilitator's laptop and the referent's.
const LAPTOP = 'facilitator';
const REFERENT = 'dev-referent-7Hq2';

const meeting = corpusMeeting({ ideas: 3, conclusions: 2, actions: 2, participants: 6 });
const POINT = meeting.workPointId;
const start: Workshop = applyCommands(meeting.commands);
const [K1, K2] = [`${POINT}-k1`, `${POINT}-k2`];

const act = (world: World, deviceId: string, input: CommandInput) =>
  actAs(world, deviceId, input, Date.UTC(2026, 2, 12, 10));
const undoBy = (world: World, deviceId: string): Stepped =>
  undo(world.state, world.history, deviceId);
const redoBy = (world: World, deviceId: string): Stepped =>
  redo(world.state, world.history, deviceId);

const ideaTexts = (w: Workshop) => w.ideas.filter((i) => i.pointId === POINT).map((i) => i.text);
const actionTexts = (w: Workshop) => w.actions.map((a) => a.what);
const conclusion = (w: Workshop, id: string) =>
  w.agenda.flatMap((p) => p.conclusions).find((c) => c.id === id)?.text;

const addIdea = (id: string, text: string): CommandInput => ({
  type: 'idea.add',
  id,
  pointId: POINT,
  text,
});
const addAction = (id: string, what: string): CommandInput => ({
  type: 'action.add',
  action: { id, what, pointId: POINT },
});
const setConclusion = (id: string, text: string): CommandInput => ({
  type: 'conclusion.update',
  id,
  text,
});

describe('undo per device', () => {
  it('each device undoes only its own changes, interleaved, and redoes them', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, LAPTOP, addIdea('n1', TYPICAL_TEXTS[6]));
    w = act(w, REFERENT, setConclusion(K1, LONG_TEXTS[5]));
    w = act(w, LAPTOP, setConclusion(K2, CONCLUSIONS[6]));
    w = act(w, REFERENT, addAction('na1', TYPICAL_TEXTS[11]));
    const full = w.state;

    w = undoBy(w, LAPTOP); // the facilitator's conclusion, not the referent's action
    expect(conclusion(w.state, K2)).toBe(conclusion(start, K2));
    expect(conclusion(w.state, K1)).toBe(LONG_TEXTS[5]);
    expect(actionTexts(w.state)).toContain(TYPICAL_TEXTS[11]);

    w = undoBy(w, LAPTOP); // the facilitator's idea
    expect(ideaTexts(w.state)).not.toContain(TYPICAL_TEXTS[6]);
    expect(actionTexts(w.state)).toContain(TYPICAL_TEXTS[11]);
    expect(canUndo(w.history, LAPTOP)).toBe(false);
    expect(() => undoBy(w, LAPTOP)).toThrow(expect.objectContaining({ code: 'nothing-to-undo' }));

    w = undoBy(w, REFERENT); // the referent's action, then its conclusion
    expect(actionTexts(w.state)).not.toContain(TYPICAL_TEXTS[11]);
    w = undoBy(w, REFERENT);
    expect(w.state).toEqual(start);

    for (const device of [LAPTOP, REFERENT, LAPTOP, REFERENT]) w = redoBy(w, device);
    expect(w.state).toEqual(full);
    expect(canRedo(w.history, LAPTOP) || canRedo(w.history, REFERENT)).toBe(false);
  });

  it('a new change clears only its own device’s redo', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, LAPTOP, setConclusion(K2, CONCLUSIONS[3]));
    w = act(w, REFERENT, setConclusion(K1, CONCLUSIONS[4]));
    w = undoBy(undoBy(w, LAPTOP), REFERENT);
    w = act(w, LAPTOP, addIdea('n2', TYPICAL_TEXTS[2]));
    expect(canRedo(w.history, LAPTOP)).toBe(false);
    expect(canRedo(w.history, REFERENT)).toBe(true);
    w = redoBy(w, REFERENT);
    expect(conclusion(w.state, K1)).toBe(CONCLUSIONS[4]);
    expect(conclusion(w.state, K2)).toBe(conclusion(start, K2));
  });

  it('refuses to undo an idea someone else has edited since, keeps it, and goes on to the earlier change', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, LAPTOP, setConclusion(K2, CONCLUSIONS[7]));
    w = act(w, LAPTOP, addIdea('n1', TYPICAL_TEXTS[3]));
    w = act(w, REFERENT, addIdea('n2', LONG_TEXTS[12]));
    w = act(w, REFERENT, { type: 'idea.update', id: 'n1', changes: { text: LONG_TEXTS[6] } });
    const before = w.state;

    // Taking the facilitator's idea out would lose the referent's rewording of it.
    const history = refusedWith(() => undoBy(w, LAPTOP));
    expect(w.state).toBe(before);
    expect(ideaTexts(before).slice(-2)).toEqual([LONG_TEXTS[6], LONG_TEXTS[12]]);

    w = undoBy({ state: before, history }, LAPTOP); // the earlier conclusion, both ideas stay
    expect(conclusion(w.state, K2)).toBe(conclusion(start, K2));
    expect(ideaTexts(w.state).slice(-2)).toEqual([LONG_TEXTS[6], LONG_TEXTS[12]]);
    expect(canUndo(w.history, LAPTOP)).toBe(false);

    w = undoBy(w, REFERENT); // the referent's own rewording and idea still undo
    w = undoBy(w, REFERENT);
    expect(ideaTexts(w.state).slice(-1)).toEqual([TYPICAL_TEXTS[3]]);
  });

  it('refuses to undo a conclusion someone else has rewritten since', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, LAPTOP, setConclusion(K1, CONCLUSIONS[2]));
    w = act(w, REFERENT, setConclusion(K1, LONG_TEXTS[9]));
    refusedWith(() => undoBy(w, LAPTOP));
    expect(conclusion(w.state, K1)).toBe(LONG_TEXTS[9]);
  });

  it('redoes by id where someone else has added since and undid it again', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, REFERENT, addAction('na1', TYPICAL_TEXTS[9]));
    w = act(w, LAPTOP, addAction('na2', LONG_TEXTS[13]));
    w = undoBy(w, LAPTOP);
    w = undoBy(w, REFERENT); // the list is shorter than when the facilitator's action was added
    w = redoBy(w, LAPTOP);
    expect(actionTexts(w.state)).toEqual([...actionTexts(start), LONG_TEXTS[13]]);
    expect(WorkshopSchema.safeParse(w.state).success).toBe(true);
    w = redoBy(w, REFERENT); // back before the facilitator's, where it stood
    expect(actionTexts(w.state)).toEqual([...actionTexts(start), TYPICAL_TEXTS[9], LONG_TEXTS[13]]);
  });
});

/** Someone rewords an idea on the point, whoever wrote it. */
function editIdea(state: Workshop, roll: (n: number) => number, text: string): CommandInput {
  const ideas = state.ideas.filter((i) => i.pointId === POINT);
  const idea = ideas[roll(ideas.length)]!;
  return { type: 'idea.update', id: idea.id, changes: { text } };
}

/** Someone drags a point of the programme to another place. */
function moveAgendaPoint(state: Workshop, roll: (n: number) => number): CommandInput {
  const point = state.agenda[roll(state.agenda.length)]!;
  return { type: 'agenda.move', id: point.id, toIndex: roll(state.agenda.length) };
}

/** Every idea and action by id, with its text. */
const items = (w: Workshop) =>
  new Map<string, string>([
    ...w.ideas.map((i): [string, string] => [i.id, i.text]),
    ...w.actions.map((a): [string, string] => [a.id, a.what]),
  ]);

describe('undo per device, random interleavings', () => {
  it('never loses or changes what another device made, and never breaks the workshop', () => {
    const totals = { undone: 0, redone: 0, refused: 0 };
    const devices = [LAPTOP, REFERENT, 'dev-cofac-P0aZ'];
    const programme = start.agenda.map((p) => p.id).sort();
    for (let seed = 1; seed <= 40; seed++) {
      const roll = dice(seed);
      let w: World = { state: start, history: emptyHistory };
      const addedBy = new Map<string, string>(); // idea/action id → device
      const setBy = new Map<string, string>(); // idea/action id → device that set its text last
      const wroteLast = new Map<string, string>(); // conclusion id → device
      for (let step = 0; step < 60; step++) {
        const device = devices[roll(devices.length)]!;
        const kind = roll(12);
        const before = w.state;
        const at = `seed ${seed} step ${step}`;
        const text = `${TYPICAL_TEXTS[roll(TYPICAL_TEXTS.length)]} (${seed}.${step})`;
        const input: CommandInput | null =
          kind < 2
            ? addIdea(`s${step}`, text)
            : kind < 4
              ? addAction(`s${step}`, text)
              : kind < 5
                ? setConclusion(roll(2) ? K1 : K2, text)
                : kind < 7
                  ? editIdea(w.state, roll, text)
                  : kind < 8
                    ? moveAgendaPoint(w.state, roll)
                    : null;
        try {
          if (input) w = act(w, device, input);
          else {
            const stepped = kind < 10 ? undoBy(w, device) : redoBy(w, device);
            // Every screen applies the broadcast patches: it must end where the host did.
            expect(applyPatches(before, stepped.patches), at).toEqual(stepped.state);
            w = stepped;
          }
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          if (error.code === 'undo-conflict') {
            totals.refused++;
            w = { state: w.state, history: (error as unknown as { history: History }).history };
          }
          expect(w.state).toBe(before); // a refusal changes nothing in the workshop
          continue;
        }
        if (input) {
          if (kind === 7) continue; // a move: its checks are the programme's, below
          const id = 'id' in input ? String(input['id']) : `s${step}`;
          if (kind < 4) addedBy.set(id, device);
          if (kind < 4 || kind >= 5) setBy.set(id, device);
          for (const k of [K1, K2]) if (conclusion(w.state, k) === text) wroteLast.set(k, device);
          continue;
        }
        if (kind < 10) totals.undone++;
        else totals.redone++;
        const [was, now] = [items(before), items(w.state)];
        for (const [id, itemText] of was) {
          // What vanished is this device's own; what another set last stays as it was.
          if (!now.has(id)) expect(addedBy.get(id), at).toBe(device);
          const by = setBy.get(id);
          if (by !== undefined && by !== device) expect(now.get(id), at).toBe(itemText);
          if (now.get(id) !== itemText) setBy.delete(id); // an undo gives back earlier text
        }
        for (const id of now.keys()) if (!was.has(id)) expect(addedBy.get(id), at).toBe(device);
        for (const id of [K1, K2]) {
          const by = wroteLast.get(id);
          if (by !== undefined && by !== device)
            expect(conclusion(w.state, id)).toBe(conclusion(before, id));
          if (conclusion(w.state, id) !== conclusion(before, id)) wroteLast.delete(id);
        }
        expect(WorkshopSchema.safeParse(w.state).success, at).toBe(true);
        // Moves and their undos reorder the programme; no point is ever lost or doubled.
        expect([...w.state.agenda.map((p) => p.id)].sort(), at).toEqual(programme);
      }
    }
    // The runs did undo, redo and refuse: the checks above were reached.
    expect(totals.undone).toBeGreaterThan(100);
    expect(totals.redone).toBeGreaterThan(20);
    expect(totals.refused).toBeGreaterThan(10);
  });
});
