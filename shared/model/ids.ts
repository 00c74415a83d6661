import { z } from 'zod';

/** Ids are made by whoever creates the thing (client or host), so a resent command is not a duplicate. */
export const IdSchema = z.string().min(1).max(64);
