/*
 * The facilitator's tools for the room the group is in (issue 4). Everything is a command, so it
 * is undoable, saved and mirrored on the projector.
 *
 * Test ids (stable, prefix rw-):
 *   workspace:    rw-workspace (data-room)
 *   clarifying:   rw-problem, rw-citizen (textareas: commit on blur / Ctrl+Enter; Esc reverts),
 *                 rw-question-text (Enter adds), rw-question-who (select; '' = unknown),
 *                 rw-question-add, rw-question (data-question-id), rw-question-remove
 *   turns:        before they start: rw-turn-order, rw-turn-order-row (data-participant-id;
 *                 ↑ ↓ × buttons, Alt+↑/↓ on a row, drag), rw-turn-include, rw-turns-random
 *                 (draws and starts), rw-turns-mode (select round-robin|free), rw-turns-start;
 *                 running: rw-turn-holder / rw-turn-next-person (data-participant-id),
 *                 rw-turn-spoke / rw-turn-pass / rw-turn-skip (Alt+N / Alt+P / Alt+S, also while
 *                 typing), rw-turns-mode, rw-turns-edit (opens the order, with rw-turns-random),
 *                 rw-turn-free, rw-round-ended, rw-turns-reopen,
 *                 rw-voice-row (data-participant-id, data-rounds, data-ideas, data-passes)
 *   capture:      rw-idea-input (Enter saves as the holder's; focus stays), rw-idea-save,
 *                 rw-idea-author (only without turns), rw-killer-hint (data-killer-id),
 *                 rw-killer-hint-flag (flags instead of saving)
 *   idea killers: rw-killer-button-<id> (keys 1–7, and the user's own up to 9, outside text
 *                 fields), rw-killer-who (picker; focus starts on rw-killer-who-unknown, so
 *                 Enter = unknown; arrows or an initial letter pick a person),
 *                 rw-killer-who-option (data-participant-id), rw-killer-take-back,
 *                 rw-killer-tally (data-total; per person on this point)
 *   idea wall:    rw-idea-count, rw-wall-filter (organisation), rw-wall-colour (sector|
 *                 organisation; a setting, so the projector follows), rw-idea-card
 *                 (data-idea-id), rw-idea-select, rw-idea-edit, rw-idea-edit-input (Enter saves,
 *                 Esc cancels), rw-idea-remove, rw-wall-show-all (walls over 120 cards);
 *                 selection bar: rw-merge-bar, rw-idea-move (select of points), rw-merge-text,
 *                 rw-merge, rw-selection-clear
 *   negotiating:  rw-unclustered (drop: out of a cluster), rw-cluster (data-cluster-id),
 *                 rw-cluster-name, rw-cluster-dissolve, rw-new-cluster-drop, rw-cluster-add,
 *                 rw-idea-to-cluster (select on each card: the keyboard way to cluster),
 *                 rw-dots-per-person, rw-dot-voter (select; '' = the room), rw-dots-left,
 *                 rw-dot-add / rw-dot-remove (data-target-id), rw-dot-results, rw-dot-result
 *                 (data-target-id, data-dots), rw-position-text, rw-position-kind,
 *                 rw-position-who, rw-position-add, rw-starter-<1..3>, rw-position (data-kind),
 *                 rw-position-remove, rw-conclusion-text, rw-conclusion-add,
 *                 rw-conclusion-item, rw-conclusion-edit, rw-conclusion-remove
 *   acting:       form: rw-action-what (Enter → who), rw-action-owner (select adds a person),
 *                 rw-action-owner-chip (click removes), rw-action-org, rw-action-due (date),
 *                 rw-action-next-meeting, rw-action-followup, rw-action-trial,
 *                 rw-action-eval-date, rw-action-add (or Ctrl+Enter in the form);
 *                 rw-action-drop (drop an idea or cluster), rw-action-source (data-source-id,
 *                 data-kind) with rw-action-from-source; rows: rw-action-row (data-action-id,
 *                 data-gaps="owner,due"), rw-action-gap (data-gap), rw-action-what-edit,
 *                 rw-action-row-owner, rw-action-row-org, rw-action-row-due,
 *                 rw-action-row-next-meeting, rw-action-row-followup, rw-action-row-trial,
 *                 rw-action-row-eval-date, rw-action-remove
 */
import { useCallback, useMemo, useState } from 'react';
import type { Workshop } from '../../../../shared/model/workshop';
import { activeRoom } from '../../common/activeRoom';
import { useMayRequest } from '../../common/roleContext';
import { roomStyle } from '../../common/roomStyle';
import { useSettings, useUpdateSettings } from '../../common/useSettings';
import { useTranslation } from '../../i18n/i18n';
import { ActingTools } from './acting/ActingTools';
import { ClarifyingTools } from './clarifying/ClarifyingTools';
import { KillerFlagger } from './common/KillerFlagger';
import { usePeople } from './common/people';
import type { WallView } from './common/WallControls';
import { DevelopingTools } from './developing/DevelopingTools';
import { tagColours } from './logic/colours';
import { NegotiatingTools } from './negotiating/NegotiatingTools';
import '../../styles/rooms.css';

/** The active point's current room's tools; nothing when no point runs. */
export function RoomWorkspace({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const { point, room } = activeRoom(workshop);
  const people = usePeople(workshop.participants);
  const { projectorWallColour } = useSettings();
  const updateSettings = useUpdateSettings();
  // A team device may not change settings (issue 16): its colouring is its own, on its screen.
  const maySetColouring = useMayRequest('updateSettings');
  const [ownColouring, setOwnColouring] = useState<WallView['colouring'] | null>(null);
  const colouring = ownColouring ?? projectorWallColour;
  const [organisation, setOrganisation] = useState('');
  // The colouring is a setting, so the projector's wall follows the console's choice. Kept
  // the same objects between renders, so the memoised wall skips a render that changes neither.
  const view: WallView = useMemo(() => ({ organisation, colouring }), [organisation, colouring]);
  const setView = useCallback(
    (next: WallView) => {
      setOrganisation(next.organisation);
      if (next.colouring === colouring) return;
      if (maySetColouring) void updateSettings({ projectorWallColour: next.colouring });
      else setOwnColouring(next.colouring);
    },
    [colouring, maySetColouring, updateSettings],
  );
  const colours = useMemo(
    () => tagColours(workshop.participants, colouring),
    [workshop.participants, colouring],
  );
  if (!point || !room) return null;

  return (
    <section
      className="panel rw-workspace"
      data-testid="rw-workspace"
      data-room={room}
      style={roomStyle(room)}
      aria-label={t('roomsWork.heading', { room: t(`rooms.${room}.name`) })}
    >
      {room === 'clarifying' ? <ClarifyingTools workshop={workshop} point={point} /> : null}
      {room === 'developing' ? (
        <DevelopingTools
          workshop={workshop}
          point={point}
          people={people}
          colours={colours}
          view={view}
          onView={setView}
        />
      ) : null}
      {room === 'negotiating' ? (
        <NegotiatingTools workshop={workshop} point={point} people={people} colours={colours} />
      ) : null}
      {room === 'acting' ? (
        <ActingTools workshop={workshop} point={point} people={people} colours={colours} />
      ) : null}
      {room !== 'developing' ? (
        <KillerFlagger workshop={workshop} pointId={point.id} people={people} />
      ) : null}
    </section>
  );
}
