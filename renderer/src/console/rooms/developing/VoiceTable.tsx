import type { Idea } from '../../../../../shared/model/ideas';
import { nextHolder, turnHolder } from '../../../../../shared/model/turnFlow';
import type { Turns } from '../../../../../shared/model/turns';
import { voiceCounts } from '../../../../../shared/selectors/turnStats';
import { useTranslation } from '../../../i18n/i18n';
import { NO_AUTHOR_COLOUR } from '../logic/colours';
import type { People } from '../common/people';

interface Props {
  turns: Turns;
  ideas: readonly Idea[];
  pointId: string;
  people: People;
  colours: ReadonlyMap<string, string>;
}

/**
 * The speaking order with rounds, ideas and passes per person: who has not been heard yet
 * stands out in words, not colour alone, and the one with the word is marked.
 */
export function VoiceTable({ turns, ideas, pointId, people, colours }: Props) {
  const { t } = useTranslation();
  const rows = voiceCounts(turns, ideas, pointId);
  const inTurn = turns.mode === 'round-robin' && !turns.ended;
  const holder = inTurn ? turnHolder(turns) : null;
  const next = inTurn ? nextHolder(turns) : null;
  return (
    <section className="rw-section rw-voices-section" aria-labelledby="rw-voices-heading">
      <h3 id="rw-voices-heading" className="rw-heading">
        {t('roomsWork.voices.heading')}
      </h3>
      <ol className="rw-voices">
        {rows.map((r) => {
          const person = people.get(r.participantId);
          const unheard = r.rounds === 0;
          const role =
            r.participantId === holder ? 'holder' : r.participantId === next ? 'next' : '';
          return (
            <li
              key={r.participantId}
              className={`rw-voice${unheard ? ' is-unheard' : ''}${role ? ` is-${role}` : ''}`}
              data-testid="rw-voice-row"
              data-participant-id={r.participantId}
              data-rounds={r.rounds}
              data-ideas={r.ideas}
              data-passes={r.passes}
            >
              <span className="rw-voice-name">
                {role === 'holder' ? <span aria-hidden="true">▶ </span> : null}
                {person?.name ?? t('roomsWork.unknown')}
              </span>
              <span
                className="rw-org-tag"
                style={{ background: colours.get(r.participantId) ?? NO_AUTHOR_COLOUR }}
              >
                {person?.organisation || (person ? t(`roomsWork.sectors.${person.sector}`) : '')}
              </span>
              <span className="rw-voice-counts">
                <span>{t('roomsWork.voices.rounds', { n: r.rounds })}</span>
                <span>{t('roomsWork.voices.ideas', { n: r.ideas })}</span>
                <span>{t('roomsWork.voices.passes', { n: r.passes })}</span>
              </span>
              {role ? (
                <span className="visually-hidden">{t(`roomsWork.voices.${role}`)}</span>
              ) : null}
              {unheard ? (
                <span className="rw-unheard">
                  <span aria-hidden="true">◌ </span>
                  {t('roomsWork.voices.notHeard')}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
