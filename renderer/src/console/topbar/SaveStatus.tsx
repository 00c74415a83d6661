import { formatSavedAt } from '../../../../shared/i18n/formatDates';
import { useWorkshopState } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';

export function SaveStatus() {
  const { t } = useTranslation();
  const savedAt = useWorkshopState().snapshot?.savedAt ?? null;
  return (
    <span className="save-status" data-testid="save-status" aria-live="polite">
      {savedAt ? t('save.saved', { time: formatSavedAt(savedAt) }) : t('save.notSaved')}
    </span>
  );
}
