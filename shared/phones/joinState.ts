import type { JoinPhone, JoinState, JoinStateWhole } from './protocol';

/**
 * Applies what the host sent to the join state a console holds: a whole state replaces it;
 * changes apply when they follow on from the held revision. Null: the changes do not follow
 * on (one was missed, or nothing is held yet), so the console asks for the whole state again.
 */
export function applyJoinState(
  held: JoinStateWhole | null,
  next: JoinState,
): JoinStateWhole | null {
  if ('phones' in next) return next;
  if (!held || held.phonesRevision !== next.changes.from) return null;
  const { changes, ...head } = next;
  const gone = new Set(changes.remove);
  const updated = new Map(changes.upsert.map((p) => [p.phoneId, p]));
  const phones: JoinPhone[] = [];
  for (const phone of held.phones) {
    if (gone.has(phone.phoneId)) continue;
    phones.push(updated.get(phone.phoneId) ?? phone);
    updated.delete(phone.phoneId);
  }
  phones.push(...updated.values());
  return { ...head, phones };
}

/** The changes from one phone list to the next (by phoneId), or null when there are none. */
export function diffPhones(
  before: ReadonlyMap<string, string>,
  after: readonly JoinPhone[],
): { upsert: JoinPhone[]; remove: string[]; texts: Map<string, string> } | null {
  const texts = new Map<string, string>();
  const upsert: JoinPhone[] = [];
  for (const phone of after) {
    const text = JSON.stringify(phone);
    texts.set(phone.phoneId, text);
    if (before.get(phone.phoneId) !== text) upsert.push(phone);
  }
  const remove = [...before.keys()].filter((id) => !texts.has(id));
  return upsert.length === 0 && remove.length === 0 ? null : { upsert, remove, texts };
}
