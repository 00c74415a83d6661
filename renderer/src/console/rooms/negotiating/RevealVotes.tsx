import type { AgendaPoint } from '../../../../../shared/model/workshop';
import { useSend } from '../../../common/hostContext';
import { useTranslation } from '../../../i18n/i18n';

/**
 * Phones see the dot counts only once the facilitator reveals them, so no one votes with the
 * crowd; the button hides them again too.
 */
export function RevealVotes({ point }: { point: AgendaPoint }) {
  const { t } = useTranslation();
  const send = useSend();
  const revealed = point.votesRevealed;
  return (
    <button
      type="button"
      className={revealed ? 'button' : 'button button-primary'}
      data-testid="rw-dots-reveal"
      aria-pressed={revealed}
      onClick={() => void send({ type: 'dots.reveal', pointId: point.id, revealed: !revealed })}
    >
      {revealed ? t('join.votes.hide') : t('join.votes.reveal')}
    </button>
  );
}
