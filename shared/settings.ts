/**
 * The settings in one import: the schemas and types the host checks with (settingsSchema.ts), and
 * the choices and defaults, zod-free, that the pages import directly (settingsCatalogue.ts).
 */
export * from './settingsSchema';
export * from './settingsCatalogue';
