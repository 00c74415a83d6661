import { describe, expect, it } from 'vitest';
import { corpusMeeting } from '../test/fixtures/corpusContent';
import {
  CONCLUSIONS,
  LONG_TEXTS,
  ORGANISATIONS,
  TYPICAL_TEXTS,
} from '../test/fixtures/corpus/sentences';
import { applyCommands, type CommandInput } from '../test/fixtures/workshops';
import {
  actAs,
  redoAs,
  refusedWith,
  undoAs,
  type DeviceWorld as World,
} from '../test/fixtures/deviceWorld';
import { canUndo, emptyHistory, redo, undo } from './history';
import type { Workshop } from './model/workshop';

// Two or three people capturing side by side (issue 16): each undo takes out only their own.
const LAPTOP = 'facilitator';
const REFERENT = 'dev-referent-7Hq2';
const COFACILITATOR = 'dev-cofac-P0aZ';

const meeting = corpusMeeting({ ideas: 3, conclusions: 2, actions: 2, participants: 6 });
const POINT = meeting.workPointId;
const start: Workshop = applyCommands(meeting.commands);

const act = (world: World, deviceId: string, input: CommandInput) =>
  actAs(world, deviceId, input, Date.UTC(2026, 2, 12, 10, 30));

/** An undo or redo whose broadcast patches, applied to the screens' copy, give the host's state. */

const ideaTexts = (w: Workshop) => w.ideas.filter((i) => i.pointId === POINT).map((i) => i.text);
const actionTexts = (w: Workshop) => w.actions.map((a) => a.what);
const conclusionTexts = (w: Workshop) =>
  w.agenda.find((p) => p.id === POINT)!.conclusions.map((c) => c.text);
const startIdeas = ideaTexts(start);

const addIdea = (id: string, text: string): CommandInput => ({
  type: 'idea.add',
  id,
  pointId: POINT,
  text,
});
const addAction = (id: string, what: string, organisation = ''): CommandInput => ({
  type: 'action.add',
  action: { id, what, pointId: POINT, ownerOrganisation: organisation },
});

