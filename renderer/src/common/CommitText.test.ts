import { describe, expect, it } from 'vitest';
import { oneLine } from './CommitText';

describe('oneLine', () => {
  it('turns a pasted line break into one space', () => {
    expect(oneLine('Sekretariatet/koordinationsgruppen\nfølger op')).toBe(
      'Sekretariatet/koordinationsgruppen følger op',
    );
    expect(oneLine('Sundhed og Omsorg, \r\n  Aarhus Kommune')).toBe(
      'Sundhed og Omsorg, Aarhus Kommune',
    );
  });

  it('leaves a text without line breaks as it is, spaces and all', () => {
    expect(oneLine('  sundhedsstyregruppe  ')).toBe('  sundhedsstyregruppe  ');
  });
});
