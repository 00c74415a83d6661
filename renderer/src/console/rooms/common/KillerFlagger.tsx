import { nanoid } from 'nanoid';
import { memo, useEffect, useRef, useState } from 'react';
import { killerTally } from '../../../../../shared/selectors/killerTally';
import { useSend } from '../../../common/hostContext';
import { useTranslation } from '../../../i18n/i18n';
import { isTextEntry, killerKey } from '../logic/keys';
import { useKillers } from './killers';
import { useLang } from './lang';
import type { People } from './people';
import { sameSlice, type WorkshopSlice } from '../../workshopSlice';

const KEYS = ['participants', 'killerFlags'] as const;

interface Props {
  workshop: WorkshopSlice<(typeof KEYS)[number]>;
  pointId: string;
  people: People;
}

/**
 * An idea killer, flagged with one key: 1–7 (outside text fields) or a button puts the card up
 * at once (the projector shows it); then who said it, Enter for "unknown".
 */
export const KillerFlagger = memo(function KillerFlagger({ workshop, pointId, people }: Props) {
  const { t } = useTranslation();
  const send = useSend();
  const lang = useLang();
  const killers = useKillers().list;
  // One key each: the seven, and the user's own up to 9.
  const maxKey = Math.min(9, Math.max(...killers.map((k) => k.id)));
  const [pending, setPending] = useState<{ flagId: string; killerId: number } | null>(null);
  const pickerRef = useRef<HTMLDivElement | null>(null);
  // Focus goes back where it was (e.g. the idea field) once who said it is known.
  const returnTo = useRef<HTMLElement | null>(null);

  async function flag(killerId: number): Promise<void> {
    const flagId = nanoid();
    returnTo.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (await send({ type: 'killer.flag', id: flagId, killerId, participantId: null })) {
      setPending({ flagId, killerId });
    }
  }

  useEffect(() => {
    if (pending) return;
    function onKeyDown(e: KeyboardEvent): void {
      if (e.defaultPrevented || e.repeat || isTextEntry(e.target)) return;
      const n = killerKey(e, maxKey);
      if (n === null || !killers.some((k) => k.id === n)) return;
      e.preventDefault();
      void flag(n);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  useEffect(() => {
    pickerRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [pending]);

  function choose(participantId: string | null | 'remove'): void {
    if (!pending) return;
    if (participantId === 'remove')
      void send({ type: 'killer.update', id: pending.flagId, remove: true });
    else if (participantId !== null)
      void send({ type: 'killer.update', id: pending.flagId, participantId });
    close();
  }

  function close(): void {
    setPending(null);
    const back = returnTo.current;
    if (back && back.isConnected && !back.closest('[data-testid="rw-killer-who"]')) back.focus();
  }

  const present = workshop.participants.filter((p) => p.present);
  const tally = killerTally(workshop.killerFlags, pointId);
  const rows = [...tally.byPerson.entries()].sort((a, b) => b[1] - a[1]);

  return (
    <section className="rw-section rw-killers" aria-labelledby="rw-killers-heading">
      <div className="rw-section-head">
        <h3 id="rw-killers-heading" className="rw-heading">
          {t('roomsWork.killers.heading')}
        </h3>
        <span className="hint">{t('roomsWork.killers.keysHint', { max: maxKey })}</span>
      </div>
      <div className="rw-killer-buttons" role="group" aria-label={t('roomsWork.killers.heading')}>
        {killers.map((k) => (
          <button
            key={k.id}
            type="button"
            className="rw-killer-button"
            data-testid={`rw-killer-button-${k.id}`}
            aria-keyshortcuts={k.id <= 9 ? String(k.id) : undefined}
            title={k[lang]}
            onClick={() => void flag(k.id)}
          >
            <kbd className="rw-kbd">{k.id}</kbd>
            <span>{k[lang]}</span>
          </button>
        ))}
      </div>
      {pending ? (
        <div
          ref={pickerRef}
          className="rw-killer-who"
          data-testid="rw-killer-who"
          role="group"
          aria-label={t('roomsWork.killers.who')}
          onKeyDown={(e) => {
            const buttons = [...(pickerRef.current?.querySelectorAll('button') ?? [])];
            const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
            if (e.key === 'Escape') {
              e.preventDefault();
              close();
            } else if (e.key === 'ArrowDown' || e.key === 'ArrowRight') {
              e.preventDefault();
              buttons[(at + 1) % buttons.length]?.focus();
            } else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') {
              e.preventDefault();
              buttons[(at - 1 + buttons.length) % buttons.length]?.focus();
            } else if (/^\p{L}$/u.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
              // A letter jumps to the next person whose name starts with it (and is not, say,
              // the clicker's "blank the projector").
              e.preventDefault();
              const letter = e.key.toLocaleLowerCase('da');
              const hit =
                buttons.find((b, i) => i > at && b.dataset.initial === letter) ??
                buttons.find((b) => b.dataset.initial === letter);
              hit?.focus();
            }
          }}
        >
          <p className="rw-killer-who-title">
            {t('roomsWork.killers.whoSaid', {
              phrase: killers.find((k) => k.id === pending.killerId)?.[lang] ?? '',
            })}
          </p>
          <div className="rw-killer-who-options">
            <button
              type="button"
              className="button button-small"
              data-testid="rw-killer-who-unknown"
              onClick={() => choose(null)}
            >
              {t('roomsWork.unknown')} <kbd className="rw-kbd">Enter</kbd>
            </button>
            {present.map((p) => (
              <button
                key={p.id}
                type="button"
                className="button button-small"
                data-testid="rw-killer-who-option"
                data-participant-id={p.id}
                data-initial={p.name.charAt(0).toLocaleLowerCase('da')}
                onClick={() => choose(p.id)}
              >
                {p.name}
              </button>
            ))}
            <button
              type="button"
              className="button button-quiet button-small"
              data-testid="rw-killer-take-back"
              onClick={() => choose('remove')}
            >
              {t('roomsWork.killers.takeBack')}
            </button>
          </div>
        </div>
      ) : null}
      <div className="rw-killer-tally" data-testid="rw-killer-tally" data-total={tally.total}>
        <span className="field-label">{t('roomsWork.killers.tally', { count: tally.total })}</span>
        {rows.map(([id, n]) => (
          <span key={id || 'unknown'} className="rw-tally-item" data-participant-id={id}>
            {id ? (people.get(id)?.name ?? id) : t('roomsWork.unknown')} <strong>{n}</strong>
          </span>
        ))}
      </div>
    </section>
  );
}, sameSlice(KEYS));
