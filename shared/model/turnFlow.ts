import type { Draft } from 'immer';
import type { TurnEvent, Turns } from './turns';

export function turnHolder(turns: Pick<Turns, 'order' | 'index'>): string | null {
  return turns.order[turns.index] ?? null;
}

export function nextHolder(turns: Pick<Turns, 'order' | 'index'>): string | null {
  if (turns.order.length < 2) return null;
  return turns.order[(turns.index + 1) % turns.order.length] ?? null;
}

/**
 * Record what the holder of the turn did and pass the turn on. The turns end when everyone
 * has passed in a row; a skip neither counts as a pass nor breaks the run. `id`: the event's,
 * when the command names one (an idea's turn is named by the idea); otherwise made from who,
 * which round, where in the log and when, which no other event in the log shares.
 */
export function takeTurn(
  turns: Draft<Turns>,
  kind: TurnEvent['kind'],
  now: number,
  id?: string,
): void {
  const holder = turnHolder(turns);
  if (holder === null || turns.ended) return;
  const eventId = id ?? `${kind}.${holder}.${turns.round}.${turns.log.length}.${now}`;
  turns.log.push({ id: eventId, participantId: holder, kind, round: turns.round, at: now });
  if (kind === 'pass') turns.passesInARow += 1;
  else if (kind !== 'skip') turns.passesInARow = 0;
  if (turns.passesInARow >= turns.order.length) {
    turns.ended = true;
    return;
  }
  turns.index += 1;
  if (turns.index >= turns.order.length) {
    turns.index = 0;
    turns.round += 1;
  }
}

/** A new order that keeps the turn with whoever holds it, if they are still in it. */
export function reorderTurns(turns: Draft<Turns>, order: string[]): void {
  const holder = turnHolder(turns);
  turns.order = order;
  const at = holder === null ? -1 : order.indexOf(holder);
  turns.index = at >= 0 ? at : Math.min(turns.index, Math.max(0, order.length - 1));
  if (order.length === 0) turns.ended = true;
}

/** The passes the log ends with, skips aside: what the count of passes in a row always is. */
export function passesAtEnd(log: readonly Pick<TurnEvent, 'kind'>[]): number {
  let n = 0;
  for (let i = log.length - 1; i >= 0; i--) {
    const kind = log[i]!.kind;
    if (kind === 'skip') continue;
    if (kind !== 'pass') break;
    n++;
  }
  return n;
}
