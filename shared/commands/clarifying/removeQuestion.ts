import { findPointItem, removeFrom } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

export const removeQuestion = defineCommand(
  'question.remove',
  { id: IdSchema },
  (draft, { id }) => {
    removeFrom(findPointItem(draft, 'questions', id).list, id, 'question');
  },
);
