import { useRequest, useWorkshopSelect } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';

export function UndoRedo() {
  const { t } = useTranslation();
  const request = useRequest();
  const canUndo = useWorkshopSelect((state) => state.snapshot?.canUndo ?? false);
  const canRedo = useWorkshopSelect((state) => state.snapshot?.canRedo ?? false);
  return (
    <div className="button-group" role="group">
      <button
        type="button"
        className="button"
        data-testid="undo"
        disabled={!canUndo}
        title={t('history.undoHint')}
        onClick={() => void request('undo', undefined)}
      >
        <span aria-hidden="true">↶ </span>
        {t('history.undo')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="redo"
        disabled={!canRedo}
        title={t('history.redoHint')}
        onClick={() => void request('redo', undefined)}
      >
        {t('history.redo')}
        <span aria-hidden="true"> ↷</span>
      </button>
    </div>
  );
}
