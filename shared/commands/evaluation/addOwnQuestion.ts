import { DomainError } from '../../errors';
import { PATVAERS_QUESTIONS } from '../../evaluation/catalogue';
import { OwnQuestionSchema } from '../../model/evaluation';
import { assertWithinLimit, LIMITS } from '../../model/limits';
import { assertNewId } from '../../model/lookup';
import { defineCommand } from '../defineCommand';

/** The users' own question, scored 1–5 after PÅ TVÆRS 9–16. */
export const addOwnQuestion = defineCommand(
  'evaluation.addQuestion',
  { question: OwnQuestionSchema },
  (draft, { question }) => {
    if (PATVAERS_QUESTIONS.some((q) => q.id === question.id)) {
      throw new DomainError('duplicate-id', `Id ${question.id} is a PÅ TVÆRS question`);
    }
    assertNewId(draft.evaluation.ownQuestions, question.id);
    assertWithinLimit(
      draft.evaluation.ownQuestions.length,
      LIMITS.ownQuestions,
      'evaluation.ownQuestions',
      'own questions',
    );
    draft.evaluation.ownQuestions.push(question);
  },
);
