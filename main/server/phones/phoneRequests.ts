import type { StateSnapshot } from '../../../shared/api';
import type { Command } from '../../../shared/commands';
import { isDomainError, type DomainErrorCode } from '../../../shared/errors';
import { phoneRefusal } from '../../../shared/phones/permissions';
import { alreadyDone, phoneCommand } from '../../../shared/phones/phoneCommands';
import type { PhoneErrorCode, PhoneRequest, PhoneResponse } from '../../../shared/phones/protocol';
import type { JoinedPhone, JoinSession } from './joinSession';
import { refusal } from './phoneConnection';
import type { PhoneForms } from './phoneForms';

const DOMAIN_TO_PHONE: Partial<Record<DomainErrorCode, PhoneErrorCode>> = {
  'not-found': 'not-found',
  'no-dots-left': 'no-dots-left',
  'no-active-point': 'wrong-room',
  'limit-reached': 'full',
};

function phoneError(error: unknown): PhoneResponse {
  if (isDomainError(error)) {
    return refusal(DOMAIN_TO_PHONE[error.code] ?? 'invalid-message', error.message);
  }
  return refusal('internal', error instanceof Error ? error.message : String(error));
}

export interface PhoneRequestDeps {
  session: JoinSession;
  forms: PhoneForms;
  snapshot(): Promise<StateSnapshot>;
  dispatch(command: Command): Promise<unknown>;
  /** The phones' views may have changed (a form was answered). */
  viewsChanged(): void;
}

/** A joined phone's request, checked against what its participant may do now, as a command. */
export async function answerPhoneRequest(
  deps: PhoneRequestDeps,
  phone: JoinedPhone,
  request: PhoneRequest,
): Promise<PhoneResponse> {
  if (deps.session.byToken(phone.token) !== phone) return refusal('removed', 'Removed');
  const { workshop } = await deps.snapshot();
  const { participantId } = phone;
  const actor = { workshop, participantId, locked: deps.session.inputLocked };
  if (request.name === 'submitScores') {
    const { formId, answers } = request.payload;
    // Once per participant per form, whichever phone they use and however often they rejoin.
    if (deps.forms.hasSubmitted(workshop, formId, participantId)) {
      return refusal('already-submitted', 'These scores were sent already');
    }
    const refused = phoneRefusal(actor, request);
    if (refused) return refusal(refused, refused);
    try {
      await deps.dispatch(deps.forms.command(workshop, formId, answers));
    } catch (error) {
      return phoneError(error);
    }
    deps.forms.markSubmitted(workshop, formId, participantId);
    deps.viewsChanged();
    return { ok: true, result: {} };
  }
  const done = alreadyDone(workshop, participantId, request);
  if (done) return { ok: true, result: done };
  const refused = phoneRefusal(actor, request);
  if (refused) return refusal(refused, refused);
  const { command, result } = phoneCommand(workshop, participantId, request);
  try {
    await deps.dispatch(command);
  } catch (error) {
    return phoneError(error);
  }
  return { ok: true, result };
}
