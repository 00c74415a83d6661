import type { Action } from '../model/actions';
import { hasOwner } from '../model/actionStatus';

export interface ActionGaps {
  noOwner: boolean;
  noDue: boolean;
  /** A due date before `today` on an action still open or in progress. */
  overdue: boolean;
}

/** What an action lacks: an action without a who or a when is not an action yet. */
export function actionGaps(action: Action, today: string): ActionGaps {
  const open = action.status === 'open' || action.status === 'in-progress';
  return {
    noOwner: !hasOwner(action),
    noDue: action.due === null,
    overdue: open && action.due?.kind === 'date' && action.due.date < today,
  };
}
