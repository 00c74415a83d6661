import type { Workshop } from '../../../../shared/model/workshop';
import { activeRoom } from '../../common/activeRoom';
import { useTranslation } from '../../i18n/i18n';
import { RunTimeTools } from '../time/RunTimeTools';
import { FollowUpPanel } from '../series/FollowUpPanel';
import { CurrentRoomBanner } from './CurrentRoomBanner';
import { LazyRoomWorkspace } from './LazyRoomWorkspace';
import { RunControls } from './RunControls';

/** What the group is doing now, and the buttons that move it on. */
export function RunPanel({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const { point, index, room } = activeRoom(workshop);
  const nextPending = workshop.agenda.find(
    (p, i) => p.status === 'pending' && (index === null || i > index),
  );

  return (
    <section className="run-panel" aria-label={t('run.heading')}>
      <CurrentRoomBanner
        point={point}
        index={index}
        room={room}
        nextPending={nextPending ?? null}
      />
      {point ? <RunControls point={point} room={room} hasNext={nextPending !== undefined} /> : null}
      <RunTimeTools workshop={workshop} />
      <FollowUpPanel workshop={workshop} />
      {point && room ? <LazyRoomWorkspace workshop={workshop} /> : null}
    </section>
  );
}
