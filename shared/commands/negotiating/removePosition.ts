import { findPointItem, removeFrom } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

export const removePosition = defineCommand(
  'position.remove',
  { id: IdSchema },
  (draft, { id }) => {
    removeFrom(findPointItem(draft, 'positions', id).list, id, 'position');
  },
);
