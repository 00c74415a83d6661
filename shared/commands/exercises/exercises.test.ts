import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../draw';
import { DomainError } from '../../errors';
import { exerciseView } from '../../exercises/exerciseView';
import { templateToCommand } from '../../exercises/library';
import { drawExercisePairs, roundSpeakers } from '../../exercises/participants';
import { findTemplate } from '../../exercises/templates';
import type { Exercise } from '../../model/exercises';
import type { Workshop } from '../../model/workshop';
import { reduce } from '../../reducer';
import { run, runningWorkshop } from '../../testing/fixture';
import type { Command } from '../index';
import { idsFor, runningPairExercise, withPairExercise, withRound } from './exerciseFixture';

const MIN = 60_000;
const at = (w: Workshop, now: number, ...commands: Command[]) =>
  commands.reduce((s, c) => reduce(s, c, { now }).state, w);
const ex = (w: Workshop, id = 'ex1'): Exercise =>
  w.agenda.flatMap((p) => p.exercises).find((e) => e.id === id)!;
const view = (w: Workshop, now: number, id = 'ex1') => exerciseView(ex(w, id), now);

/** Seven present participants from four organisations (so pairs can cross them, with a trio). */
const SEVEN = [
  ['a', 'Aalborg Kommune'],
  ['b', 'Aalborg Kommune'],
  ['c', 'Aalborg Universitetshospital'],
  ['d', 'Aalborg Universitetshospital'],
  ['e', 'Region Nordjylland'],
  ['f', 'Lægehuset Vestergade'],
  ['g', 'Aalborg Kommune'],
] as const;

