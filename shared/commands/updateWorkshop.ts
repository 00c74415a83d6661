import { updateSchema } from '../model/updateSchema';
import { WorkshopSchema } from '../model/workshop';
import { defineCommand } from './defineCommand';

const fields = updateSchema(
  WorkshopSchema.pick({
    title: true,
    date: true,
    startTime: true,
    place: true,
    facilitator: true,
    secretary: true,
  }),
).shape;

export const updateWorkshop = defineCommand('workshop.update', fields, (draft, cmd) => {
  const { type: _type, ...changes } = cmd;
  Object.assign(draft, changes);
});
