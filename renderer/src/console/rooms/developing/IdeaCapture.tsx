import { nanoid } from 'nanoid';
import { memo, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { findIdeaKiller } from '../../../../../shared/ideaKillers/matcher';
import { turnHolder } from '../../../../../shared/model/turnFlow';
import type { AgendaPoint, Participant } from '../../../../../shared/model/workshop';
import { useSend } from '../../../common/hostContext';
import { useTranslation } from '../../../i18n/i18n';
import { useKillers } from '../common/killers';
import { useLang } from '../common/lang';
import { ParticipantSelect } from '../common/ParticipantSelect';
import type { People } from '../common/people';
import { splitAt } from '../logic/highlight';
import { IDEA_MAX } from '../../../../../shared/model/textLimits';
import { draftKey, useStoredDraft } from '../common/storedDraft';

interface Props {
  workshopId: string;
  point: AgendaPoint;
  participants: readonly Participant[];
  people: People;
}

/**
 * Type, Enter: the idea is saved as the turn holder's and the turn passes on. A likely idea
 * killer is marked while typing, before anything is saved; it may still be saved, or flagged.
 */
export const IdeaCapture = memo(function IdeaCapture({
  workshopId,
  point,
  participants,
  people,
}: Props) {
  const { t } = useTranslation();
  const send = useSend();
  const input = useRef<HTMLInputElement | null>(null);
  const stored = useStoredDraft(draftKey('idea', workshopId, point.id), '', isBlank, asText);
  const { draft: text, setDraft: setText } = stored;
  const [author, setAuthor] = useState<string | null>(null);
  const turns = point.turns;
  const inTurn = turns !== null && turns.mode === 'round-robin' && !turns.ended;
  const holder = inTurn ? turnHolder(turns) : null;
  const killers = useKillers();
  const match = useMemo(() => findIdeaKiller(text, killers.compiled), [text, killers]);
  const killer = match ? killers.list.find((k) => k.id === match.killerId) : undefined;
  const lang = useLang();

  async function save(e: FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    const clean = text.trim();
    if (!clean) return;
    const ok = await send({
      type: 'idea.add',
      id: nanoid(),
      pointId: point.id,
      text: clean,
      // In turn, left out: the holder's. Free: whoever the facilitator picked, or nobody.
      ...(inTurn ? {} : { authorId: author }),
    });
    if (ok) setText('');
    input.current?.focus();
  }

  async function flagInstead(): Promise<void> {
    if (!match) return;
    const ok = await send({
      type: 'killer.flag',
      id: nanoid(),
      killerId: match.killerId,
      participantId: inTurn ? holder : author,
    });
    if (ok) setText('');
    input.current?.focus();
  }

  // Once the turns start (the setup's button is gone), typing goes straight to the idea field.
  const started = turns !== null;
  const wasStarted = useRef(started);
  useEffect(() => {
    if (started && !wasStarted.current) {
      const active = document.activeElement;
      if (!active || active === document.body) input.current?.focus();
    }
    wasStarted.current = started;
  }, [started]);

  const split = match ? splitAt(text, match.start, match.end) : null;
  const byWhom = holder ? people.get(holder)?.name : undefined;

  return (
    <form className="rw-capture" onSubmit={(e) => void save(e)}>
      <label className="field rw-grow">
        <span className="field-label">
          {byWhom
            ? t('roomsWork.capture.labelFor', { name: byWhom })
            : t('roomsWork.capture.label')}
        </span>
        <input
          ref={input}
          className="rw-capture-input"
          data-testid="rw-idea-input"
          value={text}
          maxLength={IDEA_MAX}
          autoComplete="off"
          placeholder={t('roomsWork.capture.placeholder')}
          aria-describedby={match ? 'rw-killer-hint' : undefined}
          aria-invalid={match ? true : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {!inTurn ? (
        <label className="field">
          <span className="field-label">{t('roomsWork.capture.author')}</span>
          <ParticipantSelect
            data-testid="rw-idea-author"
            participants={participants}
            value={author}
            onChange={setAuthor}
            emptyLabel={t('roomsWork.nobody')}
          />
        </label>
      ) : null}
      <button
        type="submit"
        className="button button-primary"
        data-testid="rw-idea-save"
        disabled={!text.trim()}
      >
        {t('roomsWork.capture.save')}
        <kbd className="rw-kbd">Enter</kbd>
      </button>
      {stored.restored ? (
        <p className="hint draft-restored" role="status" data-testid="rw-idea-draft-restored">
          {t('roomsWork.draftRestored')}
        </p>
      ) : null}
      {split && killer && match ? (
        <div
          id="rw-killer-hint"
          className="rw-killer-hint"
          data-testid="rw-killer-hint"
          data-killer-id={match.killerId}
          role="status"
        >
          <p className="rw-killer-hint-title">
            <span className="rw-card-icon" aria-hidden="true" />
            {t('roomsWork.capture.likelyKiller', { n: killer.id, phrase: killer[lang] })}
          </p>
          <p className="rw-killer-hint-text">
            {split.before}
            <mark>{split.match}</mark>
            {split.after}
          </p>
          <div className="rw-toolbar">
            <button
              type="button"
              className="button button-small"
              data-testid="rw-killer-hint-flag"
              onClick={() => void flagInstead()}
            >
              {t('roomsWork.capture.flagInstead')}
            </button>
            <span className="hint">{t('roomsWork.capture.saveAnyway')}</span>
          </div>
        </div>
      ) : null}
    </form>
  );
});

const isBlank = (text: string) => text.trim() === '';
const asText = (raw: unknown) => (typeof raw === 'string' ? raw : null);
