import { memo, useState, type FocusEvent } from 'react';
import type { Participant } from '../../../../shared/model/workshop';
import { CommitField } from '../../common/CommitField';
import { useSend } from '../../common/hostContext';
import { useNearViewport } from '../../common/useNearViewport';
import { useTranslation } from '../../i18n/i18n';
import {
  ParticipantRowSummary,
  ParticipantSubFields,
  ParticipantTopControls,
} from './ParticipantRowParts';
import { PARTICIPANT_NAME_MAX } from '../../../../shared/model/textLimits';

/**
 * One person: name on top, title and organisation under it, all editable in place. Far from the
 * window (many people) it is a light stand-in with the same text and the name field, so Tab
 * still reaches it; it gets its other controls when it comes near or the name gets focus.
 */
export const ParticipantRow = memo(function ParticipantRow({
  participant: p,
  eager,
}: {
  participant: Participant;
  /** Full from the start, without waiting to be seen (a short list). */
  eager: boolean;
}) {
  const { t } = useTranslation();
  const send = useSend();
  const [focused, setFocused] = useState(false);
  const { near, ref } = useNearViewport<HTMLLIElement>(false);
  const full = eager || near || focused;

  function onBlur(e: FocusEvent<HTMLLIElement>): void {
    if (!e.currentTarget.contains(e.relatedTarget)) setFocused(false);
  }

  const classes = ['participant-row', p.present ? '' : 'is-absent', full ? '' : 'is-light'];
  return (
    <li
      ref={ref}
      className={classes.filter(Boolean).join(' ')}
      data-testid="participant-row"
      data-participant-id={p.id}
      onFocus={() => setFocused(true)}
      onBlur={onBlur}
    >
      <div className="participant-top">
        {/* First in both forms: React keeps the field, and its focus, when the row turns full. */}
        <CommitField
          className="inline-input participant-name"
          value={p.name}
          maxLength={PARTICIPANT_NAME_MAX}
          required
          aria-label={t('participants.name')}
          onCommit={(name) => send({ type: 'participant.update', id: p.id, changes: { name } })}
        />
        {full ? (
          <ParticipantTopControls participant={p} />
        ) : (
          <span className={p.present ? 'presence-text' : 'presence-text is-absent'}>
            {p.present ? t('participants.present') : t('participants.absent')}
          </span>
        )}
      </div>
      {full ? <ParticipantSubFields participant={p} /> : <ParticipantRowSummary participant={p} />}
    </li>
  );
});
