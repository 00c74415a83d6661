import { z } from 'zod';

/**
 * The sectors a participant works in: the method is about working across them
 * (docs/method.md § Who uses it, and in which language).
 */
export const SECTORS = [
  'hospital',
  'municipality',
  'general-practice',
  'region',
  'citizen',
  'other',
] as const;
export const SectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof SectorSchema>;
