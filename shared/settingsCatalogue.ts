import { DEFAULT_DOTS_PER_PERSON } from './model/dotVoting';
import { defaultRoomPlan } from './roomCatalogue';
import type { KeyMap, Settings } from './settingsSchema';

/**
 * The settings' choices and defaults, as plain data: no zod here, so the pages import them
 * without the schemas. The types come from shared/settingsSchema.ts, which builds its schemas
 * from the choices (settingsChoices.ts) and never imports this file: no import cycle.
 */

export * from './settingsChoices';

export const DEFAULT_KEY_MAP: KeyMap = {
  next: 'PageDown',
  previous: 'PageUp',
  blank: 'b',
  present: 'F5',
  leave: 'Escape',
};

export const DEFAULT_SETTINGS: Settings = {
  language: 'da',
  recent: [],
  theme: 'light',
  projectorMode: 'normal',
  projectorPage: { view: '', page: 0, pages: 1 },
  projectorFocus: 'all',
  chime: { on: false, volume: 0.6 },
  defaultPointMinutes: 15,
  dotsPerPerson: DEFAULT_DOTS_PER_PERSON,
  customKillers: [],
  roomPlans: {
    orientation: defaultRoomPlan('orientation'),
    development: defaultRoomPlan('development'),
    decision: defaultRoomPlan('decision'),
  },
  keyMap: DEFAULT_KEY_MAP,
  projectorWallColour: 'sector',
  guideDismissed: false,
  projectorShowsJoin: false,
  savedExercises: [],
};
