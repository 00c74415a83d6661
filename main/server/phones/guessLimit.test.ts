import { describe, expect, it } from 'vitest';
import { GuessLimit } from './guessLimit';

describe('GuessLimit', () => {
  it('blocks an address after too many wrong guesses, for the window only, and no other', () => {
    let now = 0;
    const limit = new GuessLimit(3, 1000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limit.blocked('10.0.0.9')).toBe(false);
      limit.fail('10.0.0.9');
    }
    expect(limit.blocked('10.0.0.9')).toBe(true);
    expect(limit.blocked('10.0.0.8')).toBe(false);
    now += 1001;
    expect(limit.blocked('10.0.0.9')).toBe(false);
  });
});
