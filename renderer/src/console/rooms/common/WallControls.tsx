import { memo } from 'react';
import type { Participant } from '../../../../../shared/model/workshop';
import { useTranslation } from '../../../i18n/i18n';
import { organisations, type Colouring } from '../logic/colours';

export interface WallView {
  /** '' = all organisations. */
  organisation: string;
  colouring: Colouring;
}

/** Filter the wall by organisation; colour its tags (here and on the projector) by sector or organisation. */
export const WallControls = memo(function WallControls({
  participants,
  view,
  onView,
}: {
  participants: readonly Participant[];
  view: WallView;
  onView: (view: WallView) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="rw-toolbar">
      <label className="rw-inline-field">
        <span>{t('roomsWork.wall.filter')}</span>
        <select
          data-testid="rw-wall-filter"
          value={view.organisation}
          onChange={(e) => onView({ ...view, organisation: e.target.value })}
        >
          <option value="">{t('roomsWork.wall.allOrganisations')}</option>
          {organisations(participants).map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      <label className="rw-inline-field">
        <span>{t('roomsWork.wall.colourBy')}</span>
        <select
          data-testid="rw-wall-colour"
          title={t('roomsWork.wall.colourHint')}
          value={view.colouring}
          onChange={(e) =>
            onView({
              ...view,
              colouring: e.target.value === 'organisation' ? 'organisation' : 'sector',
            })
          }
        >
          <option value="sector">{t('roomsWork.wall.bySector')}</option>
          <option value="organisation">{t('roomsWork.wall.byOrganisation')}</option>
        </select>
      </label>
    </div>
  );
});
