import type { Evaluation, RcPair, ScoreSummary } from '../model/evaluation';
import type { Workshop } from '../model/workshop';
import { RC_DIMENSIONS, type RcDimensionKey, type RcRound } from './catalogue';
import { rcFormId, rcItemId } from './forms';
import { summarize } from './stats';

/**
 * Relational coordination as a matrix: one cell per pair of groups (from → to). A cell's index
 * is the mean over respondents of each respondent's mean of the seven dimensions (dimensions
 * left unanswered are left out of that respondent's mean); each dimension is also summarised.
 */
export interface RcCell {
  pair: RcPair;
  index: ScoreSummary;
  dimensions: Record<RcDimensionKey, ScoreSummary>;
}

export interface RcMatrix {
  round: RcRound;
  /** Every group named in a pair, in the order they first appear. */
  groups: string[];
  cells: RcCell[];
  respondents: number;
}

export function rcGroups(pairs: readonly RcPair[]): string[] {
  const groups: string[] = [];
  for (const p of pairs) {
    for (const g of [p.from, p.to]) if (!groups.includes(g)) groups.push(g);
  }
  return groups;
}

/** The participants' organisations: the groups the console suggests before any pair is set. */
export function defaultGroups(workshop: Pick<Workshop, 'participants'>): string[] {
  const groups: string[] = [];
  for (const p of workshop.participants) {
    const o = p.organisation.trim();
    if (o !== '' && !groups.includes(o)) groups.push(o);
  }
  return groups;
}

export function rcMatrix(evaluation: Evaluation, round: RcRound): RcMatrix {
  const formId = rcFormId(round);
  const responses = evaluation.responses.filter((r) => r.formId === formId);
  const cells = evaluation.pairs.map((pair) => {
    const perRespondent: number[] = [];
    const perDimension = Object.fromEntries(RC_DIMENSIONS.map((d) => [d.key, [] as number[]]));
    for (const r of responses) {
      const mine: number[] = [];
      for (const d of RC_DIMENSIONS) {
        const s = r.scores[rcItemId(pair.id, d.key)];
        if (s === undefined) continue;
        mine.push(s);
        perDimension[d.key]!.push(s);
      }
      if (mine.length > 0) perRespondent.push(mine.reduce((a, b) => a + b, 0) / mine.length);
    }
    const dimensions = Object.fromEntries(
      RC_DIMENSIONS.map((d) => [d.key, summarize(perDimension[d.key]!)]),
    ) as Record<RcDimensionKey, ScoreSummary>;
    return { pair, index: summarize(perRespondent), dimensions };
  });
  return { round, groups: rcGroups(evaluation.pairs), cells, respondents: responses.length };
}

export interface RcChange {
  pair: RcPair;
  before: number | null;
  after: number | null;
  /** after − before; null unless both rounds have scores. */
  change: number | null;
  dimensions: {
    key: RcDimensionKey;
    before: number | null;
    after: number | null;
    change: number | null;
  }[];
}

const diff = (before: number | null, after: number | null) =>
  before === null || after === null ? null : after - before;

/** Before and after, pair by pair and dimension by dimension. */
export function rcChanges(evaluation: Evaluation): RcChange[] {
  const before = rcMatrix(evaluation, 'before');
  const after = rcMatrix(evaluation, 'after');
  return before.cells.map((b, i) => {
    const a = after.cells[i]!;
    return {
      pair: b.pair,
      before: b.index.mean,
      after: a.index.mean,
      change: diff(b.index.mean, a.index.mean),
      dimensions: RC_DIMENSIONS.map((d) => {
        const bm = b.dimensions[d.key].mean;
        const am = a.dimensions[d.key].mean;
        return { key: d.key, before: bm, after: am, change: diff(bm, am) };
      }),
    };
  });
}
