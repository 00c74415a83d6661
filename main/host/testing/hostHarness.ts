import path from 'node:path';
import type { Command } from '../../../shared/commands';
import type { HostEvent } from '../../../shared/api';
import { JsonSettingsStore } from '../../settings/jsonSettingsStore';
import { createHost, type CreateHostOptions, type LocalHost } from '../createHost';

/** A clock the test moves by hand. */
export function fakeClock(start = Date.UTC(2026, 10, 25, 9, 0)) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

export interface Started {
  host: LocalHost;
  events: HostEvent[];
}

/**
 * A host on a real folder, with its settings in a JSON file there, as browser mode runs it.
 * Starting again on the same folder is a restart.
 */
export function hostHarness(dir: string, clock: () => number) {
  const documentsDir = path.join(dir, 'Workshops');
  const settingsFile = path.join(dir, 'settings.json');
  return {
    documentsDir,
    settingsFile,
    async start(options: Partial<CreateHostOptions> = {}): Promise<Started> {
      const host = await createHost({
        documentsDir,
        settings: new JsonSettingsStore(settingsFile),
        clock,
        onWarning: () => undefined,
        ...options,
      });
      const events: HostEvent[] = [];
      host.subscribe((event) => events.push(event));
      return { host, events };
    },
  };
}

export function addPoint(id: string, title = id): Command {
  return {
    type: 'agenda.add',
    point: { id, title, purpose: 'decision', plannedMinutes: 30, presenter: '' },
  };
}

export function addParticipant(id: string, name: string): Command {
  return {
    type: 'participant.add',
    participant: { id, name, title: '', organisation: '', sector: 'other', present: true },
  };
}
