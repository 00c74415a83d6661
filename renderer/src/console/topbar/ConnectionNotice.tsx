import { useWorkshopSelect } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';

/** Browser mode only: say so when the host cannot be reached (changes would not be saved). */
export function ConnectionNotice() {
  const { t } = useTranslation();
  const status = useWorkshopSelect((state) => state.status);
  if (status === 'open') return null;
  return (
    <span className="connection-notice" role="status">
      {t(status === 'closed' ? 'connection.closed' : 'connection.connecting')}
    </span>
  );
}
