import { useProjectorPageKeys } from '../../common/useProjectorPageKeys';
import { useSettings, useUpdateSettings } from '../../common/useSettings';
import { useTranslation } from '../../i18n/i18n';

/**
 * The projector's page ("Side 2 af 3", with previous and next) while its view has pages.
 * PageDown / PageUp turn the page too (useProjectorPageKeys, registered here for the console).
 */
export function ProjectorPager() {
  const { t } = useTranslation();
  const { projectorPage } = useSettings();
  const update = useUpdateSettings();
  useProjectorPageKeys();
  if (projectorPage.view === '' || projectorPage.pages <= 1) return null;
  const turn = (by: number) =>
    void update({ projectorPage: { ...projectorPage, page: projectorPage.page + by } });
  return (
    <div
      className="projector-pager pager-pages"
      data-testid="projector-pager"
      role="group"
      aria-label={t('projectorPager.label')}
    >
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
  );
}
