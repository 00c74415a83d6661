import { describe, expect, it } from 'vitest';
import { nextMeeting } from '../series/nextMeeting';
import { run, runningWorkshop } from '../testing/fixture';
import { questionResults } from './stats';

describe('the next meeting of a series', () => {
  it('asks the same own questions and pairs, starts without responses, and keeps the trend', () => {
    const first = run(runningWorkshop(), [
      { type: 'workshop.update', title: 'Møde 1', date: '2026-09-01' },
      { type: 'evaluation.addQuestion', question: { id: 'own1', text: 'Borgeren er med' } },
      { type: 'evaluation.setPairs', pairs: [{ id: 'kh', from: 'Kommune', to: 'Hospital' }] },
      { type: 'evaluation.open', formId: 'pataevaers' },
      ...[3, 5].map((s, i) => ({
        type: 'evaluation.score' as const,
        responseId: `r${i}`,
        formId: 'pataevaers' as const,
        scores: { pt9: s, own1: 2 },
        fromPaper: false,
      })),
    ]);
    let n = 0;
    const second = nextMeeting(first, { language: 'da', newId: () => `id${++n}` });
    expect(second.evaluation).toMatchObject({
      openForm: null,
      projector: 'off',
      responses: [],
      ownQuestions: [{ id: 'own1', text: 'Borgeren er med' }],
      pairs: [{ id: 'kh', from: 'Kommune', to: 'Hospital' }],
    });
    const third = nextMeeting(
      run(second, [
        {
          type: 'evaluation.score',
          responseId: 'x',
          formId: 'pataevaers',
          scores: { pt9: 2 },
          fromPaper: true,
        },
      ]),
      { language: 'da', newId: () => `id${++n}` },
    );
    const [pt9] = questionResults(third, 'da');
    expect(pt9!.trend.map((p) => [p.date, p.mean, p.n, p.current])).toEqual([
      ['2026-09-01', 4, 2, false],
      ['', 2, 1, false],
      ['', null, 0, true],
    ]);
    // The first meeting is not changed.
    expect(first.evaluation.responses).toHaveLength(2);
  });
});
