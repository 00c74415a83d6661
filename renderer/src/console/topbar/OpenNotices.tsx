import { useState } from 'react';
import { useWorkshopSelect } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';

const NONE: readonly string[] = [];

/**
 * What opening the workshop repaired or could not recover (a file past the app's limits, a
 * damaged journal), in full, until the facilitator closes it: nothing is changed silently.
 */
export function OpenNotices() {
  const { t } = useTranslation();
  const path = useWorkshopSelect((state) => state.snapshot?.document.path ?? '');
  const notices = useWorkshopSelect((state) => state.snapshot?.notices) ?? NONE;
  const key = `${path}\n${notices.join('\n')}`;
  const [closed, setClosed] = useState<string | null>(null);
  if (notices.length === 0 || closed === key) return null;
  return (
    <section className="open-notices" role="alert" data-testid="open-notices">
      <h2>{t('openNotices.heading')}</h2>
      {notices.map((notice) => (
        <p key={notice} className="open-notice">
          {notice}
        </p>
      ))}
      <button
        type="button"
        className="button"
        data-testid="open-notices-close"
        onClick={() => setClosed(key)}
      >
        {t('openNotices.close')}
      </button>
    </section>
  );
}
