import { describe, expect, it } from 'vitest';
import { plannedStarts } from './plannedStarts';

describe('plannedStarts', () => {
  it('plans each point from the start time and the minutes before it', () => {
    expect(plannedStarts('09:00', [10, 30, 15])).toEqual([540, 550, 580]);
    expect(plannedStarts('', [10, 30])).toEqual([null, null]);
  });
});
