import type { Evaluation, MeetingEvaluation, ScoreSummary } from '../model/evaluation';
import type { Workshop } from '../model/workshop';
import { questionList } from './forms';
import type { Language } from '../languages';

/**
 * Per-question results. The spread is given two ways: the sample standard deviation (n − 1, as
 * a spreadsheet's STDEV; none for a single score) and the lowest and highest score.
 */
export function summarize(scores: readonly number[]): ScoreSummary {
  const n = scores.length;
  if (n === 0) return { n: 0, mean: null, sd: null, min: null, max: null };
  const mean = scores.reduce((a, b) => a + b, 0) / n;
  const sd = n < 2 ? null : Math.sqrt(scores.reduce((a, s) => a + (s - mean) ** 2, 0) / (n - 1));
  return { n, mean, sd, min: Math.min(...scores), max: Math.max(...scores) };
}

/** Every score given to one item of the PÅ TVÆRS form. */
export function questionScores(evaluation: Evaluation, questionId: string): number[] {
  const scores: number[] = [];
  for (const r of evaluation.responses) {
    const s = r.formId === 'pataevaers' ? r.scores[questionId] : undefined;
    if (s !== undefined) scores.push(s);
  }
  return scores;
}

export interface TrendPoint {
  title: string;
  date: string;
  mean: number | null;
  n: number;
  /** This meeting (the last point). */
  current: boolean;
}

export interface QuestionResult {
  id: string;
  number: number | null;
  text: string;
  summary: ScoreSummary;
  /** Earlier meetings of the series that asked this question, oldest first, then this one. */
  trend: TrendPoint[];
}

/** The results of the PÅ TVÆRS form, question by question, with the trend of the series. */
export function questionResults(
  workshop: Pick<Workshop, 'evaluation' | 'title' | 'date'>,
  lang: Language,
): QuestionResult[] {
  const evaluation = workshop.evaluation;
  return questionList(evaluation, lang).map((q) => {
    const summary = summarize(questionScores(evaluation, q.id));
    const earlier = evaluation.earlier.flatMap((m) => {
      const found = m.questions.find((x) => x.questionId === q.id);
      return found
        ? [{ title: m.title, date: m.date, mean: found.mean, n: found.n, current: false }]
        : [];
    });
    const current = {
      title: workshop.title,
      date: workshop.date,
      mean: summary.mean,
      n: summary.n,
      current: true,
    };
    return { ...q, summary, trend: [...earlier, current] };
  });
}

/** Respondents of the PÅ TVÆRS form (responses with at least one score). */
export function respondentCount(evaluation: Evaluation): number {
  return evaluation.responses.filter((r) => r.formId === 'pataevaers').length;
}

/** This meeting's results, as the next meeting of the series keeps them for its trend. */
export function meetingEvaluation(workshop: Workshop): MeetingEvaluation {
  return {
    title: workshop.title,
    date: workshop.date,
    questions: questionList(workshop.evaluation, 'da').map((q) => ({
      questionId: q.id,
      text: q.text,
      ...summarize(questionScores(workshop.evaluation, q.id)),
    })),
  };
}

/**
 * The evaluation the next meeting of a series starts with: the same own questions and pairs of
 * groups, no responses, nothing open, and the earlier meetings plus this one (when it was scored).
 */
export function carryEvaluation(workshop: Workshop): Evaluation {
  const evaluation = workshop.evaluation;
  const scored = respondentCount(evaluation) > 0;
  return {
    projector: 'off',
    openForm: null,
    ownQuestions: evaluation.ownQuestions.map((q) => ({ ...q })),
    pairs: evaluation.pairs.map((p) => ({ ...p })),
    responses: [],
    earlier: [...evaluation.earlier, ...(scored ? [meetingEvaluation(workshop)] : [])].slice(-100),
  };
}
