import type { CSSProperties } from 'react';
import { ROOMS, type RoomId } from '../../../shared/rooms';
import { mix, textOn } from './contrast';

/** CSS custom properties for a room: its colour, readable text on it, and a light tint. */
export function roomStyle(room: RoomId): CSSProperties {
  const colour = ROOMS[room].colour;
  return {
    '--room': colour,
    '--on-room': textOn(colour),
    '--room-tint': mix(colour, '#ffffff', 0.12),
  } as CSSProperties;
}
