import '../../styles/projectorRooms.css';
import { useMemo } from 'react';
import type { AgendaPoint, Workshop } from '../../../../shared/model/workshop';
import type { RoomId } from '../../../../shared/rooms';
import { useWorkshopSelect } from '../../common/hostContext';
import { selectSettings } from '../../common/useSettings';
import { ClarifyingContent } from './ClarifyingContent';
import { DevelopingContent } from './DevelopingContent';
import { LazyActingContent, LazyNegotiatingContent } from './lazyRoomContents';
import { peopleById } from './people';
import { roomHasContent } from './roomHasContent';
import { wallColouring } from './wallColours';
import { YellowCard } from './YellowCard';

interface Props {
  room: RoomId;
  point: AgendaPoint;
  workshop: Workshop;
}

export { roomHasContent };

/**
 * What the group is working on in the room, under the room's header strip; and the yellow card
 * over everything when an idea killer is flagged, in whichever room it is said.
 */
export function RoomContent({ room, point, workshop }: Props) {
  const settings = useWorkshopSelect(selectSettings);
  const people = useMemo(() => peopleById(workshop.participants), [workshop.participants]);
  const show = roomHasContent(room, point, workshop);
  return (
    <>
      {show ? (
        <section className="pr-area" data-testid="pr-area" data-room={room}>
          {room === 'clarifying' ? <ClarifyingContent point={point} people={people} /> : null}
          {room === 'developing' ? (
            <DevelopingContent
              point={point}
              workshop={workshop}
              people={people}
              colouring={wallColouring(settings)}
            />
          ) : null}
          {room === 'negotiating' ? (
            <LazyNegotiatingContent point={point} workshop={workshop} people={people} />
          ) : null}
          {room === 'acting' ? (
            <LazyActingContent point={point} workshop={workshop} people={people} />
          ) : null}
        </section>
      ) : null}
      <YellowCard flags={workshop.killerFlags} people={people} settings={settings} />
    </>
  );
}
