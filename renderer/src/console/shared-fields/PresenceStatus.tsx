import { SharedFieldStatus } from './SharedFieldStatus';
import type { SharedField } from './useSharedField';

const nothing = () => undefined;

/**
 * Who else is in a field that has no stored value to conflict over (the text of an item being
 * added): the presence line alone, as SharedFieldStatus shows it.
 */
export function PresenceStatus({ field }: { field: SharedField }) {
  return <SharedFieldStatus field={field} onKeep={nothing} onTake={nothing} />;
}
