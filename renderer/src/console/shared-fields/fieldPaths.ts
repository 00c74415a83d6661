import type { Action } from '../../../../shared/model/actions';
import type { Conclusion } from '../../../../shared/model/contributions';
import type { AgendaPoint, Workshop } from '../../../../shared/model/workshop';
import type { FieldPath } from './useSharedField';

/**
 * Where each shared text field's value is in the workshop, list items named by id as the store
 * names the places the host's patches touch (WorkshopStore.lastChange): the conflict bar names
 * whoever last changed that place. The property names are checked against the model.
 */
const AGENDA = 'agenda' satisfies keyof Workshop;
const ACTIONS = 'actions' satisfies keyof Workshop;

export const fieldPaths = {
  /** A point's own text: its notes, problem or citizen's perspective. */
  point: (pointId: string, text: keyof AgendaPoint & string): FieldPath => [AGENDA, pointId, text],
  conclusion: (pointId: string, id: string): FieldPath => [
    AGENDA,
    pointId,
    'conclusions' satisfies keyof AgendaPoint,
    id,
    'text' satisfies keyof Conclusion,
  ],
  actionWhat: (id: string): FieldPath => [ACTIONS, id, 'what' satisfies keyof Action],
};
