import { Component, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/i18n';

/**
 * A lazy part that could not be shown (its code did not arrive: the server gone before warming
 * ended, or a newer build replaced it) says so in its place and offers a reload, instead of
 * taking the whole page down. Reloading is safe: the workshop is the host's, drafts are kept.
 */
export class PartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <PartFailed /> : this.props.children;
  }
}

function PartFailed() {
  const { t } = useTranslation();
  return (
    <p className="lazy-part-failed" role="alert" data-testid="lazy-part-failed">
      {t('app.partFailed')}{' '}
      <button type="button" className="button" onClick={() => location.reload()}>
        {t('app.reload')}
      </button>
    </p>
  );
}
