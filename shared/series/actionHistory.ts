import type { ActionHistoryEntry, ActionStatus } from '../model/actions';

/** Actions still to be followed up: carried into the next meeting of a series. */
export function isOpenStatus(status: ActionStatus): boolean {
  return status === 'open' || status === 'in-progress';
}

/**
 * The history with `entry` as its meeting's entry: replaced if that meeting has one, otherwise
 * added in meeting order. A note left out keeps the note already recorded for that meeting.
 */
export function recordMeeting(
  history: readonly ActionHistoryEntry[],
  entry: Omit<ActionHistoryEntry, 'note'> & { note?: string },
): ActionHistoryEntry[] {
  const existing = history.find((h) => h.meeting === entry.meeting);
  const recorded: ActionHistoryEntry = { ...entry, note: entry.note ?? existing?.note ?? '' };
  return [...history.filter((h) => h.meeting !== entry.meeting), recorded].sort(
    (a, b) => a.meeting - b.meeting,
  );
}

/** This meeting's entry, if the action has been followed up here. */
export function entryFor(
  history: readonly ActionHistoryEntry[],
  meeting: number,
): ActionHistoryEntry | undefined {
  return history.find((h) => h.meeting === meeting);
}
