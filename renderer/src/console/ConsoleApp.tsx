import { useDeferredValue, useEffect } from 'react';
import { DndProvider } from 'react-dnd';
import { HTML5Backend } from 'react-dnd-html5-backend';
import { useWorkshopState } from '../common/hostContext';
import { releaseWarming } from '../common/lazy/lazyPart';
import { useRole } from '../common/roleContext';
import { useTranslation } from '../i18n/i18n';
import { AgendaPanel } from './agenda/AgendaPanel';
import { ConsoleHeader } from './ConsoleHeader';
import { JoinPanel } from './join/JoinPanel';
import { LazyEvaluationPanel, LazyProgrammePanel } from './LazyPlanningPanels';
import { RunningPointNotes } from './notes/RunningPointNotes';
import { ParticipantsPanel } from './participants/ParticipantsPanel';
import { ReadOnlyUnless } from './ReadOnlyUnless';
import { RecordNav } from './record/RecordNav';
import { RunPanel } from './run/RunPanel';
import { ConsoleDialogs } from './settings/ConsoleDialogs';
import { useUndoShortcuts } from './topbar/useUndoShortcuts';
import { WorkshopDetails } from './WorkshopDetails';
import { SeriesPanel } from './series/SeriesPanel';

/** The facilitator's console: run the room on the left, prepare the workshop on the right. */
export function ConsoleApp() {
  const { t } = useTranslation();
  const { snapshot } = useWorkshopState();
  // A team device (issue 16) sees the meeting, with the controls of its role; joining,
  // settings and files stay on the facilitator's laptop.
  const role = useRole();
  const facilitator = role === 'facilitator';
  useUndoShortcuts(snapshot?.canUndo ?? false, snapshot?.canRedo ?? false);
  // The first snapshot builds the whole console (hundreds of rows in a long workshop): deferred,
  // React builds it in slices between other work, not in one long block of the page. Changes
  // after that render as before.
  const built = useDeferredValue(snapshot !== null, false);
  useEffect(() => {
    if (built) releaseWarming();
  }, [built]);

  return (
    <DndProvider backend={HTML5Backend}>
      <div className="console" data-testid="console-root" data-role={role}>
        <ConsoleHeader />
        <ConsoleDialogs />
        {snapshot ? <RecordNav workshop={snapshot.workshop} /> : null}
        {snapshot && built ? (
          <main className="console-grid">
            <div className="console-main">
              <RunPanel workshop={snapshot.workshop} />
              {/* Its rows gate their own controls: notes are the referent's, start the co-facilitator's. */}
              <AgendaPanel workshop={snapshot.workshop} />
              <ReadOnlyUnless may={facilitator}>
                <LazyProgrammePanel workshop={snapshot.workshop} />
                <LazyEvaluationPanel workshop={snapshot.workshop} />
              </ReadOnlyUnless>
            </div>
            <aside className="console-side">
              <RunningPointNotes workshop={snapshot.workshop} />
              <ReadOnlyUnless may={facilitator}>
                <WorkshopDetails workshop={snapshot.workshop} />
              </ReadOnlyUnless>
              <SeriesPanel workshop={snapshot.workshop} />
              <ReadOnlyUnless may={facilitator}>
                <ParticipantsPanel participants={snapshot.workshop.participants} />
              </ReadOnlyUnless>
              {facilitator ? <JoinPanel /> : null}
            </aside>
          </main>
        ) : (
          <p className="console-loading">{t('app.loading')}</p>
        )}
      </div>
    </DndProvider>
  );
}
