import { describe, expect, it } from 'vitest';
import { saveTeamDevice, type KeyValueStore } from '../client/teamSession';
import { exportSource } from './loadWorkshop';

function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

describe('where the print view reads the workshop', () => {
  it('on the facilitator’s own server: its export, same origin', () => {
    expect(exportSource('/print.html', memoryStore())).toBe('./export?format=json');
  });

  it('on a referent’s laptop: the team export, as the device that joined there', () => {
    const store = memoryStore();
    saveTeamDevice(store, 'console', { token: 'tok+en/1', deviceId: 'dev-1', role: 'referent' });
    expect(exportSource('/print', store)).toBe('/team/export?token=tok%2Ben%2F1&format=json');
  });

  it('with no console joined (a projector PC, a stranger): no token, which the server refuses', () => {
    const store = memoryStore();
    saveTeamDevice(store, 'projector', { token: 'wall', deviceId: 'dev-2', role: 'projector' });
    expect(exportSource('/print', store)).toBe('/team/export?token=&format=json');
    expect(exportSource('/print', null)).toBe('/team/export?token=&format=json');
  });
});
