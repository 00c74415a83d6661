import { describe, expect, it } from 'vitest';
import { WorkshopSchema, type Workshop } from '../model/workshop';
import { meeting } from '../testing/commandCases';
import { readyExercise } from '../exercises/readyExercise';
import { repairWorkshop } from './repairWorkshop';

/** A plain, editable copy, as a hand-edited file would give it. */
const raw = (): Workshop => JSON.parse(JSON.stringify(meeting())) as Workshop;

/** An exercise as a point stores it. */
function exercise(id: string) {
  return readyExercise({
    id,
    kind: 'custom',
    title: `Øvelse ${id}`,
    question: '',
    prompts: [],
    steps: [{ id: `${id}-1`, kind: 'plenary', title: '', prompt: '', minutes: 5 }],
  });
}

describe('repairWorkshop', () => {
  it('changes nothing in a valid workshop', () => {
    const result = repairWorkshop(raw());
    expect(result).toEqual({ ok: true, workshop: meeting(), changes: [] });
  });

  it('accepts every limit exactly at its maximum', () => {
    const w = raw() as unknown as { agenda: { exercises: unknown[] }[]; title: string };
    w.agenda[0]!.exercises = Array.from({ length: 50 }, (_, i) => exercise(`e${i}`));
    w.title = 'x'.repeat(200);
    const result = repairWorkshop(w);
    expect(result.ok && result.changes).toEqual([]);
  });

  it('cuts a list past its limit and keeps every item it took out', () => {
    const w = raw() as unknown as { agenda: { exercises: unknown[] }[] };
    w.agenda[0]!.exercises = Array.from({ length: 51 }, (_, i) => exercise(`e${i}`));
    const result = repairWorkshop(w);
    if (!result.ok) throw new Error(result.problems);
    expect(result.workshop.agenda[0]!.exercises).toHaveLength(50);
    expect(result.changes).toEqual([
      { kind: 'list', path: ['agenda', 0, 'exercises'], limit: 50, removed: [exercise('e50')] },
    ]);
    expect(w.agenda[0]!.exercises).toHaveLength(51); // the input is left alone
  });

  it('cuts 5,010 evaluation responses to 5,000, keeping the 10', () => {
    const w = raw();
    w.evaluation.responses = Array.from({ length: 5_010 }, (_, i) => ({
      id: `r${String(i).padStart(5, '0')}`,
      formId: 'pataevaers' as const,
      scores: { pt9: 3 },
    }));
    const result = repairWorkshop(w);
    if (!result.ok) throw new Error(result.problems);
    expect(result.workshop.evaluation.responses).toHaveLength(5_000);
    const [change] = result.changes;
    expect(change?.kind === 'list' && change.removed.map((r) => (r as { id: string }).id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `r0${5_000 + i}`),
    );
  });

  it('clamps and rounds numbers, and shortens a text keeping the whole original', () => {
    const w = raw();
    w.series = { id: 's1', number: 1000, meetings: [], followUpPointId: null };
    w.agenda[0]!.dotsPerPerson = -3;
    w.agenda[0]!.plannedMinutes = 12.6;
    const long = `${'a'.repeat(199)}😀b`;
    w.title = long;
    const result = repairWorkshop(w);
    if (!result.ok) throw new Error(result.problems);
    expect(result.workshop.series?.number).toBe(999);
    expect(result.workshop.agenda[0]!.dotsPerPerson).toBe(0);
    expect(result.workshop.agenda[0]!.plannedMinutes).toBe(13);
    // Not half of the emoji: cut before it.
    expect(result.workshop.title).toBe('a'.repeat(199));
    expect(result.changes).toContainEqual({
      kind: 'text',
      path: ['title'],
      limit: 200,
      before: long,
    });
    expect(result.changes).toContainEqual({
      kind: 'number',
      path: ['series', 'number'],
      before: 1000,
      after: 999,
    });
    expect(WorkshopSchema.safeParse(result.workshop).success).toBe(true);
  });

  it('refuses, with the reason, what it cannot repair without guessing', () => {
    const w = raw() as unknown as { agenda: { title: string; status: string }[] };
    w.agenda[0]!.status = 'half-done';
    const result = repairWorkshop(w);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toContain('status');
  });
});
