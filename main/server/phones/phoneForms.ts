import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Command } from '../../../shared/commands';
import { openPhoneForm, scoresCommand } from '../../../shared/evaluation/phoneForm';
import type { Workshop } from '../../../shared/model/workshop';
import type { PhoneForm } from '../../../shared/phones/protocol';

/**
 * The evaluation form on the phones, answered once per participant per form. Who has answered is a
 * set of participant ids per form, kept here APART from the scores: the workshop keeps each
 * response under a random id with no link to a phone or a person
 * (docs/method.md § Evaluating the collaboration), and nothing here says which response is whose.
 * The sets outlive closing joining (reopening gives no fresh vote) and, given `file`, a restart of
 * the app.
 */
export class PhoneForms {
  /** `workshopId/formId` → participant ids. */
  private readonly submitted = new Map<string, Set<string>>();

  constructor(private readonly file: string | null = null) {
    if (file) this.load(file);
  }

  /** The open form as this participant sees it. */
  formFor(workshop: Workshop, participantId: string): PhoneForm | null {
    const form = openPhoneForm(workshop);
    if (!form) return null;
    return { ...form, submitted: this.hasSubmitted(workshop, form.id, participantId) };
  }

  hasSubmitted(workshop: Workshop, formId: string, participantId: string): boolean {
    return this.submitted.get(key(workshop, formId))?.has(participantId) ?? false;
  }

  /** The command recording the answers anonymously; throws a DomainError when it cannot. */
  command(workshop: Workshop, formId: string, answers: Record<string, number>): Command {
    return scoresCommand(workshop, formId, answers, randomUUID());
  }

  markSubmitted(workshop: Workshop, formId: string, participantId: string): void {
    const k = key(workshop, formId);
    let people = this.submitted.get(k);
    if (!people) this.submitted.set(k, (people = new Set()));
    people.add(participantId);
    if (this.file) this.save(this.file);
  }

  private load(file: string): void {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      if (typeof data !== 'object' || data === null) return;
      for (const [k, ids] of Object.entries(data)) {
        if (Array.isArray(ids)) {
          this.submitted.set(k, new Set(ids.filter((id) => typeof id === 'string')));
        }
      }
    } catch {
      // No file yet, or unreadable: start empty.
    }
  }

  private save(file: string): void {
    const data = Object.fromEntries([...this.submitted].map(([k, ids]) => [k, [...ids]]));
    try {
      writeFileSync(`${file}.tmp`, JSON.stringify(data));
      renameSync(`${file}.tmp`, file);
    } catch {
      // The memory still refuses a second answer until the app closes.
    }
  }
}

function key(workshop: Workshop, formId: string): string {
  return `${workshop.id}/${formId}`;
}
