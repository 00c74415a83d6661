import { lazyBelowFold } from '../common/lazy/lazyBelowFold';

/*
 * The programme and the evaluation sit below the agenda, out of sight when the console opens
 * on a real agenda: their code is not in the console's first load, and they are not built
 * while the agenda is (a 200-point programme is 200 more rows). See lazyBelowFold.
 */
export const LazyProgrammePanel = lazyBelowFold(
  () => import('./programme/ProgrammePanel').then((m) => m.ProgrammePanel),
  'panel panel-placeholder',
);

export const LazyEvaluationPanel = lazyBelowFold(
  () => import('./evaluation/EvaluationPanel').then((m) => m.EvaluationPanel),
  'panel panel-placeholder',
);
