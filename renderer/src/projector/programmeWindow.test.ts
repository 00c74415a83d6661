import { describe, expect, it } from 'vitest';
import { programmeWindow } from './programmeWindow';

const list = (done: number, total: number) =>
  Array.from({ length: total }, (_, i) => (i < done ? 'done' : 'pending') as 'done' | 'pending');

describe('programmeWindow', () => {
  it('shows a programme that fits in full', () => {
    expect(programmeWindow(list(3, 7), 8)).toEqual({ start: 0, end: 7 });
  });

  it('keeps the last finished point and what comes next in view', () => {
    expect(programmeWindow(list(5, 14), 8)).toEqual({ start: 4, end: 12 });
  });

  it('never runs past the end', () => {
    expect(programmeWindow(list(12, 14), 8)).toEqual({ start: 6, end: 14 });
    expect(programmeWindow(list(14, 14), 8)).toEqual({ start: 6, end: 14 });
  });
});
