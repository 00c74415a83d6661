import { isBrowserMode } from '../../client/createClient';
import { useWorkshopState } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';
import { HeaderTools } from '../settings/HeaderTools';
import { ConnectionNotice } from './ConnectionNotice';
import { FileBar } from './FileBar';
import { LanguageSwitch } from './LanguageSwitch';
import { SaveStatus } from './SaveStatus';
import { UndoRedo } from './UndoRedo';

export function TopBar() {
  const { t } = useTranslation();
  const { snapshot } = useWorkshopState();
  const browser = isBrowserMode();
  return (
    <header className="topbar">
      <div className="topbar-brand">
        <span className="brand-mark" aria-hidden="true">
          <span />
          <span />
          <span />
          <span />
        </span>
        <h1 className="brand-name">{t('app.name')}</h1>
      </div>
      <div className="topbar-document">
        {snapshot ? (
          <span className="topbar-document-name" title={snapshot.document.path}>
            {snapshot.document.name}
          </span>
        ) : null}
        <SaveStatus />
      </div>
      {browser ? <FileBar /> : null}
      <div className="topbar-end">
        <ConnectionNotice />
        <UndoRedo />
        {browser ? (
          <a
            className="button button-quiet"
            href="./projector"
            target="_blank"
            rel="noopener"
            title={t('app.openProjectorHint')}
          >
            {t('app.openProjector')}
            <span aria-hidden="true"> ↗</span>
          </a>
        ) : null}
        <LanguageSwitch />
        <HeaderTools />
      </div>
    </header>
  );
}
