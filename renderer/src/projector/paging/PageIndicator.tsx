import { useTranslation } from '../../i18n/i18n';

/** "Side 2 af 3": shown only when the view has more than one page. */
export function PageIndicator({ page, pages }: { page: number; pages: number }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <span className="pr-page" data-testid="pr-page" data-page={page + 1} data-pages={pages}>
      {t('projector.page', { page: page + 1, pages })}
    </span>
  );
}
