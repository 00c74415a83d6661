import { isBrowserMode } from '../../client/createClient';
import { useWorkshopSelect } from '../../common/hostContext';
import { useIsFacilitator } from '../../common/roleContext';
import { useTranslation } from '../../i18n/i18n';
import { HeaderTools } from '../settings/HeaderTools';
import { ConnectionNotice } from './ConnectionNotice';
import { FileBar } from './FileBar';
import { LanguageSwitch } from './LanguageSwitch';
import { SaveStatus } from './SaveStatus';
import { UndoRedo } from './UndoRedo';

export function TopBar() {
  const { t } = useTranslation();
  // The open document only: the bar does not render again with every change of the workshop.
  const doc = useWorkshopSelect((state) => state.snapshot?.document);
  // Files, the language (a setting), the projector window and the tools are the facilitator's;
  // a team device (issue 16) never sees a file path either.
  const facilitator = useIsFacilitator();
  const browser = isBrowserMode() && facilitator;
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
        {doc ? (
          <span className="topbar-document-name" title={facilitator ? doc.path : undefined}>
            {doc.name}
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
        {facilitator ? <LanguageSwitch /> : null}
        {facilitator ? <HeaderTools /> : null}
      </div>
    </header>
  );
}
