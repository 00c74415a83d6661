import type { Workshop } from '../../../shared/model/workshop';

/**
 * The part of the workshop a panel reads: its prop is `workshop: WorkshopSlice<K>`, so reading
 * any other key is a type error, and `sameSlice(keys)` may skip its renders safely.
 */
export type WorkshopSlice<K extends keyof Workshop> = Pick<Workshop, K>;

/**
 * memo's comparison for a panel that takes `workshop: WorkshopSlice<K>`: the store applies immer
 * patches, so a key whose value is still the same object has not changed. The panel renders
 * again when one of its keys or another prop changes, not when an idea is added elsewhere.
 */
export function sameSlice<K extends keyof Workshop>(keys: readonly K[]) {
  return <P extends { workshop: WorkshopSlice<K> }>(before: P, after: P): boolean => {
    const names = Object.keys(after) as (keyof P)[];
    if (Object.keys(before).length !== names.length) return false;
    for (const name of names) {
      if (name !== 'workshop' && !Object.is(before[name], after[name])) return false;
    }
    return keys.every((key) => Object.is(before.workshop[key], after.workshop[key]));
  };
}
