import type { Draft } from 'immer';
import { DomainError } from '../errors';
import type { Turns } from './turns';
import type { AgendaPoint, Participant, Workshop } from './workshop';

/** The item with this id, or a not-found DomainError naming what was looked for. */
export function findIn<T extends { id: string }>(list: T[], id: string, what: string): T {
  const item = list.find((x) => x.id === id);
  if (!item) throw new DomainError('not-found', `No ${what} with id ${id}`, { id, what });
  return item;
}

export function removeFrom<T extends { id: string }>(list: T[], id: string, what: string): T {
  const item = findIn(list, id, what);
  list.splice(list.indexOf(item), 1);
  return item;
}

export function findPoint(w: Draft<Workshop>, id: string): Draft<AgendaPoint> {
  return findIn(w.agenda, id, 'agenda point');
}

/** The point's ideas in turn; refused when none are set up. */
export function findTurns(w: Draft<Workshop>, pointId: string): Draft<Turns> {
  const turns = findPoint(w, pointId).turns;
  if (!turns) throw new DomainError('invalid-command', 'There are no turns on this point');
  return turns;
}

export function findParticipant(w: Draft<Workshop>, id: string): Draft<Participant> {
  return findIn(w.participants, id, 'participant');
}

export function activePoint(w: Draft<Workshop>): Draft<AgendaPoint> {
  const point =
    w.activePointId === null ? undefined : w.agenda.find((p) => p.id === w.activePointId);
  if (!point) throw new DomainError('no-active-point', 'No agenda point is active');
  return point;
}

/** The point's id of a per-point item (question, position, conclusion), found by its id. */
export function findPointItem<K extends 'questions' | 'positions' | 'conclusions'>(
  w: Draft<Workshop>,
  key: K,
  id: string,
): { point: Draft<AgendaPoint>; list: Draft<AgendaPoint>[K] } {
  for (const point of w.agenda) {
    if (point[key].some((x) => x.id === id)) return { point, list: point[key] };
  }
  throw new DomainError('not-found', `No ${key.slice(0, -1)} with id ${id}`, { id });
}

export function assertNewId(list: readonly { id: string }[], id: string): void {
  if (list.some((x) => x.id === id)) {
    throw new DomainError('duplicate-id', `Id ${id} is already in use`, { id });
  }
}

export function assertParticipants(w: Draft<Workshop>, ids: readonly string[]): void {
  for (const id of ids) findParticipant(w, id);
}
