import '../../styles/record.css';
import { useEffect } from 'react';
import type { Workshop } from '../../../../shared/model/workshop';
import { useTranslation } from '../../i18n/i18n';
import { lazyPart } from '../../common/lazy/lazyPart';
import { useConsoleRequest } from '../settings/consoleRequests';
import {
  openRecordScreen,
  RECORD_KEYS,
  recordScreenFor,
  useRecordScreen,
  type RecordScreen,
} from './recordScreen';

// Both screens open on demand (a button, a key, the menu): their code loads then, or in idle time.
const ActionLog = lazyPart(() => import('./ActionLog').then((m) => m.ActionLog));
const ExportScreen = lazyPart(() => import('./ExportScreen').then((m) => m.ExportScreen));

/**
 * The console's doors to the record: the action log and the end-of-meeting export screen, as
 * buttons and as keys (Ctrl+Shift+L, Ctrl+Shift+E), and the screen that is open.
 */
export function RecordNav({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const open = useRecordScreen();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const screen = recordScreenFor(e);
      if (!screen) return;
      e.preventDefault();
      openRecordScreen(screen);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // Electron: File › Export… in the shell's menu opens the export screen.
  useConsoleRequest('export', () => openRecordScreen('export'));

  const door = (screen: RecordScreen, label: string) => (
    <button
      type="button"
      className="button button-quiet"
      data-testid={`record-open-${screen}`}
      aria-keyshortcuts={RECORD_KEYS[screen].label.replace('Ctrl', 'Control')}
      title={RECORD_KEYS[screen].label}
      onClick={() => openRecordScreen(screen)}
    >
      {label}
      <kbd className="record-key">{RECORD_KEYS[screen].label}</kbd>
    </button>
  );

  const close = () => openRecordScreen(null);
  return (
    <>
      <nav className="record-nav" aria-label={t('record.nav')}>
        <span className="record-nav-label">{t('record.nav')}</span>
        {door('log', t('record.log.open', { count: workshop.actions.length }))}
        {door('export', t('record.export.open'))}
      </nav>
      {open === 'log' ? <ActionLog workshop={workshop} onClose={close} /> : null}
      {open === 'export' ? <ExportScreen workshop={workshop} onClose={close} /> : null}
    </>
  );
}
