/**
 * Where earlier versions kept the saved exercises in this browser's storage. Its own module, so
 * the console (savedExercises.ts) checks for it without loading the reader and its schemas
 * (legacySavedExercises.ts), and neither imports the other.
 */
export const LEGACY_KEY = 'dialogrum.savedExercises';
