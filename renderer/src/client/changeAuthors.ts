import type { HostEvent } from '../../../shared/api';
import type { NamedPath } from './applyPatches';

/** A `patches` event's `by`: left out for the facilitator's own console (shared/api.ts). */
export type ChangeBy = Extract<HostEvent, { type: 'patches' }>['by'];

/** Who made a change: `by` as its event said, or null when nobody can tell (a whole new state). */
export type ChangeSource = { by: ChangeBy } | null;

interface Touch {
  /** Order of application: the highest on a field's path is its last change. */
  seq: number;
  source: ChangeSource;
}

// Ids and property names never hold a control character, so paths cannot run into each other.
const SEP = '\u001f';

/**
 * Who last changed each place in the workshop, kept by place as the store applies the host's
 * events in revision order (issue 16): "Mette changed this" names the author of the change that
 * touched that very field, even when several events were applied at once or two people changed
 * two things in quick succession. Places are named by the ids of the list items on them
 * (NamedPath), so an item keeps its entry when others are inserted before it. A whole new state
 * makes every author unknown until the place changes again. Each patch costs one entry; a look-up
 * costs the depth of the field's path.
 */
export interface ChangeAuthors {
  /** A patch of an event being applied touched `path`. */
  touched(path: NamedPath, by: ChangeBy): void;
  /** The state was replaced whole: nobody in particular changed anything. */
  replaced(): void;
  /** The author of the last change that touched `path` or a place holding it. */
  lastChange(path: readonly (string | number)[]): ChangeSource;
}

export function createChangeAuthors(): ChangeAuthors {
  let seq = 0;
  let touches = new Map<string, Touch>();

  return {
    touched(path, by) {
      touches.set(path.join(SEP), { seq: ++seq, source: { by } });
    },
    replaced() {
      // The old entries say nothing about the new state: a new map, with the root unknown.
      touches = new Map([['', { seq: ++seq, source: null }]]);
    },
    lastChange(path) {
      let last = touches.get('');
      let key = '';
      for (let i = 0; i < path.length; i++) {
        key = i === 0 ? String(path[0]) : `${key}${SEP}${path[i]}`;
        const touch = touches.get(key);
        if (touch && (!last || touch.seq > last.seq)) last = touch;
      }
      return last ? last.source : null;
    },
  };
}
