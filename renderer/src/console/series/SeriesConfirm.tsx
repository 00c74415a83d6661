import { useTranslation } from '../../i18n/i18n';
import { Modal } from '../settings/Modal';

interface Props {
  /** This meeting's number in the series. */
  number: number;
  /** Open actions, carried over to the next meeting. */
  open: number;
  busy: boolean;
  onCancel: () => void;
  onStart: () => void;
}

/** "Next meeting in this series": what it carries over and keeps, before it starts. */
export function SeriesConfirm({ number, open, busy, onCancel, onStart }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      title={t('series.confirmTitle')}
      onClose={onCancel}
      closeLabel={t('series.cancel')}
      testId="series-confirm"
    >
      <p>
        {t('series.confirmBody', {
          count: open,
          meeting: t('series.meetingN', { n: number + 1 }),
        })}
      </p>
      <p>{t('series.confirmKeeps')}</p>
      <div className="button-group series-confirm-buttons">
        <button
          type="button"
          className="button"
          data-testid="series-confirm-cancel"
          onClick={onCancel}
        >
          {t('series.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-testid="series-confirm-start"
          disabled={busy}
          onClick={onStart}
        >
          {t('series.confirm')}
        </button>
      </div>
    </Modal>
  );
}
