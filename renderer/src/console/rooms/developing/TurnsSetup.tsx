import { memo, useMemo, useState } from 'react';
import { drawOrder } from '../../../../../shared/draw';
import { placeInOrder } from '../../../../../shared/model/turnOrderEdit';
import type { TurnMode } from '../../../../../shared/model/turns';
import type { AgendaPoint, Participant } from '../../../../../shared/model/workshop';
import { useSend } from '../../../common/hostContext';
import { useTranslation } from '../../../i18n/i18n';
import type { People } from '../common/people';
import { presentOrder } from '../logic/order';
import { TurnOrder } from './TurnOrder';

interface Props {
  point: AgendaPoint;
  participants: readonly Participant[];
  people: People;
  colours: ReadonlyMap<string, string>;
}

/** Before the first idea: who speaks in which order, drawn at random or set by hand. */
export const TurnsSetup = memo(function TurnsSetup({
  point,
  participants,
  people,
  colours,
}: Props) {
  const { t } = useTranslation();
  const send = useSend();
  const [order, setOrder] = useState<string[]>(() => presentOrder(participants, []));
  const [mode, setMode] = useState<TurnMode>('round-robin');
  // Only present people speak; someone left out (or marked present later) can be added back.
  const shown = useMemo(() => order.filter((id) => people.get(id)?.present), [order, people]);

  const random = () => {
    const present = participants.filter((p) => p.present);
    const drawn = drawOrder(present, Math.random).map((p) => p.id);
    setOrder(drawn);
    void send({ type: 'turns.setup', pointId: point.id, order: drawn, mode });
  };

  return (
    <section className="rw-section rw-turns-setup" aria-labelledby="rw-turns-setup-heading">
      <h3 id="rw-turns-setup-heading" className="rw-heading">
        {t('roomsWork.turns.setupHeading')}
      </h3>
      <p className="hint">{t('roomsWork.turns.setupHint')}</p>
      <TurnOrder
        order={shown}
        participants={participants}
        people={people}
        colours={colours}
        onMove={(id, to) => setOrder((o) => placeInOrder(o, id, to) ?? o)}
        onLeaveOut={(id) => setOrder((o) => o.filter((x) => x !== id))}
        onInclude={(id) => setOrder((o) => [...o.filter((x) => x !== id), id])}
      />
      <div className="rw-toolbar">
        <button type="button" className="button" data-testid="rw-turns-random" onClick={random}>
          {t('roomsWork.turns.random')}
        </button>
        <label className="rw-inline-field">
          <span>{t('roomsWork.turns.mode')}</span>
          <select
            data-testid="rw-turns-mode"
            value={mode}
            onChange={(e) => setMode(e.target.value === 'free' ? 'free' : 'round-robin')}
          >
            <option value="round-robin">{t('roomsWork.turns.roundRobin')}</option>
            <option value="free">{t('roomsWork.turns.free')}</option>
          </select>
        </label>
        <button
          type="button"
          className="button button-primary"
          data-testid="rw-turns-start"
          disabled={mode === 'round-robin' && shown.length === 0}
          onClick={() => void send({ type: 'turns.setup', pointId: point.id, order: shown, mode })}
        >
          {t('roomsWork.turns.start')}
        </button>
      </div>
    </section>
  );
});
