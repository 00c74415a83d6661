import type { AgendaPoint, Workshop } from '../../../../../shared/model/workshop';
import { useCan, useIsFacilitator } from '../../../common/roleContext';
import { ReadOnlyUnless } from '../../ReadOnlyUnless';
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
  // Issue 16: clusters and dots are the co-facilitator's too; the projector's focus is a setting.
  const facilitator = useIsFacilitator();
  const mayCluster = useCan('cluster.add');
  const mayDot = useCan('dot.add');
  return (
    <div className="rw-negotiating">
      {facilitator ? <ProjectorFocus /> : null}
      <ReadOnlyUnless may={mayCluster}>
        <ClusterBoard workshop={workshop} point={point} people={people} colours={colours} />
      </ReadOnlyUnless>
      <ReadOnlyUnless may={mayDot}>
        <DotVoting workshop={workshop} point={point} />
      </ReadOnlyUnless>
      <Positions workshop={workshop} point={point} people={people} colours={colours} />
      <Conclusions point={point} />
    </div>
  );
}
