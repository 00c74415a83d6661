import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { meeting } from '../testing/commandCases';
import { run } from '../testing/fixture';
import { WorkshopSchema, type Workshop } from '../model/workshop';
import { reduce } from '../reducer';
import { carriedActions, followUpPoint, isFollowUpActive } from './followUp';
import { nextMeeting } from './nextMeeting';
import { seriesFileStem } from './seriesFileName';

function ids() {
  let n = 0;
  return () => `id${++n}`;
}

/** meeting() (a running point with ideas, dots, one open action a1) plus three more actions. */
function finishedMeeting(): Workshop {
  const w = run(meeting(), [
    { type: 'workshop.update', title: 'Styregruppen', date: '2026-11-19', place: 'Aalborg' },
    { type: 'workshop.update', facilitator: 'Mette', secretary: 'Jonas', startTime: '09:00' },
    { type: 'participant.update', id: 'p4', changes: { present: false } },
    {
      type: 'action.add',
      action: { id: 'a2', what: 'Ring til kommunen', ownerIds: ['p2'], sourceId: 'i1' },
    },
    { type: 'action.add', action: { id: 'a3', what: 'Færdig opgave' } },
    { type: 'action.add', action: { id: 'a4', what: 'Droppet opgave' } },
    { type: 'action.update', id: 'a2', changes: { status: 'in-progress' } },
    { type: 'action.update', id: 'a3', changes: { status: 'done' } },
    { type: 'action.update', id: 'a4', changes: { status: 'dropped' } },
    { type: 'point.finish' },
  ]);
  return w;
}

describe('nextMeeting', () => {
  it('starts a series at meeting 2, carrying details, people and open actions', () => {
    const previous = finishedMeeting();
    const before = structuredClone(previous);
    const next = nextMeeting(previous, { language: 'da', newId: ids() });

    expect(previous).toEqual(before);
    expect(() => WorkshopSchema.parse(next)).not.toThrow();
    expect(next.id).not.toBe(previous.id);
    expect(next).toMatchObject({
      title: 'Styregruppen',
      date: '',
      place: 'Aalborg',
      facilitator: 'Mette',
      secretary: 'Jonas',
      activePointId: null,
      ideas: [],
      clusters: [],
      dots: [],
      killerFlags: [],
    });
    expect(next.series).toEqual({
      id: 'id1',
      number: 2,
      meetings: [{ workshopId: previous.id, number: 1, title: 'Styregruppen', date: '2026-11-19' }],
      followUpPointId: next.agenda[0]!.id,
    });
    expect(next.participants.map((p) => [p.id, p.present])).toEqual([
      ['p1', true],
      ['p2', true],
      ['p3', true],
      ['p4', true],
    ]);
  });

  it('carries open and in-progress actions to the follow-up point, with meeting 1 in their history', () => {
    const next = nextMeeting(finishedMeeting(), { language: 'da', newId: ids() });
    const point = followUpPoint(next)!;
    expect(next.actions.map((a) => [a.id, a.status])).toEqual([
      ['a1', 'open'],
      ['a2', 'in-progress'],
    ]);
    expect(next.actions.every((a) => a.pointId === point.id && a.sourceId === null)).toBe(true);
    expect(next.actions[1]!.ownerIds).toEqual(['p2']);
    expect(next.actions[1]!.history).toEqual([
      { meeting: 1, date: '2026-11-19', status: 'in-progress', note: '' },
    ]);
    expect(carriedActions(next).map((a) => a.id)).toEqual(['a1', 'a2']);
  });

  it('makes one agenda point, "Opfølgning på handlinger", in the acting room', () => {
    const next = nextMeeting(finishedMeeting(), { language: 'da', newId: ids() });
    expect(next.agenda).toHaveLength(1);
    expect(next.agenda[0]).toMatchObject({
      title: 'Opfølgning på handlinger',
      purpose: 'orientation',
      roomPlan: ['acting'],
      status: 'pending',
      presenter: 'Mette',
      description: 'De 2 åbne handlinger fra møde 1: status og en note for hver.',
    });
    const en = nextMeeting(finishedMeeting(), { language: 'en', newId: ids() });
    expect(en.agenda[0]!.title).toBe('Follow-up on actions');
  });

  it('continues the series: meeting 3 keeps meeting 2 notes and records its final status', () => {
    const second = nextMeeting(finishedMeeting(), { language: 'da', newId: ids() });
    const pointId = second.agenda[0]!.id;
    const followed = run(second, [
      { type: 'workshop.update', date: '2026-12-10' },
      { type: 'point.start', id: pointId },
      { type: 'action.followUp', id: 'a1', status: 'in-progress', note: 'Udkast klar' },
      { type: 'action.followUp', id: 'a2', status: 'done', note: 'Aftale på plads' },
    ]);
    expect(isFollowUpActive(followed)).toBe(true);
    const third = nextMeeting(followed, { language: 'da', newId: ids() });
    expect(third.series?.number).toBe(3);
    expect(third.series?.id).toBe(second.series?.id);
    expect(third.series?.meetings.map((m) => [m.number, m.date])).toEqual([
      [1, '2026-11-19'],
      [2, '2026-12-10'],
    ]);
    expect(third.actions.map((a) => a.id)).toEqual(['a1']);
    expect(third.actions[0]!.history).toEqual([
      { meeting: 1, date: '2026-11-19', status: 'open', note: '' },
      { meeting: 2, date: '2026-12-10', status: 'in-progress', note: 'Udkast klar' },
    ]);
  });

  it('carries the evaluation: own questions kept, responses left behind, this meeting in the trend', () => {
    const previous = run(finishedMeeting(), [
      { type: 'evaluation.addQuestion', question: { id: 'own1', text: 'Borgeren er med' } },
      {
        type: 'evaluation.score',
        responseId: 'r1',
        formId: 'pataevaers',
        scores: { own1: 4 },
        fromPaper: true,
      },
    ]);
    const next = nextMeeting(previous, { language: 'da', newId: ids() });
    expect(next.evaluation.ownQuestions).toEqual([{ id: 'own1', text: 'Borgeren er med' }]);
    expect(next.evaluation.responses).toEqual([]);
    expect(next.evaluation.earlier.map((m) => m.title)).toEqual(['Styregruppen']);
  });
});

