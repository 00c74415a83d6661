import { randomUUID } from 'node:crypto';
import type { Command } from '../../../shared/commands';
import { openPhoneForm, scoresCommand } from '../../../shared/evaluation/phoneForm';
import type { Workshop } from '../../../shared/model/workshop';
import type { PhoneForm } from '../../../shared/phones/protocol';

/**
 * The evaluation form on the phones. Which token has sent which form is known here only, in
 * memory, to refuse a second answer: the workshop keeps each response under a random id with
 * no link to a phone or a person (DOMAIN.md §7, the anonymity).
 */
export class PhoneForms {
  private readonly submitted = new Map<string, Set<string>>();

  /** The open form as this phone sees it. */
  formFor(workshop: Workshop, token: string): PhoneForm | null {
    const form = openPhoneForm(workshop);
    if (!form) return null;
    return { ...form, submitted: this.hasSubmitted(form.id, token) };
  }

  hasSubmitted(formId: string, token: string): boolean {
    return this.submitted.get(formId)?.has(token) ?? false;
  }

  /** The command recording the answers anonymously; throws a DomainError when it cannot. */
  command(workshop: Workshop, formId: string, answers: Record<string, number>): Command {
    return scoresCommand(workshop, formId, answers, randomUUID());
  }

  markSubmitted(formId: string, token: string): void {
    let tokens = this.submitted.get(formId);
    if (!tokens) this.submitted.set(formId, (tokens = new Set()));
    tokens.add(token);
  }

  /** Joining closed: every token is void, and so is the memory of who answered. */
  clear(): void {
    this.submitted.clear();
  }
}
