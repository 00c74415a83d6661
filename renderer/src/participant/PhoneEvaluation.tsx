import type { PhoneForm } from '../../../shared/phones/contract';
import { EvaluationForm } from './evaluation/EvaluationForm';
import type { PhoneSession } from './phoneSession';

/** The evaluation open for scoring: the form is the evaluation's; sending goes through the session. */
export function PhoneEvaluation({
  form,
  session,
  disabled,
}: {
  form: PhoneForm;
  session: PhoneSession;
  disabled: boolean;
}) {
  return (
    <EvaluationForm
      form={form}
      disabled={disabled}
      onSubmit={(answers) => session.submitScores(form.id, answers)}
    />
  );
}
