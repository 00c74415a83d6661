/*
 * The facilitator's tools for the room the group is in (issue 4). Everything is a command, so it
 * is undoable, saved and mirrored on the projector.
 *
 * Test ids (stable, prefix rw-):
 *   workspace:    rw-workspace (data-room)
 *   clarifying:   rw-problem, rw-citizen (textareas: commit on blur / Ctrl+Enter),
 *                 rw-question-text, rw-question-who (select), rw-question-add, rw-question
 *                 (data-question-id), rw-question-remove
 *   turns:        rw-turn-order, rw-turn-order-row (data-participant-id), rw-turn-include,
 *                 rw-turns-random, rw-turns-mode (select round-robin|free), rw-turns-start,
 *                 rw-turns-edit, rw-turn-holder / rw-turn-next-person (data-participant-id),
 *                 rw-turn-spoke / rw-turn-pass / rw-turn-skip (Alt+N / Alt+P / Alt+S),
 *                 rw-turn-free, rw-round-ended, rw-turns-reopen,
 *                 rw-voice-row (data-participant-id, data-rounds, data-ideas)
 *   capture:      rw-idea-input (Enter saves), rw-idea-save, rw-idea-author (free mode only),
 *                 rw-killer-hint (data-killer-id), rw-killer-hint-flag
 *   idea killers: rw-killer-button-<1..7> (keys 1–7 outside text fields), rw-killer-who
 *                 (picker; focus starts on rw-killer-who-unknown, so Enter = unknown),
 *                 rw-killer-who-option (data-participant-id), rw-killer-take-back,
 *                 rw-killer-tally (data-total)
 *   idea wall:    rw-idea-count, rw-wall-filter, rw-wall-colour (sector|organisation),
 *                 rw-idea-card (data-idea-id), rw-idea-select, rw-idea-edit,
 *                 rw-idea-edit-input, rw-idea-move (select of points), rw-idea-remove,
 *                 rw-merge-bar, rw-merge-text, rw-merge
 *   negotiating:  rw-unclustered (drop: out of a cluster), rw-cluster (data-cluster-id),
 *                 rw-cluster-name, rw-cluster-dissolve, rw-new-cluster-drop,
 *                 rw-idea-to-cluster (select on each idea: keyboard alternative to dragging),
 *                 rw-dots-per-person, rw-dot-voter (select; '' = the room), rw-dots-left,
 *                 rw-dot-add / rw-dot-remove (data-target-id), rw-dot-results, rw-dot-result
 *                 (data-target-id, data-dots),
 *                 rw-position-text, rw-position-kind, rw-position-who, rw-position-add,
 *                 rw-starter-<1..3>, rw-position (data-kind), rw-position-remove,
 *                 rw-conclusion-text, rw-conclusion-add, rw-conclusion-item,
 *                 rw-conclusion-edit (input in the item), rw-conclusion-remove
 *   acting:       rw-action-what (Enter → who), rw-action-owner (select adds a person),
 *                 rw-action-owner-chip, rw-action-org, rw-action-due (date),
 *                 rw-action-next-meeting (checkbox), rw-action-followup, rw-action-trial
 *                 (checkbox), rw-action-eval-date, rw-action-add (Ctrl+Enter in the form),
 *                 rw-action-drop (drop an idea or cluster), rw-action-source
 *                 (data-source-id; its button rw-action-from-source), rw-action-row
 *                 (data-action-id, data-gaps="owner,due"), rw-action-gap, rw-action-remove
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../../shared/model/workshop';
import { activeRoom } from '../../common/activeRoom';
import { roomStyle } from '../../common/roomStyle';
import { useSettings, useUpdateSettings } from '../../common/useSettings';
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
  const [organisation, setOrganisation] = useState('');
  // The colouring is a setting, so the projector's wall follows the console's choice.
  const view: WallView = { organisation, colouring: projectorWallColour };
  const setView = (next: WallView) => {
    setOrganisation(next.organisation);
    if (next.colouring !== projectorWallColour) {
      void updateSettings({ projectorWallColour: next.colouring });
    }
  };
  const colours = useMemo(
    () => tagColours(workshop.participants, projectorWallColour),
    [workshop.participants, projectorWallColour],
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
