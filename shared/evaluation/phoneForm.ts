import type { Command } from '../commands';
import { DomainError } from '../errors';
import type { Workshop } from '../model/workshop';
import type { PhoneForm } from '../phones/protocol';
import { formItems, formTitle } from './forms';

/**
 * What the phone server (phones-host) needs from the evaluation: the form open for scoring, and
 * the command that records one phone's answers. Labels are Danish; the phone page translates the
 * items it knows by id (PÅ TVÆRS questions, Gittell's dimensions) and shows the rest as written.
 */
export function openPhoneForm(workshop: Workshop): Omit<PhoneForm, 'submitted'> | null {
  const formId = workshop.evaluation.openForm;
  if (formId === null) return null;
  const items = formItems(workshop.evaluation, formId, 'da');
  // A relational survey without pairs has nothing to score.
  if (items.length === 0) return null;
  return {
    id: formId,
    kind: formId === 'pataevaers' ? 'pataevaers' : 'relational',
    title: formTitle(formId, 'da'),
    items,
  };
}

/**
 * The command that records one anonymous response from a phone. `responseId` is random (made by
 * the host per submission), never the token or the participant. Throws a DomainError when the form
 * is not open, an item is unknown, or nothing was answered; the reducer checks the same again.
 */
export function scoresCommand(
  workshop: Workshop,
  formId: string,
  answers: Record<string, number>,
  responseId: string,
): Command {
  const form = openPhoneForm(workshop);
  const openId = workshop.evaluation.openForm;
  if (form === null || openId === null || openId !== formId) {
    throw new DomainError('not-found', `The form ${formId} is not open for scoring`, { formId });
  }
  const known = new Set(form.items.map((i) => i.id));
  for (const itemId of Object.keys(answers)) {
    if (!known.has(itemId)) {
      throw new DomainError('not-found', `No item ${itemId} in the form ${formId}`, { itemId });
    }
  }
  return {
    type: 'evaluation.score',
    responseId,
    formId: openId,
    scores: answers,
    fromPaper: false,
  };
}
