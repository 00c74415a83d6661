import { useTranslation } from 'react-i18next';
import { isBrowserMode } from '../../client/createClient';
import { useWorkshopState } from '../../common/hostContext';
import { ConnectionNotice } from './ConnectionNotice';
import { FileBar } from './FileBar';
import { LanguageSwitch } from './LanguageSwitch';
import { SaveStatus } from './SaveStatus';
import { UndoRedo } from './UndoRedo';

export function TopBar() {
  const { t } = useTranslation();
  const { snapshot } = useWorkshopState();
  return (
    <header className="topbar">
      <div className="topbar-brand">
        <span className="brand-mark" aria-hidden="true">
          <span />
          <span />
          <span />
          <span />
        </span>
        <span className="brand-name">{t('app.name')}</span>
        {snapshot ? (
          <span className="topbar-document" title={snapshot.document.path}>
            {snapshot.document.name}
          </span>
        ) : null}
      </div>
      {isBrowserMode() ? <FileBar /> : null}
      <div className="topbar-end">
        <ConnectionNotice />
        <SaveStatus />
        <UndoRedo />
        {isBrowserMode() ? (
          <a className="button button-quiet" href="./projector.html" target="_blank" rel="noopener">
            {t('app.openProjector')}
          </a>
        ) : null}
        <LanguageSwitch />
      </div>
    </header>
  );
}
