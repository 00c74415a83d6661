import { z } from 'zod';
import { SECTORS } from './sectorIds';

/** The sectors (shared/model/sectorIds.ts, zod-free), and their schema. */
export * from './sectorIds';

export const SectorSchema = z.enum(SECTORS);
