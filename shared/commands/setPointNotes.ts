import { findPoint } from '../model/lookup';
import { userText } from '../model/text';
import { POINT_NOTES_MAX } from '../model/textLimits';
import { IdSchema } from '../model/workshop';
import { defineCommand } from './defineCommand';

/**
 * The secretary's notes on a point, for the minutes (docs/method.md § The minutes): who welcomed,
 * who introduced, the points made. Any point, whatever its status: notes are often written before
 * the point (a prepared introduction) or tidied after it.
 */
export const setPointNotes = defineCommand(
  'point.setNotes',
  { id: IdSchema, notes: userText(POINT_NOTES_MAX) },
  (draft, { id, notes }) => {
    findPoint(draft, id).notes = notes;
  },
);