describe('undo by element id when others added to the same list', () => {
  it('takes out only the facilitator’s idea; the referent’s stays and still undoes', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, LAPTOP, addIdea('n1', TYPICAL_TEXTS[6]));
    w = act(w, REFERENT, addIdea('n2', LONG_TEXTS[12]));
    w = undoAs(w, LAPTOP);
    expect(ideaTexts(w.state)).toEqual([...startIdeas, LONG_TEXTS[12]]);
    expect(w.state.ideas.find((i) => i.id === 'n2')).toMatchObject({ text: LONG_TEXTS[12] });

    w = undoAs(w, REFERENT);
    expect(ideaTexts(w.state)).toEqual(startIdeas);
    expect(w.state).toEqual(start);
  });

  it('does the same for actions, with organisation names holding commas', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, REFERENT, addAction('na1', TYPICAL_TEXTS[11], ORGANISATIONS[2]));
    w = act(w, LAPTOP, addAction('na2', LONG_TEXTS[13], ORGANISATIONS[0]));
    w = act(w, REFERENT, addAction('na3', TYPICAL_TEXTS[9]));
    const referentsBefore = w.state.actions.filter((a) => a.id !== 'na2');

    w = undoAs(w, LAPTOP); // between the referent's two actions
    expect(w.state.actions).toEqual(referentsBefore);
    expect(actionTexts(w.state)).not.toContain(LONG_TEXTS[13]);
    w = undoAs(w, REFERENT);
    w = undoAs(w, REFERENT);
    expect(w.state).toEqual(start);
  });

  it('puts a removed idea back among its old neighbours, around the referent’s new one', () => {
    let w: World = { state: start, history: emptyHistory };
    const [first, middle] = w.state.ideas.filter((i) => i.pointId === POINT);
    w = act(w, LAPTOP, { type: 'idea.remove', id: middle!.id });
    w = act(w, REFERENT, addIdea('n2', TYPICAL_TEXTS[4]));
    w = act(w, REFERENT, { type: 'idea.update', id: first!.id, changes: { text: LONG_TEXTS[8] } });
    w = undoAs(w, LAPTOP);
    expect(ideaTexts(w.state)).toEqual([LONG_TEXTS[8], ...startIdeas.slice(1), TYPICAL_TEXTS[4]]);
    w = undoAs(undoAs(w, REFERENT), REFERENT);
    expect(w.state).toEqual(start);
  });

  it('two people removing an idea each: each undo puts back only their own', () => {
    let w: World = { state: start, history: emptyHistory };
    const [first, , third] = w.state.ideas.filter((i) => i.pointId === POINT);
    w = act(w, LAPTOP, { type: 'idea.remove', id: first!.id });
    w = act(w, REFERENT, { type: 'idea.remove', id: third!.id });
    w = undoAs(w, LAPTOP);
    expect(ideaTexts(w.state)).toEqual(startIdeas.filter((t) => t !== third!.text));
    w = undoAs(w, REFERENT);
    expect(w.state).toEqual(start);
  });

  it('works in a list inside an agenda point: two people adding conclusions', () => {
    let w: World = { state: start, history: emptyHistory };
    const conclusion = (id: string, text: string): CommandInput => ({
      type: 'conclusion.add',
      pointId: POINT,
      conclusion: { id, text },
    });
    w = act(w, LAPTOP, conclusion('nk1', CONCLUSIONS[6]));
    w = act(w, REFERENT, conclusion('nk2', CONCLUSIONS[7]));
    w = undoAs(w, LAPTOP);
    expect(conclusionTexts(w.state).slice(-1)).toEqual([CONCLUSIONS[7]]);
    expect(conclusionTexts(w.state)).not.toContain(CONCLUSIONS[6]);
  });

  it('still refuses when the other edited or removed that very idea', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, LAPTOP, addIdea('n1', TYPICAL_TEXTS[3]));
    w = act(w, REFERENT, addIdea('n2', TYPICAL_TEXTS[5]));
    w = act(w, REFERENT, { type: 'idea.update', id: 'n1', changes: { text: LONG_TEXTS[4] } });
    const edited = w.state;
    refusedWith(() => undo(w.state, w.history, LAPTOP));
    expect(ideaTexts(edited)).toContain(LONG_TEXTS[4]);

    let v: World = { state: start, history: emptyHistory };
    v = act(v, LAPTOP, addIdea('n1', TYPICAL_TEXTS[3]));
    v = act(v, REFERENT, addIdea('n2', TYPICAL_TEXTS[5]));
    v = act(v, REFERENT, { type: 'idea.remove', id: 'n1' });
    const history = refusedWith(() => undo(v.state, v.history, LAPTOP));
    expect(canUndo(history, LAPTOP)).toBe(false);
    // The referent's own undo puts the facilitator's idea back where it stood.
    v = undoAs({ state: v.state, history }, REFERENT);
    expect(ideaTexts(v.state).slice(-2)).toEqual([TYPICAL_TEXTS[3], TYPICAL_TEXTS[5]]);
  });

  it('three devices interleaved: each undo takes out only its own, in any order', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, LAPTOP, addIdea('f1', TYPICAL_TEXTS[1]));
    w = act(w, REFERENT, addIdea('r1', LONG_TEXTS[2]));
    w = act(w, COFACILITATOR, addIdea('c1', TYPICAL_TEXTS[8]));
    w = act(w, LAPTOP, addAction('fa', TYPICAL_TEXTS[10], ORGANISATIONS[1]));
    w = act(w, COFACILITATOR, addAction('ca', LONG_TEXTS[7]));
    w = act(w, REFERENT, addIdea('r2', TYPICAL_TEXTS[12]));

    w = undoAs(w, REFERENT); // r2
    w = undoAs(w, LAPTOP); // fa
    expect(w.state.ideas.map((i) => i.id).slice(-3)).toEqual(['f1', 'r1', 'c1']);
    expect(w.state.actions.map((a) => a.id)).toEqual([...start.actions.map((a) => a.id), 'ca']);
    w = undoAs(w, COFACILITATOR); // ca
    w = undoAs(w, REFERENT); // r1
    expect(ideaTexts(w.state)).toEqual([...startIdeas, TYPICAL_TEXTS[1], TYPICAL_TEXTS[8]]);
    w = undoAs(w, LAPTOP); // f1
    w = undoAs(w, COFACILITATOR); // c1
    expect(w.state).toEqual(start);
  });

  it('redoes a rebased undo: the idea comes back in its place, and all undo again', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, LAPTOP, addIdea('n1', TYPICAL_TEXTS[6]));
    w = act(w, REFERENT, addIdea('n2', LONG_TEXTS[12]));
    const both = w.state;
    w = undoAs(w, LAPTOP);
    w = act(w, COFACILITATOR, addIdea('n3', TYPICAL_TEXTS[2]));
    w = redoAs(w, LAPTOP);
    expect(ideaTexts(w.state).slice(-3)).toEqual([
      TYPICAL_TEXTS[6],
      LONG_TEXTS[12],
      TYPICAL_TEXTS[2],
    ]);
    expect(w.state.ideas.slice(0, -1)).toEqual(both.ideas);

    w = undoAs(w, REFERENT);
    w = undoAs(w, LAPTOP);
    expect(ideaTexts(w.state)).toEqual([...startIdeas, TYPICAL_TEXTS[2]]);
    w = redoAs(w, REFERENT); // back before the co-facilitator's idea, its neighbour when undone
    expect(ideaTexts(w.state)).toEqual([...startIdeas, LONG_TEXTS[12], TYPICAL_TEXTS[2]]);
    w = undoAs(undoAs(w, COFACILITATOR), REFERENT);
    expect(w.state).toEqual(start);
  });

  it('refuses a redo of an idea someone removed meanwhile, and loses nothing', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, LAPTOP, addIdea('n1', TYPICAL_TEXTS[6]));
    w = act(w, REFERENT, addIdea('n2', LONG_TEXTS[12]));
    w = act(w, REFERENT, { type: 'idea.update', id: 'n2', changes: { text: LONG_TEXTS[3] } });
    w = undoAs(w, REFERENT); // the referent's edit; the referent's idea stays
    w = undoAs(w, LAPTOP);
    w = act(w, COFACILITATOR, { type: 'idea.remove', id: 'n2' });
    const before = w.state;
    refusedWith(() => redo(w.state, w.history, REFERENT));
    expect(before.ideas.map((i) => i.id)).not.toContain('n2');
    w = redoAs(w, LAPTOP); // the facilitator's idea comes back, the removal stands
    expect(ideaTexts(w.state)).toEqual([...startIdeas, TYPICAL_TEXTS[6]]);
  });
});