describe('a pair exercise for seven participants', () => {
  it('runs reflection → pairs with a switch (a trio gets a third turn) → plenary', () => {
    let w = run(runningWorkshop(), [
      ...SEVEN.map(([id, organisation]) => ({
        type: 'participant.add' as const,
        participant: {
          id,
          name: id.toUpperCase(),
          title: '',
          organisation,
          sector: 'other' as const,
          present: true,
        },
      })),
      { type: 'participant.update', id: 'p1', changes: { present: false } },
      { type: 'participant.remove', id: 'p2' },
      { type: 'participant.remove', id: 'p3' },
      { type: 'participant.remove', id: 'p4' },
      templateToCommand(findTemplate('pair'), 'da', 'pt1', idsFor('ex1')),
    ]);
    // The sender draws; the reducer records the outcome.
    const pairs = drawExercisePairs(w.participants, seededRandom(3));
    expect(pairs.map((g) => g.length).sort()).toEqual([2, 2, 3]);
    expect(pairs.flat().sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const orgOf = new Map(SEVEN.map(([id, org]) => [id as string, org as string]));
    for (const [x, y] of pairs) expect(orgOf.get(x!)).not.toBe(orgOf.get(y!));

    const t0 = 10 * MIN;
    w = at(
      w,
      t0,
      { type: 'exercise.setPairs', exerciseId: 'ex1', pairs },
      { type: 'exercise.start', exerciseId: 'ex1' },
    );
    let v = view(w, t0 + 9 * MIN);
    expect(v.step!.kind).toBe('individual');
    expect(v.prompt).toBe('Hvordan kan vi selv styrke ledelse på tværs af sektorer?');
    expect(v.timer).toMatchObject({ remainingMs: MIN, phase: 'amber' });
    expect(v.plannedMinutes).toBe(10 + 3 * 10 + 15);

    const t1 = t0 + 10 * MIN;
    w = at(w, t1, { type: 'exercise.nextStep', exerciseId: 'ex1' });
    v = view(w, t1 + 10 * MIN);
    expect(v.step!.kind).toBe('pairs');
    expect(v.turn).toEqual({ index: 0, count: 3 });
    expect(v.groups.map((g) => g.speakerId)).toEqual(pairs.map((g) => g[0]));
    expect(v.switchDue).toBe(true);
    expect(v.timer!.phase).toBe('red');

    w = at(w, t1 + 10 * MIN, { type: 'exercise.switchSpeaker', exerciseId: 'ex1' });
    v = view(w, t1 + 10 * MIN);
    expect(v.groups.map((g) => g.speakerId)).toEqual(pairs.map((g) => g[1]));
    expect(v.timer).toMatchObject({ remainingMs: 10 * MIN, running: true });
    w = at(w, t1 + 20 * MIN, { type: 'exercise.switchSpeaker', exerciseId: 'ex1' });
    v = view(w, t1 + 20 * MIN);
    // Only the trio has a third speaker; the pairs talk on freely.
    expect(v.groups.map((g) => g.speakerId)).toEqual(pairs.map((g) => g[2] ?? null));
    expect(() =>
      at(w, t1 + 30 * MIN, { type: 'exercise.switchSpeaker', exerciseId: 'ex1' }),
    ).toThrow(/Everyone has had a turn/);

    const t2 = t1 + 30 * MIN;
    w = at(
      w,
      t2,
      { type: 'exercise.nextStep', exerciseId: 'ex1' },
      {
        type: 'exercise.note',
        exerciseId: 'ex1',
        id: 'n1',
        kind: 'note',
        text: 'Tillid tager tid',
      },
      {
        type: 'exercise.note',
        exerciseId: 'ex1',
        id: 'i1',
        kind: 'idea',
        text: 'Fælles lederforum',
        authorId: 'e',
      },
    );
    expect(view(w, t2).step!.kind).toBe('plenary');
    expect(view(w, t2).nextStep).toBeNull();
    w = at(w, t2 + 15 * MIN, { type: 'exercise.finish', exerciseId: 'ex1' });
    const done = ex(w);
    expect(done).toMatchObject({ status: 'done', startedAt: t0, finishedAt: t2 + 15 * MIN });
    expect(done.steps.every((s) => s.timer.startedAt === null)).toBe(true);
    expect(done.notes).toEqual([
      { id: 'n1', text: 'Tillid tager tid', authorId: null, stepId: done.steps[2]!.id, at: t2 },
    ]);
    expect(done.ideaIds).toEqual(['i1']);
    expect(w.ideas.at(-1)).toMatchObject({ id: 'i1', pointId: 'pt1', authorId: 'e' });
  });

  it('goes back a step and on again, each step keeping the time it used', () => {
    let w = runningPairExercise(0);
    w = at(w, 4 * MIN, { type: 'exercise.nextStep', exerciseId: 'ex1' });
    w = at(w, 6 * MIN, { type: 'exercise.previousStep', exerciseId: 'ex1' });
    expect(view(w, 7 * MIN).timer!.remainingMs).toBe(5 * MIN);
    w = at(w, 7 * MIN, { type: 'exercise.nextStep', exerciseId: 'ex1' });
    expect(view(w, 8 * MIN).timer!.remainingMs).toBe(7 * MIN);
    w = at(w, 9 * MIN, { type: 'exercise.nextStep', exerciseId: 'ex1' });
    expect(() => at(w, 9 * MIN, { type: 'exercise.nextStep', exerciseId: 'ex1' })).toThrow(
      /last step/,
    );
    w = at(w, 9 * MIN, { type: 'exercise.previousStep', exerciseId: 'ex1' });
    w = at(w, 9 * MIN, { type: 'exercise.previousStep', exerciseId: 'ex1' });
    expect(() => at(w, 9 * MIN, { type: 'exercise.previousStep', exerciseId: 'ex1' })).toThrow(
      /first step/,
    );
  });

  it('lets the facilitator edit the groups, and refuses someone in two groups or unknown', () => {
    const w = withPairExercise();
    const edited = at(w, 5, {
      type: 'exercise.setPairs',
      exerciseId: 'ex1',
      pairs: [
        ['p1', 'p3'],
        ['p2', 'p4'],
      ],
    });
    expect(ex(edited).pairs).toEqual([
      ['p1', 'p3'],
      ['p2', 'p4'],
    ]);
    expect(() =>
      at(w, 5, { type: 'exercise.setPairs', exerciseId: 'ex1', pairs: [['p1'], ['p1', 'p2']] }),
    ).toThrow(/two groups/);
    expect(() =>
      at(w, 5, { type: 'exercise.setPairs', exerciseId: 'ex1', pairs: [['zz', 'p2']] }),
    ).toThrow(DomainError);
  });

  it('runs one exercise at a time', () => {
    const w = at(
      runningPairExercise(),
      5_000,
      templateToCommand(findTemplate('discussion'), 'en', 'pt2', idsFor('ex2')),
    );
    expect(() => at(w, 6_000, { type: 'exercise.start', exerciseId: 'ex2' })).toThrow(
      /Finish the running exercise/,
    );
    const after = at(
      w,
      6_000,
      { type: 'exercise.finish', exerciseId: 'ex1' },
      { type: 'exercise.start', exerciseId: 'ex2' },
    );
    expect(view(after, 6_000, 'ex2')).toMatchObject({
      prompt: '',
      step: { kind: 'discussion', title: 'Discussion' },
    });
    expect(ex(after, 'ex2').prompts).toEqual([
      'What do you recognise?',
      'What gives you new perspectives?',
    ]);
  });
});

describe('a round', () => {
  it('gives each speaker a turn with its own time, showing who is next', () => {
    let w = at(withRound(), 0, { type: 'exercise.start', exerciseId: 'r1' });
    let v = view(w, 90_000, 'r1');
    expect(v.prompt).toBe('Hvad er vi optaget af for tiden?');
    expect([v.speaker?.id, v.nextSpeaker?.id]).toEqual(['p1', 'p2']);
    expect(v.timer).toMatchObject({ remainingMs: 30_000, phase: 'normal' });
    expect(v.turn).toEqual({ index: 0, count: 4 });
    w = at(w, 2 * MIN + 5_000, { type: 'exercise.switchSpeaker', exerciseId: 'r1' });
    v = view(w, 2 * MIN + 5_000, 'r1');
    expect([v.speaker?.id, v.nextSpeaker?.id]).toEqual(['p2', 'p3']);
    expect(v.timer!.remainingMs).toBe(2 * MIN);
    w = at(w, 3 * MIN, { type: 'exercise.switchSpeaker', exerciseId: 'r1', speaker: 3 });
    v = view(w, 3 * MIN, 'r1');
    expect([v.speaker?.id, v.nextSpeaker]).toEqual(['p4', null]);
    expect(v.switchDue).toBe(false);
  });

  it('speaks by organisation, and a new order keeps the word with whoever has it', () => {
    let w = at(withRound(), 0, { type: 'exercise.start', exerciseId: 'r1' });
    w = at(w, MIN, { type: 'exercise.switchSpeaker', exerciseId: 'r1' }); // p2 speaks
    const byOrg = roundSpeakers(
      [
        { id: 'p1', name: 'Anne', organisation: 'Aalborg Kommune', present: true },
        { id: 'p2', name: 'Bo', organisation: ' aalborg kommune', present: true },
        { id: 'p3', name: 'Carla', organisation: '', present: true },
        { id: 'p4', name: 'Dorte', organisation: 'Region', present: false },
      ],
      'organisation',
    );
    expect(byOrg).toEqual([
      { id: 'org:aalborg kommune', label: 'Aalborg Kommune', participantIds: ['p1', 'p2'] },
      { id: 'p3', label: 'Carla', participantIds: ['p3'] },
    ]);
    w = at(w, MIN, {
      type: 'exercise.setSpeakers',
      exerciseId: 'r1',
      speakers: [
        { id: 'p4', label: 'Dorte', participantIds: ['p4'] },
        { id: 'p2', label: 'Bo', participantIds: ['p2'] },
      ],
    });
    expect(view(w, MIN, 'r1').speaker?.id).toBe('p2');
  });
});

describe('when someone leaves the workshop', () => {
  it('leaves the pairs and the round; the word goes to whoever was next', () => {
    let w = at(
      withPairExercise(),
      5,
      {
        type: 'exercise.setPairs',
        exerciseId: 'ex1',
        pairs: [
          ['p1', 'p2'],
          ['p3', 'p4'],
        ],
      },
      templateToCommand(findTemplate('round'), 'da', 'pt1', idsFor('r1')),
      {
        type: 'exercise.setSpeakers',
        exerciseId: 'r1',
        speakers: [
          { id: 'org', label: 'Aalborg', participantIds: ['p1', 'p2'] },
          { id: 'p3', label: 'Carla', participantIds: ['p3'] },
          { id: 'p4', label: 'Dorte', participantIds: ['p4'] },
        ],
      },
      { type: 'exercise.start', exerciseId: 'r1' },
      { type: 'exercise.switchSpeaker', exerciseId: 'r1' }, // Carla has the word
    );
    w = at(
      w,
      6,
      { type: 'participant.remove', id: 'p3' },
      { type: 'participant.remove', id: 'p1' },
    );
    expect(ex(w).pairs).toEqual([['p2'], ['p4']]);
    expect(ex(w, 'r1').speakers.map((s) => [s.id, s.participantIds])).toEqual([
      ['org', ['p2']],
      ['p4', ['p4']],
    ]);
    expect(view(w, 6, 'r1').speaker?.id).toBe('p4');
  });
});
