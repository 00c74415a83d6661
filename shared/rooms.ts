import { z } from 'zod';
import { PURPOSES, ROOM_IDS } from './roomCatalogue';

/** The rooms and purposes (shared/roomCatalogue.ts, zod-free), and their schemas. */
export * from './roomCatalogue';

export const RoomIdSchema = z.enum(ROOM_IDS);
export const PurposeSchema = z.enum(PURPOSES);