describe('undo of a move by element id when others changed the same list', () => {
  const order = (w: Workshop) => w.agenda.map((p) => p.id);
  const startOrder = order(start); // f1 … f6, real titles from a director forum's programme
  const move = (id: string, toIndex: number): CommandInput => ({
    type: 'agenda.move',
    id,
    toIndex,
  });
  const addPoint = (id: string): CommandInput => ({
    type: 'agenda.add',
    point: {
      id,
      title: 'Sekretariatet/koordinationsgruppen: status på Sundhedsstyregruppens arbejdsplan',
      purpose: 'orientation',
      plannedMinutes: 15,
      presenter: 'Claus Thomsen',
    },
  });

  it('the facilitator’s move comes back alone; the co-facilitator’s new point stays', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, LAPTOP, move('f5', 1)); // f1 f5 f2 f3 f4 f6
    w = act(w, COFACILITATOR, addPoint('n1'));
    w = undoAs(w, LAPTOP);
    expect(order(w.state)).toEqual([...startOrder, 'n1']);
    w = undoAs(w, COFACILITATOR);
    expect(w.state).toEqual(start);
  });

  it('two people moving different points each undo only their own move', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, LAPTOP, move('f6', 0)); // f6 f1 f2 f3 f4 f5
    w = act(w, COFACILITATOR, move('f2', 4)); // f6 f1 f3 f4 f2 f5
    w = undoAs(w, LAPTOP); // f6 back after f5, its old neighbour
    expect(order(w.state)).toEqual(['f1', 'f3', 'f4', 'f2', 'f5', 'f6']);
    w = redoAs(w, LAPTOP);
    expect(order(w.state)).toEqual(['f6', 'f1', 'f3', 'f4', 'f2', 'f5']);
    w = undoAs(w, COFACILITATOR); // f2 back between f1 and f3
    expect(order(w.state)).toEqual(['f6', 'f1', 'f2', 'f3', 'f4', 'f5']);
    w = undoAs(w, LAPTOP);
    expect(w.state).toEqual(start);
  });

  it('an idea moved to another point comes back while a co-facilitator places dots', () => {
    const [moved, dotted] = start.ideas.filter((i) => i.pointId === POINT);
    let w: World = { state: start, history: emptyHistory };
    w = act(w, COFACILITATOR, {
      type: 'dot.add',
      id: 'd1',
      pointId: POINT,
      targetId: moved!.id,
      participantId: null,
    });
    w = act(w, LAPTOP, { type: 'idea.move', id: moved!.id, pointId: 'f6' }); // its dot goes with the old point
    w = act(w, COFACILITATOR, {
      type: 'dot.add',
      id: 'd2',
      pointId: POINT,
      targetId: dotted!.id,
      participantId: null,
    });
    w = undoAs(w, LAPTOP);
    expect(w.state.ideas.find((i) => i.id === moved!.id)?.pointId).toBe(POINT);
    expect(w.state.dots.map((d) => [d.id, d.targetId])).toEqual([
      ['d1', moved!.id],
      ['d2', dotted!.id],
    ]);
  });

  it('still refuses when someone has since changed the moved point itself', () => {
    let w: World = { state: start, history: emptyHistory };
    w = act(w, LAPTOP, move('f4', 1));
    w = act(w, COFACILITATOR, {
      type: 'agenda.update',
      id: 'f4',
      changes: { title: 'Samspil mellem klynger, Sundhedsstyregruppen og Sundhedssamarbejdet' },
    });
    const before = w.state;
    refusedWith(() => undo(w.state, w.history, LAPTOP));
    expect(order(before)[1]).toBe('f4');
  });
});
