import { MinutesOptionsSchema } from '../model/minutesOptions';
import { updateSchema } from '../model/updateSchema';
import { defineCommand } from './defineCommand';

/**
 * The secretariat's choice of what goes into the minutes (shared/model/minutesOptions.ts). Only
 * the options sent change, so a click on one leaves the others as they were saved.
 */
export const setMinutesOptions = defineCommand(
  'minutes.setOptions',
  updateSchema(MinutesOptionsSchema).shape,
  (draft, cmd) => {
    const { type: _type, ...changes } = cmd;
    Object.assign(draft.minutesOptions, changes);
  },
);