describe('action.followUp', () => {
  const second = () => nextMeeting(finishedMeeting(), { language: 'en', newId: ids() });

  it('sets the status and records this meeting’s note; a second follow-up replaces it', () => {
    let w = run(second(), [
      { type: 'action.followUp', id: 'a1', status: 'in-progress', note: 'Started' },
    ]);
    w = run(w, [{ type: 'action.followUp', id: 'a1', status: 'done', note: 'Finished' }]);
    const a1 = w.actions.find((a) => a.id === 'a1')!;
    expect(a1.status).toBe('done');
    expect(a1.history).toEqual([
      { meeting: 1, date: '2026-11-19', status: 'open', note: '' },
      { meeting: 2, date: '', status: 'done', note: 'Finished' },
    ]);
  });

  it('is undone by its inverse patches', () => {
    const w = second();
    const applied = reduce(
      w,
      { type: 'action.followUp', id: 'a1', status: 'done', note: 'x' },
      { now: 1 },
    );
    expect(applied.state.actions[0]!.status).toBe('done');
    expect(applyPatches(applied.state, applied.inversePatches)).toEqual(w);
  });
});

describe('seriesFileStem', () => {
  it('names the file after the title and meeting, without characters a file system refuses', () => {
    expect(seriesFileStem('Styregruppen', 2, 'da')).toBe('Styregruppen – møde 2');
    expect(seriesFileStem('A/B: "x"', 3, 'en')).toBe('A B x – meeting 3');
    expect(seriesFileStem('  ', 2, 'da')).toBe('Workshop – møde 2');
  });
});
