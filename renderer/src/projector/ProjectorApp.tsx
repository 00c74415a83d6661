import '../styles/projectorThemes.css';
import type { ReactElement } from 'react';
import type { Workshop } from '../../../shared/model/workshop';
import { activeRoom } from '../common/activeRoom';
import { useWorkshopState } from '../common/hostContext';
import { useClickerKeys } from '../common/useClickerKeys';
import { useProjectorPageKeys } from '../common/useProjectorPageKeys';
import { useResolvedTheme, useSettings } from '../common/useSettings';
import { useTranslation } from '../i18n/i18n';
import { AgendaView } from './AgendaView';
import { EvaluationLayer, ExerciseLayer, FollowUpLayer, JoinLayer } from './lazyViews';
import { RoomView } from './RoomView';
import { LAYERS } from './paging/projectorPaging';
import { useProjectorPage } from './paging/useProjectorPage';
import { TimerOnlyView } from './TimerOnlyView';

/**
 * The second screen: the room the group is in, or the programme between points. No controls,
 * but the clicker keys work here too (the projector has the focus when it covers the laptop).
 * Blank is a black sheet over the view, faded in and out, so nothing behind it re-renders.
 */
export function ProjectorApp() {
  const { projectorMode } = useSettings();
  const theme = useResolvedTheme();
  useClickerKeys('projector');
  useProjectorPageKeys();
  const blank = projectorMode === 'blank';
  return (
    <div className="projector-frame" data-theme={theme} data-mode={projectorMode}>
      <div className="projector-stage" aria-hidden={blank} inert={blank}>
        <ProjectorView mode={projectorMode} theme={theme} />
        <FollowUpLayer mode={projectorMode} theme={theme} />
        <JoinLayer />
      </div>
      <div className="projector-blank" data-testid="projector-blank" aria-hidden="true" />
      <ReconnectingMark />
    </div>
  );
}

/**
 * The link to the host dropped (a projector PC on the network, issue 16, or the browser-mode
 * projector): the wall keeps its last picture, with this small mark in a corner until it is back.
 */
function ReconnectingMark() {
  const { t } = useTranslation();
  const { status, snapshot } = useWorkshopState();
  if (status === 'open' || !snapshot) return null;
  return (
    <p className="projector-reconnecting" data-testid="projector-reconnecting" role="status">
      {t('projector.reconnecting')}
    </p>
  );
}

function ProjectorView({ mode, theme }: { mode: string; theme: 'light' | 'dark' }) {
  const { t } = useTranslation();
  const { snapshot } = useWorkshopState();
  if (!snapshot) {
    return (
      <main className="projector projector-waiting" data-testid="projector-root" data-room="none">
        <p>{t('projector.waiting')}</p>
      </main>
    );
  }
  return <ProjectorContent mode={mode} theme={theme} workshop={snapshot.workshop} />;
}

function ProjectorContent({
  mode,
  theme,
  workshop,
}: {
  mode: string;
  theme: 'light' | 'dark';
  workshop: Workshop;
}) {
  const { point, index, room } = activeRoom(workshop);
  // What is shown when no paged view is: one page, so the clicker never turns the pages of a
  // view that has left the screen, and a view that comes back opens where it should.
  useProjectorPage(`${mode}:${point?.id ?? 'between'}:${room ?? 'none'}`, 1, {
    layer: LAYERS.base,
    start: 'first',
  });
  let view: ReactElement;
  if (mode === 'timer-only') {
    view = <TimerOnlyView point={point} room={room} participants={workshop.participants} />;
  } else if (point?.kind === 'break' && index !== null) {
    // A break has no rooms: its time, and what comes after it.
    const after = workshop.agenda.slice(index + 1).find((p) => p.status !== 'done') ?? null;
    view = <TimerOnlyView point={point} isBreak breakBefore={after} />;
  } else if (point && room && index !== null) {
    view = (
      <RoomView
        room={room}
        point={point}
        index={index}
        count={workshop.agenda.length}
        roomOnly={mode === 'room-only'}
        theme={theme}
      />
    );
  } else {
    view = <AgendaView workshop={workshop} />;
  }
  // The active point's exercise covers whichever view is under it (room, break, programme,
  // time), except in room only; blank hides it with the rest.
  return (
    <>
      {view}
      {mode === 'room-only' ? null : (
        <ExerciseLayer workshop={workshop} room={room} theme={theme} />
      )}
      <EvaluationLayer workshop={workshop} mode={mode} />
    </>
  );
}
