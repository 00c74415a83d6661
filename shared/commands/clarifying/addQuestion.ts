import { assertNewId, findParticipant, findPoint } from '../../model/lookup';
import { QuestionSchema } from '../../model/contributions';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

export const addQuestion = defineCommand(
  'question.add',
  { pointId: IdSchema, question: QuestionSchema },
  (draft, { pointId, question }) => {
    const point = findPoint(draft, pointId);
    assertNewId(point.questions, question.id);
    if (question.askedBy !== null) findParticipant(draft, question.askedBy);
    point.questions.push(question);
  },
);
