import type { AgendaPoint, Workshop } from '../../../../../shared/model/workshop';
import { useCan } from '../../../common/roleContext';
import { ReadOnlyUnless } from '../../ReadOnlyUnless';
import { KillerFlagger } from '../common/KillerFlagger';
import type { People } from '../common/people';
import type { WallView } from '../common/WallControls';
import { IdeaCapture } from './IdeaCapture';
import { IdeaWall } from './IdeaWall';
import { TurnBar } from './TurnBar';
import { TurnsSetup } from './TurnsSetup';
import { VoiceTable } from './VoiceTable';

interface Props {
  workshop: Workshop;
  point: AgendaPoint;
  people: People;
  colours: ReadonlyMap<string, string>;
  view: WallView;
  onView: (view: WallView) => void;
}

/** Ideas in turn: who speaks, fast capture, idea killers, who has been heard, the wall. */
export function DevelopingTools({ workshop, point, people, colours, view, onView }: Props) {
  const turns = point.turns;
  // Issue 16: the referent captures ideas; turns and idea killers are the (co-)facilitator's.
  const mayTurn = useCan('turns.take');
  const mayFlag = useCan('killer.flag');
  return (
    <div className="rw-developing">
      <ReadOnlyUnless may={mayTurn}>
        {turns ? (
          <TurnBar
            point={point}
            turns={turns}
            participants={workshop.participants}
            people={people}
            colours={colours}
          />
        ) : (
          <TurnsSetup
            point={point}
            participants={workshop.participants}
            people={people}
            colours={colours}
          />
        )}
      </ReadOnlyUnless>
      <IdeaCapture
        workshopId={workshop.id}
        point={point}
        participants={workshop.participants}
        people={people}
      />
      {turns && turns.order.length > 0 ? (
        <VoiceTable
          turns={turns}
          ideas={workshop.ideas}
          pointId={point.id}
          people={people}
          colours={colours}
        />
      ) : null}
      {mayFlag ? <KillerFlagger workshop={workshop} pointId={point.id} people={people} /> : null}
      <IdeaWall
        workshop={workshop}
        point={point}
        people={people}
        colours={colours}
        view={view}
        onView={onView}
      />
    </div>
  );
}
