import '../styles/projectorThemes.css';
import { useTranslation } from 'react-i18next';
import { activeRoom } from '../common/activeRoom';
import { useWorkshopState } from '../common/hostContext';
import { useClickerKeys } from '../common/useClickerKeys';
import { useResolvedTheme, useSettings } from '../common/useSettings';
import { AgendaView } from './AgendaView';
import { ProjectorJoin } from './join/ProjectorJoin';
import { FollowUpProjection } from './followUp/FollowUpProjection';
import { RoomView } from './RoomView';
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
  const blank = projectorMode === 'blank';
  return (
    <div className="projector-frame" data-theme={theme} data-mode={projectorMode}>
      <div className="projector-stage" aria-hidden={blank} inert={blank}>
        <ProjectorView mode={projectorMode} theme={theme} />
        <ProjectorJoin />
        <FollowUpProjection mode={projectorMode} theme={theme} />
      </div>
      <div className="projector-blank" data-testid="projector-blank" aria-hidden="true" />
    </div>
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
  const { point, index, room } = activeRoom(snapshot.workshop);
  if (mode === 'timer-only') return <TimerOnlyView point={point} />;
  if (point && room && index !== null) {
    return (
      <RoomView
        room={room}
        point={point}
        index={index}
        count={snapshot.workshop.agenda.length}
        roomOnly={mode === 'room-only'}
        theme={theme}
      />
    );
  }
  return <AgendaView workshop={snapshot.workshop} />;
}
