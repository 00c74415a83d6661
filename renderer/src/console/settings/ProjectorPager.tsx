import { useTranslation } from 'react-i18next';
import { PROJECTOR_FOCUSES } from '../../../../shared/settings';
import { activeRoom } from '../../common/activeRoom';
import { useWorkshopState } from '../../common/hostContext';
import { useProjectorPageKeys } from '../../common/useProjectorPageKeys';
import { useSettings, useUpdateSettings } from '../../common/useSettings';

/**
 * The projector's page ("Side 2 af 3", with previous and next) while its view has pages, and in
 * the negotiating room the part to show full screen. PageDown / PageUp turn the page too.
 */
export function ProjectorPager() {
  const { t } = useTranslation();
  const { projectorPage, projectorFocus } = useSettings();
  const update = useUpdateSettings();
  const workshop = useWorkshopState().snapshot?.workshop;
  useProjectorPageKeys();
  const negotiating = workshop ? activeRoom(workshop).room === 'negotiating' : false;
  const paged = projectorPage.view !== '' && projectorPage.pages > 1;
  if (!paged && !negotiating) return null;
  const turn = (by: number) =>
    void update({ projectorPage: { ...projectorPage, page: projectorPage.page + by } });
  return (
    <div className="projector-pager" data-testid="projector-pager">
      {paged ? (
        <div className="pager-pages" role="group" aria-label={t('projectorPager.label')}>
          <button
            type="button"
            className="button button-quiet"
            data-testid="projector-page-previous"
            aria-label={t('projectorPager.previous')}
            title={t('projectorPager.previous')}
            disabled={projectorPage.page <= 0}
            onClick={() => turn(-1)}
          >
            ‹
          </button>
          <span data-testid="projector-page" aria-live="polite">
            {t('projectorPager.page', {
              page: projectorPage.page + 1,
              pages: projectorPage.pages,
            })}
          </span>
          <button
            type="button"
            className="button button-quiet"
            data-testid="projector-page-next"
            aria-label={t('projectorPager.next')}
            title={t('projectorPager.next')}
            disabled={projectorPage.page >= projectorPage.pages - 1}
            onClick={() => turn(1)}
          >
            ›
          </button>
        </div>
      ) : null}
      {negotiating ? (
        <label className="pager-focus">
          <span>{t('projectorPager.focusLabel')}</span>
          <select
            data-testid="projector-focus"
            value={projectorFocus}
            onChange={(e) => {
              const focus = PROJECTOR_FOCUSES.find((f) => f === e.target.value);
              if (focus) void update({ projectorFocus: focus });
            }}
          >
            {PROJECTOR_FOCUSES.map((focus) => (
              <option key={focus} value={focus}>
                {t(`projectorPager.focus.${focus}`)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
