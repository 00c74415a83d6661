import { z } from 'zod';
import { findIn, findPointItem, removeFrom } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

export const updateConclusion = defineCommand(
  'conclusion.update',
  {
    id: IdSchema,
    text: z.string().trim().min(1).max(500).optional(),
    remove: z.boolean().optional(),
  },
  (draft, { id, text, remove }) => {
    const { list } = findPointItem(draft, 'conclusions', id);
    if (remove) removeFrom(list, id, 'conclusion');
    else if (text !== undefined) findIn(list, id, 'conclusion').text = text;
  },
);
