import { describe, expect, it } from 'vitest';
import { clipWords } from './clipWords';

describe('clipWords', () => {
  it('keeps a short label whole', () => {
    expect(clipWords('Borgeren og uligheden i sundhed', 90)).toBe(
      'Borgeren og uligheden i sundhed',
    );
  });

  it('cuts a long one after a whole word, never inside one', () => {
    const text =
      'Vi afprøver nye veje og samarbejdsmodeller på tværs, evaluerer og vurderer dem, inden de udbredes til hele klyngen';
    expect(clipWords(text, 60)).toBe('Vi afprøver nye veje og samarbejdsmodeller på tværs …');
  });
});
