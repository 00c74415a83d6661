import { z } from 'zod';
import { findPoint } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/** Show (or hide again) the dot counts on the participants' phones; hidden, no one votes by the crowd. */
export const revealVotes = defineCommand(
  'dots.reveal',
  { pointId: IdSchema, revealed: z.boolean() },
  (draft, { pointId, revealed }) => {
    findPoint(draft, pointId).votesRevealed = revealed;
  },
);
