import { z } from 'zod';
import { ExerciseDefinitionSchema, StepDefinitionSchema } from './model/exercises';
import { IdSchema } from './model/ids';
import { LANGUAGES } from './languages';
import { RoomIdSchema } from './rooms';
import {
  CUSTOM_KILLER_FIRST_ID,
  MAX_SAVED_EXERCISES,
  PROJECTOR_FOCUSES,
  PROJECTOR_MODES,
  THEMES,
  WALL_COLOURINGS,
} from './settingsChoices';

export const LanguageSchema = z.enum(LANGUAGES);
export const ThemeSchema = z.enum(THEMES);
export const ProjectorModeSchema = z.enum(PROJECTOR_MODES);

/**
 * The page the projector shows when its view holds more than one screenful. `view` names what
 * the projector shows (renderer/src/projector/paging): a page number belongs to that view, and
 * a new view starts on its own first (or newest) page. `pages` is reported by the projector, so
 * the console can say "side 2 af 3" and the clicker knows when a view has pages left.
 */
export const ProjectorPageSchema = z.object({
  view: z.string().max(300),
  page: z.number().int().min(0).max(9999),
  pages: z.number().int().min(1).max(10000),
});
export type ProjectorPage = z.infer<typeof ProjectorPageSchema>;

export const ProjectorFocusSchema = z.enum(PROJECTOR_FOCUSES);

export const ChimeSchema = z.object({
  on: z.boolean(),
  /** 0 (silent) to 1. */
  volume: z.number().min(0).max(1),
});
export type Chime = z.infer<typeof ChimeSchema>;

/** An idea killer of the user's own: ids from 8 on (1–7 are the method's catalogue). */
export const CustomKillerSchema = z.object({
  id: z.number().int().min(CUSTOM_KILLER_FIRST_ID).max(99),
  da: z.string().trim().max(200),
  en: z.string().trim().max(200),
  /** Plain phrases in the matcher's signature syntax (shared/ideaKillers/catalogue.ts). */
  signatures: z.array(z.string().trim().min(1).max(200)).max(20),
});
export type CustomKiller = z.infer<typeof CustomKillerSchema>;

/**
 * A custom exercise the facilitator keeps for next time: the definition without anything from a
 * run (made and used in shared/exercises/library.ts; here because settings hold the list).
 */
export const SavedExerciseSchema = ExerciseDefinitionSchema.extend({
  id: IdSchema,
  steps: z.array(StepDefinitionSchema).min(1).max(20),
  /** The language it was written in, to offer it first to users of that language. */
  language: LanguageSchema,
  savedAt: z.number(),
});
export type SavedExercise = z.infer<typeof SavedExerciseSchema>;

const RoomPlanSchema = z.array(RoomIdSchema).min(1).max(12);
export const RoomPlansSchema = z.object({
  orientation: RoomPlanSchema,
  development: RoomPlanSchema,
  decision: RoomPlanSchema,
});
export type RoomPlans = z.infer<typeof RoomPlansSchema>;

/** One KeyboardEvent.key value per clicker action (CLICKER_ACTIONS). */
const KeySchema = z.string().min(1).max(20);
export const KeyMapSchema = z.object({
  next: KeySchema,
  previous: KeySchema,
  blank: KeySchema,
  present: KeySchema,
  leave: KeySchema,
});
export type KeyMap = z.infer<typeof KeyMapSchema>;

/**
 * User settings, kept by the shell (electron-store) or a JSON file in browser mode. No zod
 * defaults here on purpose: updates are partial (api.ts), and the stores fill keys an older
 * file lacks from DEFAULT_SETTINGS.
 */
export const SettingsSchema = z.object({
  language: LanguageSchema,
  recent: z.array(z.string()).max(10),
  theme: ThemeSchema,
  projectorMode: ProjectorModeSchema,
  projectorPage: ProjectorPageSchema,
  projectorFocus: ProjectorFocusSchema,
  chime: ChimeSchema,
  defaultPointMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  dotsPerPerson: z.number().int().min(0).max(50),
  customKillers: z
    .array(CustomKillerSchema)
    .max(92)
    .refine((list) => new Set(list.map((k) => k.id)).size === list.length, {
      message: 'Each idea killer needs its own id',
    }),
  roomPlans: RoomPlansSchema,
  keyMap: KeyMapSchema,
  /** What colours the idea wall's tags on the projector (renderer/src/projector/rooms). */
  projectorWallColour: z.enum(WALL_COLOURINGS),
  /** The guide to the four rooms was closed once; it no longer opens by itself. */
  guideDismissed: z.boolean(),
  /** The projector shows the join code and QR while joining is open (renderer/src/projector/join). */
  projectorShowsJoin: z.boolean(),
  /** The facilitator's own exercises, newest first (renderer/src/console/exercises). */
  savedExercises: z.array(SavedExerciseSchema).max(MAX_SAVED_EXERCISES),
});
export type Settings = z.infer<typeof SettingsSchema>;
