import type { Draft } from 'immer';
import { DomainError } from '../errors';
import type { AgendaPoint, Participant, Workshop } from './workshop';

export function findPoint(w: Draft<Workshop>, id: string): Draft<AgendaPoint> {
  const point = w.agenda.find((p) => p.id === id);
  if (!point) throw new DomainError('not-found', `No agenda point with id ${id}`, { id });
  return point;
}

export function findParticipant(w: Draft<Workshop>, id: string): Draft<Participant> {
  const person = w.participants.find((p) => p.id === id);
  if (!person) throw new DomainError('not-found', `No participant with id ${id}`, { id });
  return person;
}

export function activePoint(w: Draft<Workshop>): Draft<AgendaPoint> {
  const point =
    w.activePointId === null ? undefined : w.agenda.find((p) => p.id === w.activePointId);
  if (!point) throw new DomainError('no-active-point', 'No agenda point is active');
  return point;
}

export function assertNewId(list: readonly { id: string }[], id: string): void {
  if (list.some((x) => x.id === id)) {
    throw new DomainError('duplicate-id', `Id ${id} is already in use`, { id });
  }
}
