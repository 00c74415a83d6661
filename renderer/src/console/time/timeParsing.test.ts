import { describe, expect, it } from 'vitest';
import { budgetMinutes } from './RoomBudgets';
import { turnSeconds } from './TurnTime';

describe('turnSeconds', () => {
  it('reads minutes with a comma or a point; empty is untimed', () => {
    expect(turnSeconds('1,5')).toBe(90);
    expect(turnSeconds(' 2 ')).toBe(120);
    expect(turnSeconds('')).toBeNull();
  });

  it('is undefined (invalid) outside 1 second to 60 minutes, or not a number', () => {
    expect(turnSeconds('abc')).toBeUndefined();
    expect(turnSeconds('0')).toBeUndefined();
    expect(turnSeconds('61')).toBeUndefined();
  });
});

describe('budgetMinutes', () => {
  it('reads whole minutes up to a day; empty is no budget', () => {
    expect(budgetMinutes('15')).toBe(15);
    expect(budgetMinutes('')).toBeNull();
    expect(budgetMinutes('2.5')).toBeUndefined();
    expect(budgetMinutes('-1')).toBeUndefined();
    expect(budgetMinutes('1441')).toBeUndefined();
  });
});
