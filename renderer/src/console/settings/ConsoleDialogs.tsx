// Also the header's tools, projector pager and mode switch: kept in the first load now that
// the dialogs (Modal, which imported it before) load on demand.
import '../../styles/dialogs.css';
import { useEffect } from 'react';
import { useWorkshopState } from '../../common/hostContext';
import { useIsFacilitator } from '../../common/roleContext';
import { useClickerKeys } from '../../common/useClickerKeys';
import { useSettings, useUpdateSettings } from '../../common/useSettings';
import { isSampleWorkshop } from '../../../../shared/sample/sampleId';
import { lazyPart } from '../../common/lazy/lazyPart';
import { useConsoleRequest } from './consoleRequests';
import { openDialog, useOpenDialog } from './dialogState';
import { useConsoleTheme } from './useConsoleTheme';

// The dialogs open on demand: their code loads then, or in idle time after the first screen.
const SettingsDialog = lazyPart(() => import('./SettingsDialog').then((m) => m.SettingsDialog));
const ShortcutSheet = lazyPart(() => import('./ShortcutSheet').then((m) => m.ShortcutSheet));
const GuideDialog = lazyPart(() => import('../guide/GuideDialog').then((m) => m.GuideDialog));

/**
 * The console's dialogs and keys: the clicker, `?` for the shortcut sheet (also in the Help menu),
 * and the guide that opens by itself on the sample workshop until it has been closed once.
 */
export function ConsoleDialogs() {
  const open = useOpenDialog();
  const { settings: loaded, snapshot } = useWorkshopState();
  const settings = useSettings();
  const update = useUpdateSettings();
  // Settings are the facilitator's (issue 16): a team device's console opens no settings dialog
  // and changes none (the guide's first look is remembered in the settings).
  const facilitator = useIsFacilitator();
  useClickerKeys('console', () => openDialog('shortcuts'));
  useConsoleTheme();
  // Help › Guide and Help › Keyboard shortcuts in the shell's menu.
  useConsoleRequest('open-guide', () => openDialog('guide'));
  useConsoleRequest('open-shortcuts', () => openDialog('shortcuts'));

  const workshopId = snapshot?.workshop.id;
  const firstLook =
    facilitator && loaded !== null && !settings.guideDismissed && isSampleWorkshop(workshopId);
  useEffect(() => {
    if (firstLook) openDialog('guide');
  }, [firstLook]);

  const close = () => openDialog(null);
  if (open === 'settings' && facilitator) return <SettingsDialog onClose={close} />;
  if (open === 'shortcuts') return <ShortcutSheet onClose={close} />;
  if (open === 'guide') {
    return (
      <GuideDialog
        onClose={() => {
          close();
          if (facilitator && !settings.guideDismissed) void update({ guideDismissed: true });
        }}
      />
    );
  }
  return null;
}
