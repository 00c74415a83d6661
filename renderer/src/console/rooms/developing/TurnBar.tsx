import { memo, useCallback, useEffect, useState } from 'react';
import { drawOrder } from '../../../../../shared/draw';
import { nextHolder, turnHolder } from '../../../../../shared/model/turnFlow';
import type { OrderPlace } from '../../../../../shared/model/turnOrderEdit';
import type { Turns } from '../../../../../shared/model/turns';
import type { AgendaPoint, Participant } from '../../../../../shared/model/workshop';
import { useSend } from '../../../common/hostContext';
import { useTranslation } from '../../../i18n/i18n';
import { PersonTag } from '../common/PersonTag';
import type { People } from '../common/people';
import { turnKey, type TurnKey } from '../logic/keys';
import { TurnOrder } from './TurnOrder';

interface Props {
  point: AgendaPoint;
  turns: Turns;
  participants: readonly Participant[];
  people: People;
  colours: ReadonlyMap<string, string>;
}

const KEYS: Record<TurnKey, string> = { spoke: 'N', pass: 'P', skip: 'S' };

/** Whose turn it is and who is next; Next / Pass / Skip by button or Alt+N / Alt+P / Alt+S. */
export const TurnBar = memo(function TurnBar({
  point,
  turns,
  participants,
  people,
  colours,
}: Props) {
  const { t } = useTranslation();
  const send = useSend();
  const [editing, setEditing] = useState(false);
  const inTurn = turns.mode === 'round-robin';
  const holder = inTurn && !turns.ended ? turnHolder(turns) : null;
  const next = inTurn && !turns.ended ? nextHolder(turns) : null;
  const canTake = holder !== null;

  useEffect(() => {
    if (!canTake) return;
    function onKeyDown(e: KeyboardEvent): void {
      const kind = turnKey(e);
      if (!kind) return;
      e.preventDefault();
      void send({ type: 'turns.take', pointId: point.id, kind });
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [canTake, send, point.id]);

  const take = (kind: TurnKey) => void send({ type: 'turns.take', pointId: point.id, kind });
  // A fresh draw replaces the whole order by nature; edits by hand go one person at a time.
  const random = () =>
    void send({
      type: 'turns.change',
      pointId: point.id,
      order: drawOrder(
        participants.filter((p) => p.present),
        Math.random,
      ).map((p) => p.id),
    });
  const onMove = useCallback(
    (participantId: string, to: OrderPlace) =>
      void send({ type: 'turns.move', pointId: point.id, participantId, to }),
    [send, point.id],
  );
  const onLeaveOut = useCallback(
    (participantId: string) =>
      void send({ type: 'turns.leaveOut', pointId: point.id, participantId }),
    [send, point.id],
  );
  const onInclude = useCallback(
    (participantId: string) =>
      void send({ type: 'turns.include', pointId: point.id, participantId }),
    [send, point.id],
  );

  return (
    <section className="rw-section rw-turn-bar" aria-label={t('roomsWork.turns.heading')}>
      <div className="rw-turn-now" aria-live="polite">
        {!inTurn ? (
          <p className="rw-turn-free" data-testid="rw-turn-free">
            {t('roomsWork.turns.freeNow')}
          </p>
        ) : turns.ended ? (
          <div className="rw-round-ended" data-testid="rw-round-ended" role="status">
            <span aria-hidden="true">■ </span>
            {t('roomsWork.turns.ended')}
            <button
              type="button"
              className="button button-primary button-small"
              data-testid="rw-turns-reopen"
              onClick={() => void send({ type: 'turns.change', pointId: point.id, reopen: true })}
            >
              {t('roomsWork.turns.reopen')}
            </button>
          </div>
        ) : (
          <>
            <div className="rw-turn-holder-box">
              <span className="rw-turn-caption">
                {t('roomsWork.turns.now')} · {t('roomsWork.turns.round', { n: turns.round })}
              </span>
              <span
                className="rw-turn-holder"
                data-testid="rw-turn-holder"
                data-participant-id={holder ?? ''}
              >
                {holder ? (
                  <PersonTag person={people.get(holder)} colour={colours.get(holder)} />
                ) : (
                  '–'
                )}
              </span>
            </div>
            <div className="rw-turn-next-box">
              <span className="rw-turn-caption">{t('roomsWork.turns.next')}</span>
              <span
                className="rw-turn-next-person"
                data-testid="rw-turn-next-person"
                data-participant-id={next ?? ''}
              >
                {next ? people.get(next)?.name : '–'}
              </span>
            </div>
          </>
        )}
      </div>
      <div className="rw-turn-controls">
        {inTurn ? (
          <div className="rw-turn-buttons" role="group" aria-label={t('roomsWork.turns.heading')}>
            {(['spoke', 'pass', 'skip'] as const).map((kind) => (
              <button
                key={kind}
                type="button"
                className={kind === 'spoke' ? 'button button-primary' : 'button'}
                data-testid={`rw-turn-${kind}`}
                disabled={!canTake}
                aria-keyshortcuts={`Alt+${KEYS[kind]}`}
                title={t(`roomsWork.turns.${kind}Hint`)}
                onClick={() => take(kind)}
              >
                {t(`roomsWork.turns.${kind}`)}
                <kbd className="rw-kbd">Alt+{KEYS[kind]}</kbd>
              </button>
            ))}
          </div>
        ) : null}
        <div className="rw-toolbar rw-turn-tools">
          <label className="rw-inline-field">
            <span>{t('roomsWork.turns.mode')}</span>
            <select
              data-testid="rw-turns-mode"
              value={turns.mode}
              onChange={(e) =>
                void send({
                  type: 'turns.change',
                  pointId: point.id,
                  mode: e.target.value === 'free' ? 'free' : 'round-robin',
                })
              }
            >
              <option value="round-robin">{t('roomsWork.turns.roundRobin')}</option>
              <option value="free">{t('roomsWork.turns.free')}</option>
            </select>
          </label>
          <button
            type="button"
            className="button button-small"
            data-testid="rw-turns-edit"
            aria-expanded={editing}
            onClick={() => setEditing((v) => !v)}
          >
            {editing ? t('roomsWork.turns.closeOrder') : t('roomsWork.turns.editOrder')}
          </button>
          {editing ? (
            <button
              type="button"
              className="button button-small"
              data-testid="rw-turns-random"
              onClick={random}
            >
              {t('roomsWork.turns.random')}
            </button>
          ) : null}
        </div>
      </div>
      {editing ? (
        <TurnOrder
          order={turns.order}
          participants={participants}
          people={people}
          colours={colours}
          holder={holder}
          onMove={onMove}
          onLeaveOut={onLeaveOut}
          onInclude={onInclude}
        />
      ) : null}
    </section>
  );
});
