/**
 * The settings' choices, as plain data: no zod here, so the pages import them without the
 * schemas (shared/settingsSchema.ts builds its schemas from these lists; settingsCatalogue.ts
 * adds the defaults).
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
