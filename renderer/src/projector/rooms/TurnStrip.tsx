import { nextHolder, turnHolder } from '../../../../shared/model/turnFlow';
import type { Turns } from '../../../../shared/model/turns';
import { useHyphenate } from '../../common/hyphenation/useHyphenate';
import { useTranslation } from '../../i18n/i18n';
import { orgTag, type People } from './people';

/** Whose turn it is and who is next, read from the back of the room. */
export function TurnStrip({ turns, people }: { turns: Turns; people: People }) {
  const { t } = useTranslation();
  const hy = useHyphenate();
  if (turns.mode === 'free') {
    return (
      <div className="pr-turns is-free" data-testid="pr-turns" data-mode="free">
        <p className="pr-turn-state">{t('projectorRooms.developing.free')}</p>
      </div>
    );
  }
  if (turns.ended) {
    return (
      <div className="pr-turns is-ended" data-testid="pr-turns" data-mode="ended">
        <p className="pr-turn-state">{t('projectorRooms.developing.ended')}</p>
      </div>
    );
  }
  const holderId = turnHolder(turns);
  const nextId = nextHolder(turns);
  const holder = holderId ? people.get(holderId) : undefined;
  const next = nextId ? people.get(nextId) : undefined;
  return (
    <div className="pr-turns" data-testid="pr-turns" data-mode="round-robin">
      <div className="pr-turn-now">
        <span className="pr-turn-label">{t('projectorRooms.developing.turn')}</span>
        <span
          className="pr-turn-holder"
          data-testid="pr-turn-holder"
          data-participant-id={holderId}
        >
          {holder?.name ?? '–'}
        </span>
        {orgTag(holder) ? <span className="pr-turn-org">{hy(orgTag(holder))}</span> : null}
      </div>
      <div className="pr-turn-next-box">
        <span className="pr-turn-label">{t('projectorRooms.developing.next')}</span>
        <span className="pr-turn-next" data-testid="pr-turn-next" data-participant-id={nextId}>
          {next?.name ?? '–'}
        </span>
      </div>
    </div>
  );
}
