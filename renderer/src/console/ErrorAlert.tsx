import { errorText, SHOW_DETAILS } from '../common/errorMessages';
import { useHost, useShownError } from '../common/hostContext';
import { useTranslation } from '../i18n/i18n';

/** The latest refused or failed request, in words a facilitator can act on. */
export function ErrorAlert() {
  const { t } = useTranslation();
  const { errors } = useHost();
  const error = useShownError();
  if (!error) return null;
  return (
    <div className="error-alert" role="alert" data-testid="error-alert" key={error.seq}>
      <div className="error-alert-text">
        <p>{errorText(error, t)}</p>
        {SHOW_DETAILS.has(error.code) && error.message ? (
          <p className="error-alert-details">{t('errors.details', { message: error.message })}</p>
        ) : null}
      </div>
      <button type="button" className="button button-quiet" onClick={errors.dismiss}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
