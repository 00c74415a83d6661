import type { CSSProperties } from 'react';
import { ROOMS, type RoomId } from '../../../shared/roomCatalogue';
import { mix, textOn } from './contrast';

/** The dark theme's page colour (projectorThemes.css): room tints are mixed into it. */
export const DARK_PAPER = '#0e1116';

/**
 * CSS custom properties for a room: its colour, readable text on it, and a tint of it for the
 * page behind text (light: over white; dark: over the dark page, for dim rooms).
 */
export function roomStyle(room: RoomId, theme: 'light' | 'dark' = 'light'): CSSProperties {
  const colour = ROOMS[room].colour;
  return {
    '--room': colour,
    '--on-room': textOn(colour),
    '--room-tint': theme === 'dark' ? mix(colour, DARK_PAPER, 0.16) : mix(colour, '#ffffff', 0.12),
  } as CSSProperties;
}
