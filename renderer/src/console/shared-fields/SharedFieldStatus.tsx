import { lazyPart } from '../../common/lazy/lazyPart';
import type { SharedField } from './useSharedField';

/** Its code and sentences come when first needed: a facilitator alone never loads them. */
const SharedFieldNotice = lazyPart(() =>
  import('./SharedFieldNotice').then((m) => m.SharedFieldNotice),
);

/**
 * Under a shared field (issue 16): who else is in it, and a change of someone else's under the
 * user's draft. Nothing at all while the user is alone in the field.
 */
export function SharedFieldStatus(props: {
  field: SharedField;
  onKeep: () => void;
  onTake: () => void;
}) {
  const { others, conflict } = props.field;
  if (others.length === 0 && !conflict) return null;
  return <SharedFieldNotice {...props} />;
}
