import { DEFAULT_DOTS_PER_PERSON } from './model/dotVoting';
import { defaultRoomPlan } from './roomCatalogue';
import type { KeyMap, Settings } from './settings';

/**
 * The settings' choices and defaults, as plain data: no zod here, so the pages import them
 * without the schemas (shared/settings.ts builds its schemas from these lists and re-exports
 * them).
 */

export { LANGUAGES, type Language } from './languages';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export function isTheme(value: string): value is Theme {
  return (THEMES as readonly string[]).includes(value);
}

/**
 * What the projector shows. Live state rather than a preference, but kept with the settings so
 * it reaches every window through the settings event at once, whichever workshop is open.
 */
export const PROJECTOR_MODES = ['normal', 'blank', 'timer-only', 'room-only'] as const;
export type ProjectorMode = (typeof PROJECTOR_MODES)[number];

export const WALL_COLOURINGS = ['sector', 'organisation'] as const;

/** The negotiating room shows its four parts together, or the one the facilitator focuses. */
export const PROJECTOR_FOCUSES = ['all', 'clusters', 'dots', 'positions', 'conclusions'] as const;
export type ProjectorFocus = (typeof PROJECTOR_FOCUSES)[number];

/** An idea killer of the user's own: ids from 8 on (1–7 are the method's catalogue). */
export const CUSTOM_KILLER_FIRST_ID = 8;

export const MAX_SAVED_EXERCISES = 50;

/** The clicker's actions; each is bound to one KeyboardEvent.key value. */
export const CLICKER_ACTIONS = ['next', 'previous', 'blank', 'present', 'leave'] as const;
export type ClickerAction = (typeof CLICKER_ACTIONS)[number];

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
