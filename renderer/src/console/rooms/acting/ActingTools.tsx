import { nanoid } from 'nanoid';
import { useCallback } from 'react';
import type { AgendaPoint, Workshop } from '../../../../../shared/model/workshop';
import { useSend } from '../../../common/hostContext';
import { useTranslation } from '../../../i18n/i18n';
import type { SourceDragItem } from '../common/dnd';
import type { People } from '../common/people';
import { useSourceDrop } from '../common/useSourceDrop';
import { localToday } from '../logic/actionDraft';
import { ActionForm } from './ActionForm';
import { ActionRow } from './ActionRow';
import { ActionSources } from './ActionSources';

interface Props {
  workshop: Workshop;
  point: AgendaPoint;
  people: People;
  colours: ReadonlyMap<string, string>;
}

/** Who does what by when: type an action, or drop an idea or cluster on the list. */
export function ActingTools({ workshop, point, people }: Props) {
  const { t } = useTranslation();
  const send = useSend();
  const fromSource = useCallback(
    (item: SourceDragItem) =>
      void send({
        type: 'action.add',
        action: {
          id: nanoid(),
          what: item.text.slice(0, 500),
          sourceId: item.id,
          pointId: point.id,
        },
      }),
    [send, point.id],
  );
  const { ref, isOver, canDrop } = useSourceDrop<HTMLDivElement>(fromSource, true);
  const actions = workshop.actions.filter((a) => a.pointId === point.id);
  const today = localToday();
  const sourceText = (id: string | null): string | null => {
    if (!id) return null;
    return (
      workshop.ideas.find((i) => i.id === id)?.text ??
      workshop.clusters.find((c) => c.id === id)?.name ??
      null
    );
  };

  return (
    <div className="rw-acting">
      <div
        ref={ref}
        className={`rw-section rw-action-drop${isOver ? ' is-over' : ''}${canDrop ? ' can-drop' : ''}`}
        data-testid="rw-action-drop"
      >
        <div className="rw-section-head">
          <h3 className="rw-heading">
            {t('roomsWork.actions.heading')} <span className="rw-count">{actions.length}</span>
          </h3>
          <span className="hint">
            {canDrop ? t('roomsWork.actions.dropHere') : t('roomsWork.actions.keysHint')}
          </span>
        </div>
        <ActionForm workshop={workshop} pointId={point.id} people={people} />
        {actions.length === 0 ? (
          <p className="empty">{t('roomsWork.actions.empty')}</p>
        ) : (
          <ol className="rw-action-list">
            {actions.map((a) => (
              <ActionRow
                key={a.id}
                action={a}
                workshop={workshop}
                people={people}
                today={today}
                source={sourceText(a.sourceId)}
              />
            ))}
          </ol>
        )}
      </div>
      <ActionSources workshop={workshop} point={point} onUse={fromSource} />
    </div>
  );
}
