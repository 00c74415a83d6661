import { diffPhones } from '../../../shared/phones/joinState';
import type { JoinPhone, JoinState, JoinStateWhole } from '../../../shared/phones/protocol';

export type JoinStateNow = Omit<JoinStateWhole, 'phonesRevision'>;

/**
 * The console's join state over time: each change goes out as the phone entries added, updated
 * and removed (not the whole list), with a revision so a console that missed one asks for the
 * whole state again. Requests are answered with the whole state.
 */
export class JoinFeed {
  private revision = 0;
  private sent = new Map<string, string>();
  private lastHead = '';

  constructor(private readonly broadcast: (state: JoinState) => void) {}

  /** Call synchronously with a state made just now, so changes go out in the order made. */
  update(now: JoinStateNow): JoinStateWhole {
    const { phones, ...head } = now;
    const diff = diffPhones(this.sent, phones);
    const headText = JSON.stringify(head);
    if (diff || headText !== this.lastHead) {
      const from = this.revision;
      if (diff) {
        this.sent = diff.texts;
        this.revision += 1;
      }
      this.lastHead = headText;
      this.broadcast({
        ...head,
        phonesRevision: this.revision,
        changes: { from, upsert: diff?.upsert ?? [], remove: diff?.remove ?? [] },
      });
    }
    return { ...head, phonesRevision: this.revision, phones: phones as JoinPhone[] };
  }
}
