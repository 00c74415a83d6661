import { useTranslation } from 'react-i18next';
import { activeRoom } from '../common/activeRoom';
import { useWorkshopState } from '../common/hostContext';
import { AgendaView } from './AgendaView';
import { RoomView } from './RoomView';

/** The second screen: the room the group is in, or the programme between points. No controls. */
export function ProjectorApp() {
  const { t } = useTranslation();
  const { snapshot } = useWorkshopState();
  if (!snapshot) {
    return (
      <div className="projector projector-waiting" data-testid="projector-root" data-room="none">
        <p>{t('projector.waiting')}</p>
      </div>
    );
  }
  const { point, index, room } = activeRoom(snapshot.workshop);
  if (point && room && index !== null) {
    return (
      <RoomView room={room} point={point} index={index} count={snapshot.workshop.agenda.length} />
    );
  }
  return <AgendaView workshop={snapshot.workshop} />;
}
