import { nanoid } from 'nanoid';
import { useRef, useState, type FormEvent } from 'react';
import {
  isPositionKind,
  POSITION_KINDS,
  type PositionKind,
} from '../../../../../shared/model/positionKinds';
import type { AgendaPoint, Workshop } from '../../../../../shared/model/workshop';
import { useSend } from '../../../common/hostContext';
import { useHyphenate } from '../../../common/hyphenation/useHyphenate';
import { useTranslation } from '../../../i18n/i18n';
import { PresenceStatus } from '../../shared-fields/PresenceStatus';
import { useSharedField } from '../../shared-fields/useSharedField';
import { ParticipantSelect } from '../common/ParticipantSelect';
import { PersonTag } from '../common/PersonTag';
import type { People } from '../common/people';
import { POSITION_MAX } from '../../../../../shared/model/textLimits';

const STARTERS = [1, 2, 3] as const;
const KIND_MARK: Record<PositionKind, string> = {
  position: '◆',
  feedback: '↺',
  agreement: '✓',
  disagreement: '≠',
};

/** Viewpoints with who holds them; disagreements are kept as disagreements. */
export function Positions({
  workshop,
  point,
  people,
  colours,
}: {
  workshop: Workshop;
  point: AgendaPoint;
  people: People;
  colours: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const hy = useHyphenate();
  const send = useSend();
  const input = useRef<HTMLInputElement | null>(null);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<PositionKind>('position');
  const [heldBy, setHeldBy] = useState<string | null>(null);
  // Who else is typing a position here (issue 16): the list has no edit field to conflict in.
  const shared = useSharedField(`positions:${point.id}:new`);

  async function add(e: FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    const clean = text.trim();
    if (!clean) return;
    const ok = await send({
      type: 'position.add',
      pointId: point.id,
      position: { id: nanoid(), kind, text: clean.slice(0, 1000), heldBy },
    });
    if (ok) setText('');
  }

  function starter(n: (typeof STARTERS)[number]): void {
    const prefix = t(`roomsWork.positions.starter${n}`);
    setText((s) => (s.trim() ? `${prefix} ${s.trim()}` : `${prefix} `));
    if (kind === 'position') setKind('feedback');
    input.current?.focus();
  }

  return (
    <section className="rw-section" aria-labelledby="rw-positions-heading">
      <h3 id="rw-positions-heading" className="rw-heading">
        {t('roomsWork.positions.heading')}
      </h3>
      <div className="rw-starters" role="group" aria-label={t('roomsWork.positions.starters')}>
        <span className="field-label">{t('roomsWork.positions.starters')}</span>
        {STARTERS.map((n) => (
          <button
            key={n}
            type="button"
            className="button button-small rw-starter"
            data-testid={`rw-starter-${n}`}
            onClick={() => starter(n)}
          >
            {t(`roomsWork.positions.starter${n}`)} …
          </button>
        ))}
      </div>
      <form className="rw-add-row" onSubmit={(e) => void add(e)}>
        <label className="field rw-grow">
          <span className="field-label">{t('roomsWork.positions.text')}</span>
          <input
            ref={input}
            data-testid="rw-position-text"
            value={text}
            maxLength={POSITION_MAX}
            onChange={(e) => setText(e.target.value)}
            onFocus={shared.onFocus}
            onBlur={shared.onBlur}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('roomsWork.positions.kind')}</span>
          <select
            data-testid="rw-position-kind"
            value={kind}
            onChange={(e) => setKind(isPositionKind(e.target.value) ? e.target.value : 'position')}
          >
            {POSITION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`roomsWork.positions.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('roomsWork.positions.who')}</span>
          <ParticipantSelect
            data-testid="rw-position-who"
            participants={workshop.participants}
            value={heldBy}
            onChange={setHeldBy}
            emptyLabel={t('roomsWork.unknown')}
          />
        </label>
        <button
          type="submit"
          className="button"
          data-testid="rw-position-add"
          disabled={!text.trim()}
        >
          {t('roomsWork.add')}
        </button>
        <PresenceStatus field={shared} />
      </form>
      {point.positions.length === 0 ? (
        <p className="empty">{t('roomsWork.positions.empty')}</p>
      ) : (
        <ul className="rw-list rw-positions">
          {point.positions.map((p) => (
            <li
              key={p.id}
              className={`rw-list-item rw-position is-${p.kind}`}
              data-testid="rw-position"
              data-kind={p.kind}
            >
              <span className="rw-kind-tag">
                <span aria-hidden="true">{KIND_MARK[p.kind]} </span>
                {t(`roomsWork.positions.kinds.${p.kind}`)}
              </span>
              <span className="rw-list-text">{hy(p.text)}</span>
              {p.heldBy ? (
                <PersonTag person={people.get(p.heldBy)} colour={colours.get(p.heldBy)} />
              ) : null}
              <button
                type="button"
                className="button button-quiet button-small"
                data-testid="rw-position-remove"
                aria-label={t('roomsWork.removeLabel', { text: p.text })}
                onClick={() => void send({ type: 'position.remove', id: p.id })}
              >
                {t('roomsWork.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
