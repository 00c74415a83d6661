import { lazyPart } from '../common/lazy/lazyPart';

/*
 * The programme and the evaluation sit below the agenda, out of sight when the console opens
 * on a real agenda, so their code is not in the console's first load: it arrives in idle time
 * just after, or at once if the page is scrolled there first. A quiet empty panel holds each
 * place meanwhile (console.css), so the page below moves as little as possible.
 */
const placeholder = <section className="panel panel-placeholder" aria-busy="true" />;

export const LazyProgrammePanel = lazyPart(
  () => import('./programme/ProgrammePanel').then((m) => m.ProgrammePanel),
  placeholder,
);

export const LazyEvaluationPanel = lazyPart(
  () => import('./evaluation/EvaluationPanel').then((m) => m.EvaluationPanel),
  placeholder,
);
