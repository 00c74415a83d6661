import type { AgendaPoint, Workshop } from '../../../../../shared/model/workshop';
import type { People } from '../common/people';
import { ClusterBoard } from './ClusterBoard';
import { Conclusions } from './Conclusions';
import { DotVoting } from './DotVoting';
import { Positions } from './Positions';
import { ProjectorFocus } from './ProjectorFocus';

interface Props {
  workshop: Workshop;
  point: AgendaPoint;
  people: People;
  colours: ReadonlyMap<string, string>;
}

/** Clusters, dot votes, positions and the conclusion, in the order a negotiation goes. */
export function NegotiatingTools({ workshop, point, people, colours }: Props) {
  return (
    <div className="rw-negotiating">
      <ProjectorFocus />
      <ClusterBoard workshop={workshop} point={point} people={people} colours={colours} />
      <DotVoting workshop={workshop} point={point} />
      <Positions workshop={workshop} point={point} people={people} colours={colours} />
      <Conclusions point={point} />
    </div>
  );
}
