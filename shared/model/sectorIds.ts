/**
 * The sectors a participant works in: the method is about working across them
 * (docs/method.md § Who uses it, and in which language). Plain data: no zod here, so the pages
 * import it without the schemas (shared/model/sectors.ts builds SectorSchema from the same list).
 */
export const SECTORS = [
  'hospital',
  'municipality',
  'general-practice',
  'region',
  'citizen',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];
