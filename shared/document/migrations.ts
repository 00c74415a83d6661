/**
 * migrations[v] turns a format-v document into format v+1. Format 1 is the first, so the list is
 * empty; when the model changes, bump FORMAT_VERSION, add a step here and a fixture under
 * test/fixtures/formats/ that the migration test opens.
 */
export const migrations: Readonly<Record<number, (doc: unknown) => unknown>> = {};
