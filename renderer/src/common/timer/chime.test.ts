import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/settings';
import { readChimeSetting } from './chime';

const SILENT = { on: false, volume: 0 };

describe('the chime setting, read without zod', () => {
  it('reads the settings’ chime: on at 0.8, or the default off at 0.6', () => {
    expect(readChimeSetting({ ...DEFAULT_SETTINGS, chime: { on: true, volume: 0.8 } })).toEqual({
      on: true,
      volume: 0.8,
    });
    expect(readChimeSetting(DEFAULT_SETTINGS)).toEqual({ on: false, volume: 0.6 });
  });

  it('stays silent for no settings, an older host without the key, or a damaged value', () => {
    expect(readChimeSetting(null)).toEqual(SILENT);
    expect(readChimeSetting({ language: 'da' })).toEqual(SILENT);
    for (const chime of [
      null,
      'on',
      { on: 'true', volume: 0.5 },
      { on: true },
      { on: true, volume: 1.5 },
      { on: true, volume: -0.1 },
      { on: true, volume: Number.NaN },
    ]) {
      expect(readChimeSetting({ chime })).toEqual(SILENT);
    }
  });
});
