import { useTranslation } from 'react-i18next';
import { IDEA_KILLERS } from '../../../../shared/ideaKillers/catalogue';
import type { KillerFlag } from '../../../../shared/model/contributions';
import { currentLanguage } from '../../i18n/i18n';
import type { People } from './people';
import { useNewKillerFlag } from './useNewKillerFlag';

/** The referee's yellow card: an idea killer was said. Playful, brief, never blaming in red. */
export function YellowCard({ flags, people }: { flags: readonly KillerFlag[]; people: People }) {
  const { t } = useTranslation();
  const flag = useNewKillerFlag(flags);
  if (!flag) return null;
  const killer = IDEA_KILLERS.find((k) => k.id === flag.killerId);
  const phrase = killer ? killer[currentLanguage()] : '';
  const who = flag.participantId ? people.get(flag.participantId)?.name : undefined;
  return (
    <div className="pr-yellow-backdrop">
      <div
        className="pr-yellow-card"
        role="status"
        data-testid="pr-yellow-card"
        data-killer-id={flag.killerId}
        key={flag.id}
      >
        <p className="pr-yellow-kicker">
          {t('projectorRooms.killer.card')}
          <span className="pr-yellow-number">
            {t('projectorRooms.killer.number', { n: flag.killerId, count: IDEA_KILLERS.length })}
          </span>
        </p>
        <p className="pr-yellow-phrase">{t('projectorRooms.killer.quoted', { phrase })}</p>
        {who ? (
          <p className="pr-yellow-who">{t('projectorRooms.killer.saidBy', { name: who })}</p>
        ) : null}
        <p className="pr-yellow-hint">{t('projectorRooms.killer.hint')}</p>
      </div>
    </div>
  );
}
