import { describe, expect, it } from 'vitest';
import { ROOM_IDS, ROOMS } from '../../../shared/rooms';
import { contrastRatio, INK, mix, PAPER, textOn } from './contrast';
import { roomStyle } from './roomStyle';

/** The projector's secondary text colour (projector.css). */
const MUTED_PROJECTOR_INK = '#30363f';

describe('contrast', () => {
  it('matches WCAG for black and white', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });

  it('keeps projector text at 7:1 or more on every room tint', () => {
    for (const room of ROOM_IDS) {
      const tint = (roomStyle(room) as Record<string, string>)['--room-tint'] ?? '';
      expect(tint).toBe(mix(ROOMS[room].colour, PAPER, 0.12));
      expect(contrastRatio(INK, tint), room).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(MUTED_PROJECTOR_INK, tint), room).toBeGreaterThanOrEqual(7);
    }
  });

  it('picks the more readable of ink and white on the pure room colours', () => {
    for (const room of ROOM_IDS) {
      const colour = ROOMS[room].colour;
      const chosen = textOn(colour);
      const other = chosen === INK ? PAPER : INK;
      expect(contrastRatio(chosen, colour)).toBeGreaterThanOrEqual(contrastRatio(other, colour));
      // The console banner's large text on the colour: WCAG AAA for large text.
      expect(contrastRatio(chosen, colour), room).toBeGreaterThanOrEqual(4.5);
    }
  });
});
