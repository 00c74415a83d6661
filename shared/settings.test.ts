import { describe, expect, it } from 'vitest';
import { HostRequestSchemas } from './api';
import { DEFAULT_SETTINGS, SettingsSchema } from './settings';

describe('settings', () => {
  it('reads a file from before the new keys, giving each its default', () => {
    const old = { language: 'en', recent: ['/a.dialogrum'] };
    const settings = SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...old });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...old });
    expect(settings.keyMap).toEqual({
      next: 'PageDown',
      previous: 'PageUp',
      blank: 'b',
      present: 'F5',
      leave: 'Escape',
    });
    expect(settings.roomPlans.decision).toEqual([
      'clarifying',
      'developing',
      'negotiating',
      'acting',
    ]);
  });

  it('takes a partial update without filling in the other keys', () => {
    const update = HostRequestSchemas.updateSettings.parse({ theme: 'dark' });
    expect(update).toEqual({ theme: 'dark' });
  });

  it('refuses custom idea killers that would clash with the seven or with each other', () => {
    const killer = { id: 8, da: 'Det er ikke vores bord', en: 'Not our job', signatures: [] };
    const parse = (customKillers: unknown[]) =>
      SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, customKillers }).success;
    expect(parse([killer])).toBe(true);
    expect(parse([{ ...killer, id: 7 }])).toBe(false);
    expect(parse([killer, { ...killer }])).toBe(false);
  });

  it('refuses an empty room plan', () => {
    const roomPlans = { ...DEFAULT_SETTINGS.roomPlans, orientation: [] };
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, roomPlans }).success).toBe(false);
  });
});
