import type { HostEvent, StateSnapshot } from '../../../shared/api';
import type { Settings } from '../../../shared/settings';

/**
 * What a team device may see of what the host sends: the workshop, never where it lives on
 * the laptop. File paths (the document's, the recent files', those in repair notices) and the
 * facilitator's own feeds (phones joining, the team panel) stay on the facilitator's laptop.
 */

/** The snapshot without the document's path or the repair notices (they name files). */
export function teamSnapshot(snapshot: StateSnapshot): StateSnapshot {
  const { notices: _notices, ...rest } = snapshot;
  return { ...rest, document: { ...snapshot.document, path: '' } };
}

/** The settings without the recent files. */
export function teamSettings(settings: Settings): Settings {
  return { ...settings, recent: [] };
}

/** The event as this device gets it, or null when it is not for team devices at all. */
export function teamEvent(
  event: HostEvent,
  history: () => { canUndo: boolean; canRedo: boolean },
): HostEvent | null {
  switch (event.type) {
    case 'join':
    case 'team':
      return null;
    case 'snapshot':
      return { type: 'snapshot', snapshot: { ...teamSnapshot(event.snapshot), ...history() } };
    case 'settings':
      return { type: 'settings', settings: teamSettings(event.settings) };
    case 'patches':
    case 'history':
      // Undo and redo are per device: the host's event carries the facilitator's.
      return { ...event, ...history() };
    case 'presence':
      return event;
  }
}
