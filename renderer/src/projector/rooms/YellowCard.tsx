import { IDEA_KILLERS } from '../../../../shared/ideaKillers/catalogue';
import type { KillerFlag } from '../../../../shared/model/contributions';
import { currentLanguage, useTranslation } from '../../i18n/i18n';
import { killerPhrase } from './killerPhrase';
import type { People } from './people';
import { useNewKillerFlag } from './useNewKillerFlag';

/** The referee's yellow card: an idea killer was said. Playful, brief, never blaming in red. */
export function YellowCard({
  flags,
  people,
  settings,
}: {
  flags: readonly KillerFlag[];
  people: People;
  settings: object | null;
}) {
  const { t } = useTranslation();
  const flag = useNewKillerFlag(flags);
  if (!flag) return null;
  const phrase = killerPhrase(flag.killerId, currentLanguage(), settings);
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
            {flag.killerId <= IDEA_KILLERS.length
              ? t('projectorRooms.killer.number', { n: flag.killerId, count: IDEA_KILLERS.length })
              : t('projectorRooms.killer.own')}
          </span>
        </p>
        {phrase ? (
          <p className="pr-yellow-phrase">{t('projectorRooms.killer.quoted', { phrase })}</p>
        ) : null}
        {who ? (
          <p className="pr-yellow-who">{t('projectorRooms.killer.saidBy', { name: who })}</p>
        ) : null}
        <p className="pr-yellow-hint">{t('projectorRooms.killer.hint')}</p>
      </div>
    </div>
  );
}
