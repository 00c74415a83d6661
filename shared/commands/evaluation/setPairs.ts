import { z } from 'zod';
import { DomainError } from '../../errors';
import { parseRcItemId } from '../../evaluation/forms';
import { RcPairSchema } from '../../model/evaluation';
import { defineCommand } from '../defineCommand';

/**
 * The pairs of groups the relational-coordination survey asks about (from → to). A pair kept by
 * id keeps its scores (a renamed group stays the same pair); scores of a removed pair go with it.
 */
export const setRcPairs = defineCommand(
  'evaluation.setPairs',
  { pairs: z.array(RcPairSchema).max(30) },
  (draft, { pairs }) => {
    const ids = new Set<string>();
    const directions = new Set<string>();
    for (const pair of pairs) {
      if (ids.has(pair.id)) throw new DomainError('duplicate-id', `Id ${pair.id} is used twice`);
      ids.add(pair.id);
      if (pair.from === pair.to) {
        throw new DomainError('invalid-command', `A pair needs two groups: ${pair.from}`);
      }
      const direction = `${pair.from}\u0000${pair.to}`;
      if (directions.has(direction)) {
        throw new DomainError('duplicate-id', `${pair.from} → ${pair.to} is there twice`);
      }
      directions.add(direction);
    }
    const evaluation = draft.evaluation;
    evaluation.pairs = pairs;
    for (const response of evaluation.responses) {
      if (response.formId === 'pataevaers') continue;
      for (const itemId of Object.keys(response.scores)) {
        const item = parseRcItemId(itemId);
        if (!item || !ids.has(item.pairId)) delete response.scores[itemId];
      }
    }
    evaluation.responses = evaluation.responses.filter((r) => Object.keys(r.scores).length > 0);
    if (pairs.length === 0) {
      if (evaluation.openForm !== 'pataevaers') evaluation.openForm = null;
      if (evaluation.projector.startsWith('rc-')) evaluation.projector = 'off';
    }
  },
);
