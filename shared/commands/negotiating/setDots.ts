import { z } from 'zod';
import { findPoint } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

export const setDots = defineCommand(
  'point.setDots',
  { id: IdSchema, dotsPerPerson: z.number().int().min(0).max(50) },
  (draft, { id, dotsPerPerson }) => {
    findPoint(draft, id).dotsPerPerson = dotsPerPerson;
  },
);
