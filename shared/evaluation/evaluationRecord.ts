import type { Workshop } from '../model/workshop';
import { EVALUATION_STRINGS, type EvaluationStrings } from '../i18n/evaluationStrings';
import { formatChange, formatScore } from './formatScore';
import { formItems, formTitle, pairLabel } from './forms';
import { itemText } from './itemText';
import { rcChanges, rcMatrix } from './relational';
import { questionResults, respondentCount } from './stats';
import type { Language } from '../languages';

/** The evaluation as the records write it: in words, in one language. */
export interface EvaluationRecord {
  strings: EvaluationStrings;
  respondents: number;
  questions: { label: string; mean: string; sd: string; range: string; n: number; trend: string }[];
  /** Relational coordination per pair; empty when no pairs were set up or nothing was scored. */
  relational: {
    pair: string;
    before: string;
    beforeN: number;
    after: string;
    afterN: number;
    change: string;
  }[];
  /** Every single score: the raw data, anonymous (a random response id, no person). */
  scores: { responseId: string; form: string; group: string; item: string; score: number }[];
}

/** Null when the meeting has no evaluation to report: no responses at all. */
export function buildEvaluationRecord(
  workshop: Pick<Workshop, 'evaluation' | 'title' | 'date'>,
  lang: Language,
): EvaluationRecord | null {
  const evaluation = workshop.evaluation;
  if (evaluation.responses.length === 0) return null;
  const strings = EVALUATION_STRINGS[lang];
  const n = (v: number | null) => formatScore(v, lang);
  const questions = questionResults(workshop, lang).map((r) => ({
    label: r.number === null ? r.text : `${r.number}. ${r.text}`,
    mean: n(r.summary.mean),
    sd: n(r.summary.sd),
    range: r.summary.min === null ? '–' : `${r.summary.min}–${r.summary.max}`,
    n: r.summary.n,
    trend: r.trend.length > 1 ? r.trend.map((p) => n(p.mean)).join(' → ') : '',
  }));
  const rcScored = evaluation.responses.some((r) => r.formId !== 'pataevaers');
  const before = rcMatrix(evaluation, 'before');
  const after = rcMatrix(evaluation, 'after');
  const relational = rcScored
    ? rcChanges(evaluation).map((c, i) => ({
        pair: pairLabel(c.pair),
        before: n(c.before),
        beforeN: before.cells[i]?.index.n ?? 0,
        after: n(c.after),
        afterN: after.cells[i]?.index.n ?? 0,
        change: formatChange(c.change, lang),
      }))
    : [];
  const scores = evaluation.responses.flatMap((r) => {
    const items = formItems(evaluation, r.formId, lang);
    return items.flatMap((item) => {
      const score = r.scores[item.id];
      return score === undefined
        ? []
        : [
            {
              responseId: r.id,
              form: formTitle(r.formId, lang),
              group: item.group ?? '',
              item: itemText(item.id, item.label, lang),
              score,
            },
          ];
    });
  });
  return { strings, respondents: respondentCount(evaluation), questions, relational, scores };
}
