import { describe, expect, it } from 'vitest';
import { reduce } from '../../reducer';
import { run, runningWorkshop } from '../../testing/fixture';

describe('the clarifying room', () => {
  it('records the problem statement, the citizen’s perspective and open questions', () => {
    const w = run(runningWorkshop(), [
      {
        type: 'point.setClarification',
        id: 'pt1',
        changes: {
          problem: 'Patienter genindlægges inden for 30 dage',
          citizenPerspective: 'Hvem ringer jeg til?',
        },
      },
      {
        type: 'question.add',
        pointId: 'pt1',
        question: { id: 'q1', text: 'Hvor mange drejer det sig om?', askedBy: 'p3' },
      },
      { type: 'question.add', pointId: 'pt1', question: { id: 'q2', text: 'Slet', askedBy: null } },
      { type: 'question.remove', id: 'q2' },
    ]);
    const point = w.agenda[0]!;
    expect(point.problem).toBe('Patienter genindlægges inden for 30 dage');
    expect(point.citizenPerspective).toBe('Hvem ringer jeg til?');
    expect(point.questions).toEqual([
      { id: 'q1', text: 'Hvor mange drejer det sig om?', askedBy: 'p3' },
    ]);
  });

  it('refuses a question from an unknown person, leaving the state as it was', () => {
    const w = runningWorkshop();
    expect(() =>
      reduce(
        w,
        {
          type: 'question.add',
          pointId: 'pt1',
          question: { id: 'q1', text: 'Hvad?', askedBy: 'zz' },
        },
        { now: 1 },
      ),
    ).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(w.agenda[0]!.questions).toEqual([]);
  });
});
