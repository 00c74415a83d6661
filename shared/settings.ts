import { z } from 'zod';

export const LANGUAGES = ['da', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** User settings, kept by the shell (electron-store) or a JSON file in browser mode. */
export const SettingsSchema = z.object({
  language: LanguageSchema,
  recent: z.array(z.string()).max(10),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { language: 'da', recent: [] };
