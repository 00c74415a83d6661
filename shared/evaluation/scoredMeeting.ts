import type { Workshop } from '../model/workshop';
import { run, runningWorkshop } from '../testing/fixture';

/** Test data (used only by tests): a meeting whose evaluation was scored on paper. */
/** Two PÅ TVÆRS forms, one own question, one relational pair scored before and after. */
export function scoredMeeting(): Workshop {
  const paper = (
    responseId: string,
    formId: 'pataevaers' | 'relational-before' | 'relational-after',
    scores: Record<string, number>,
  ) => ({ type: 'evaluation.score', responseId, formId, scores, fromPaper: true }) as const;
  return run(runningWorkshop(), [
    { type: 'workshop.update', title: 'Styregruppen', date: '2026-11-25' },
    { type: 'evaluation.addQuestion', question: { id: 'own1', text: 'Borgeren er med; "altid"' } },
    { type: 'evaluation.setPairs', pairs: [{ id: 'kh', from: 'Kommune', to: 'Hospital' }] },
    paper('r-b', 'pataevaers', { pt9: 4, pt16: 2, own1: 5 }),
    paper('r-a', 'pataevaers', { pt9: 5, pt16: 3 }),
    paper('r-c', 'relational-before', { 'kh.freq': 2, 'kh.resp': 4 }),
    paper('r-d', 'relational-after', { 'kh.freq': 4, 'kh.resp': 4 }),
  ]);
}
