import type { Action } from '../model/actions';
import type { AgendaPoint, Workshop } from '../model/workshop';

/** The agenda point where carried actions are followed up, if this meeting has one. */
export function followUpPoint(w: Workshop): AgendaPoint | undefined {
  const id = w.series?.followUpPointId;
  return id ? w.agenda.find((p) => p.id === id) : undefined;
}

/** True while the group is on the follow-up point: console and projector show the actions. */
export function isFollowUpActive(w: Workshop): boolean {
  const id = w.series?.followUpPointId;
  return id !== undefined && id !== null && w.activePointId === id;
}

/** Actions carried from an earlier meeting of the series: they have an earlier meeting's entry. */
export function carriedActions(w: Workshop): Action[] {
  const number = w.series?.number;
  if (number === undefined) return [];
  return w.actions.filter((a) => a.history.some((h) => h.meeting < number));
}
