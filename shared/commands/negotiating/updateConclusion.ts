import { z } from 'zod';
import { ConclusionSchema } from '../../model/contributions';
import { findIn, findPointItem, removeFrom } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

export const updateConclusion = defineCommand(
  'conclusion.update',
  {
    id: IdSchema,
    text: ConclusionSchema.shape.text.optional(),
    remove: z.boolean().optional(),
  },
  (draft, { id, text, remove }) => {
    const { list } = findPointItem(draft, 'conclusions', id);
    if (remove) removeFrom(list, id, 'conclusion');
    else if (text !== undefined) findIn(list, id, 'conclusion').text = text;
  },
);
