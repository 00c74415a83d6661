import type { Action } from '../../../../shared/model/actions';
import { useHyphenate } from '../../common/hyphenation/useHyphenate';

/**
 * Who an action is for, on the projector: the owners' names whole (never hyphenated, never
 * split over two lines), then the organisation, which may wrap at its hyphenation points.
 */
export function ActionOwners({
  action,
  nameOf,
}: {
  action: Action;
  nameOf: (participantId: string) => string | undefined;
}) {
  const hy = useHyphenate();
  const names = action.ownerIds.map((id) => nameOf(id) ?? '').filter(Boolean);
  const organisation = action.ownerOrganisation;
  return (
    <>
      {names.map((name, i) => (
        <span key={`${i}-${name}`}>
          {i > 0 ? ', ' : null}
          <span className="pr-name">{name}</span>
        </span>
      ))}
      {organisation ? `${names.length > 0 ? ', ' : ''}${hy(organisation)}` : null}
    </>
  );
}
