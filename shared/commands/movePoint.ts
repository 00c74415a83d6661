import { z } from 'zod';
import { findPoint } from '../model/lookup';
import { IdSchema } from '../model/workshop';
import { defineCommand } from './defineCommand';

/** Reorder: drag and drop and the keyboard both end here. */
export const movePoint = defineCommand(
  'agenda.move',
  { id: IdSchema, toIndex: z.number().int().min(0) },
  (draft, { id, toIndex }) => {
    const point = findPoint(draft, id);
    const from = draft.agenda.indexOf(point);
    const to = Math.min(toIndex, draft.agenda.length - 1);
    if (from === to) return;
    const [moved] = draft.agenda.splice(from, 1);
    if (moved) draft.agenda.splice(to, 0, moved);
  },
);
