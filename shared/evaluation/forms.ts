import type { Evaluation, EvaluationFormId, RcPair } from '../model/evaluation';
import {
  FORM_TITLES,
  PATVAERS_QUESTIONS,
  RC_DIMENSIONS,
  type RcDimensionKey,
  type RcRound,
} from './catalogue';
import type { Language } from '../languages';

/** One scored item of a form: a question, or one dimension of one pair of groups. */
export interface FormItem {
  id: string;
  label: string;
  /** Heads a block: the PÅ TVÆRS number's dimension is not needed, a pair is ("Kommune → Hospital"). */
  group: string | null;
}

export function rcRound(formId: EvaluationFormId): RcRound | null {
  if (formId === 'relational-before') return 'before';
  if (formId === 'relational-after') return 'after';
  return null;
}

export function rcFormId(round: RcRound): EvaluationFormId {
  return round === 'before' ? 'relational-before' : 'relational-after';
}

export function rcItemId(pairId: string, dimension: RcDimensionKey): string {
  return `${pairId}.${dimension}`;
}

/** The pair and dimension of a relational item id, or null when it is not one. */
export function parseRcItemId(
  itemId: string,
): { pairId: string; dimension: RcDimensionKey } | null {
  const dot = itemId.lastIndexOf('.');
  if (dot <= 0) return null;
  const dimension = RC_DIMENSIONS.find((d) => d.key === itemId.slice(dot + 1));
  return dimension ? { pairId: itemId.slice(0, dot), dimension: dimension.key } : null;
}

export function pairLabel(pair: Pick<RcPair, 'from' | 'to'>): string {
  return `${pair.from} → ${pair.to}`;
}

/** The questions of the PÅ TVÆRS form: 9–16, then the users' own. */
export function questionList(
  evaluation: Evaluation,
  lang: Language,
): { id: string; text: string; number: number | null }[] {
  return [
    ...PATVAERS_QUESTIONS.map((q) => ({ id: q.id, text: q[lang], number: q.number })),
    ...evaluation.ownQuestions.map((q) => ({ id: q.id, text: q.text, number: null })),
  ];
}

export function formTitle(formId: EvaluationFormId, lang: Language): string {
  return FORM_TITLES[rcRound(formId) ?? 'pataevaers'][lang];
}

/** Every item of a form, in the order it is asked. */
export function formItems(
  evaluation: Evaluation,
  formId: EvaluationFormId,
  lang: Language,
): FormItem[] {
  if (rcRound(formId) === null) {
    return questionList(evaluation, lang).map((q) => ({
      id: q.id,
      label: q.number === null ? q.text : `${q.number}. ${q.text}`,
      group: null,
    }));
  }
  return evaluation.pairs.flatMap((pair) =>
    RC_DIMENSIONS.map((d) => ({
      id: rcItemId(pair.id, d.key),
      label: d[lang],
      group: pairLabel(pair),
    })),
  );
}
