import { describe, expect, it } from 'vitest';
import { CommandSchema } from '../../shared/commands';
import { nextMeeting } from '../../shared/series/nextMeeting';
import { LONG_TEXTS, PEOPLE, POINT_TITLES, TYPICAL_TEXTS } from '../fixtures/corpus/sentences';
import {
  corpusEvaluation,
  corpusFollowUpSeed,
  corpusMeeting,
  corpusPairExercise,
  corpusWorkPoint,
  FIT_COUNTS,
  loadCounts,
  type CommandInput,
} from '../fixtures/corpusContent';
import { applyCommands } from '../fixtures/workshops';

const COUNTS = [1, 9, 20, 40, 100];

/** Every command is one the host accepts as sent: the schema's limits included. */
function expectValid(commands: readonly CommandInput[]): void {
  const refused = commands
    .map((command) => ({ command, result: CommandSchema.safeParse(command) }))
    .filter(({ result }) => !result.success)
    .map(({ command, result }) => `${command.type}: ${result.error?.message ?? ''}`);
  expect(refused).toEqual([]);
}

describe('corpus content', () => {
  it.each(COUNTS)('a forum with %i of each item is valid and holds what it says', (n) => {
    const meeting = corpusMeeting({ ...loadCounts(n), participants: 15 });
    expectValid(meeting.commands);
    // The reducer accepts them in order (ids, authors and cluster members exist).
    const workshop = applyCommands(meeting.commands);
    const point = workshop.agenda.find((p) => p.id === meeting.workPointId);
    expect(workshop.participants).toHaveLength(15);
    expect(workshop.agenda).toHaveLength(6);
    expect(workshop.ideas).toHaveLength(n);
    expect(workshop.ideas.every((i) => i.clusterId !== null)).toBe(true);
    expect(point?.questions).toHaveLength(n);
    expect(point?.positions).toHaveLength(n);
    expect(point?.conclusions).toHaveLength(n);
    expect(workshop.actions).toHaveLength(n);
    expect(meeting.items.developing).toHaveLength(n);
    expect(meeting.items.acting).toHaveLength(n);
    // Clusters, the ideas in them, a dot result per cluster, positions, conclusions.
    const clusters = Math.ceil(n / 3);
    expect(meeting.items.negotiating).toHaveLength(clusters * 2 + n * 3);
    expect(new Set(meeting.items.negotiating).size).toBe(meeting.items.negotiating.length);
  });

  it('is deterministic', () => {
    expect(corpusMeeting(loadCounts(20))).toEqual(corpusMeeting(loadCounts(20)));
  });

  it('has texts from one word to 500 characters, long compounds, and long titles', () => {
    const meeting = corpusMeeting({ ...loadCounts(100), programmeItems: 14 });
    const texts = meeting.commands.flatMap((c) =>
      c.type === 'idea.add' ? [c.text] : c.type === 'agenda.add' ? [c.point.title] : [],
    );
    const lengths = texts.map((t) => t.length);
    expect(Math.min(...lengths)).toBeLessThan(12);
    expect(texts.some((t) => !t.includes(' '))).toBe(true);
    expect(Math.max(...lengths)).toBeGreaterThan(400);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(500);
    const all = JSON.stringify(meeting.commands);
    for (const word of [
      'sundhedsstyregruppe',
      'tværsektorielle',
      'Sundhedskoordinationsudvalget',
      'Sekretariatet/koordinationsgruppen',
      'områdechef-/centerchefniveau',
      'Sundhed og Omsorg, Aarhus Kommune',
    ]) {
      expect(all, word).toContain(word);
    }
    const titles = Object.values(POINT_TITLES);
    expect(titles.some((t) => t.length > 40)).toBe(true);
    expect(titles.some((t) => t.length > 100)).toBe(true);
    expect(PEOPLE.length).toBeGreaterThanOrEqual(15);
    expect([...TYPICAL_TEXTS, ...LONG_TEXTS].every((t) => t.length <= 500)).toBe(true);
  });

  it('makes a programme of any length, with a break', () => {
    const meeting = corpusMeeting({ programmeItems: 40 });
    expectValid(meeting.commands);
    const workshop = applyCommands(meeting.commands);
    expect(workshop.agenda).toHaveLength(40);
    expect(meeting.items.programme).toHaveLength(40);
    expect(workshop.agenda.some((p) => p.kind === 'break')).toBe(true);
  });

  it('adds work points, runs a pair exercise and projects own evaluation questions', () => {
    const meeting = corpusMeeting({ participants: 101 });
    const extra = corpusWorkPoint('n20', POINT_TITLES.councils, FIT_COUNTS, { lengths: 'typical' });
    const exercise = corpusPairExercise('ex1', 'f1', meeting.participantIds);
    const evaluation = corpusEvaluation(100);
    const commands = [
      ...meeting.commands,
      ...extra.commands,
      { type: 'point.start', id: 'f1' },
      ...exercise.commands,
      ...evaluation.commands,
    ] satisfies CommandInput[];
    expectValid(commands);
    const workshop = applyCommands(commands);
    const running = workshop.agenda[0]?.exercises[0];
    expect(running?.status).toBe('running');
    expect(running?.stepIndex).toBe(1);
    // 101 people: 49 pairs and a trio; every member listed once.
    expect(running?.pairs).toHaveLength(50);
    expect(exercise.items.filter((k) => k.startsWith('member:'))).toHaveLength(101);
    expect(workshop.evaluation.ownQuestions).toHaveLength(30);
    expect(evaluation.items).toHaveLength(30);
    expect(workshop.evaluation.projector).toBe('own');
  });

  it('seeds a meeting whose open actions the next meeting follows up', () => {
    const seed = corpusFollowUpSeed(9);
    expectValid(seed.commands);
    let id = 0;
    const next = nextMeeting(applyCommands(seed.commands), {
      language: 'da',
      newId: () => `n${++id}`,
    });
    expect(next.actions.map((a) => `action:${a.id}`)).toEqual(seed.items);
  });
});
