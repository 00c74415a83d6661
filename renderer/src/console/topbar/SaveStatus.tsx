import { useTranslation } from 'react-i18next';
import { formatSavedAt } from '../../common/formatting';
import { useWorkshopState } from '../../common/hostContext';

export function SaveStatus() {
  const { t } = useTranslation();
  const savedAt = useWorkshopState().snapshot?.savedAt ?? null;
  return (
    <span className="save-status" data-testid="save-status" aria-live="polite">
      {savedAt ? t('save.saved', { time: formatSavedAt(savedAt) }) : t('save.notSaved')}
    </span>
  );
}
