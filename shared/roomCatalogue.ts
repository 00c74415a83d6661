/**
 * The four dialogue rooms (docs/method.md § The four dialogue rooms) and a point's purposes, as
 * plain data: no zod here, so the phone page can import it without the schemas (shared/rooms.ts
 * builds RoomIdSchema and PurposeSchema from the same lists).
 */

/** In their usual order. */
export const ROOM_IDS = ['clarifying', 'developing', 'negotiating', 'acting'] as const;
export type RoomId = (typeof ROOM_IDS)[number];

export const PURPOSES = ['orientation', 'development', 'decision'] as const;
export type Purpose = (typeof PURPOSES)[number];

export interface RoomInfo {
  id: RoomId;
  /** Okabe–Ito palette: distinguishable with the common colour-vision deficiencies. */
  colour: string;
  /** A shape as well as a colour, so no one depends on colour alone. */
  icon: 'question' | 'bulb' | 'scales' | 'arrow';
}

export const ROOMS: Readonly<Record<RoomId, RoomInfo>> = {
  clarifying: { id: 'clarifying', colour: '#0072B2', icon: 'question' },
  developing: { id: 'developing', colour: '#009E73', icon: 'bulb' },
  negotiating: { id: 'negotiating', colour: '#E69F00', icon: 'scales' },
  acting: { id: 'acting', colour: '#D55E00', icon: 'arrow' },
};

/**
 * docs/method.md § A point's purpose and its rooms: orientation → clarifying; development →
 * clarifying, developing; decision → all four.
 */
export function defaultRoomPlan(purpose: Purpose): RoomId[] {
  switch (purpose) {
    case 'orientation':
      return ['clarifying'];
    case 'development':
      return ['clarifying', 'developing'];
    case 'decision':
      return [...ROOM_IDS];
  }
}
