import { findPoint } from '../model/lookup';
import { IdSchema } from '../model/workshop';
import { defineCommand } from './defineCommand';

export const removePoint = defineCommand('agenda.remove', { id: IdSchema }, (draft, { id }) => {
  const point = findPoint(draft, id);
  if (draft.activePointId === id) draft.activePointId = null;
  draft.agenda.splice(draft.agenda.indexOf(point), 1);
});
