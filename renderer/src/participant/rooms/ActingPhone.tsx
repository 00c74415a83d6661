import { useState } from 'react';
import { usePhoneText } from '../i18n/phoneI18n';
import { formatDate } from '../../../../shared/i18n/formatDates';
import { useHyphenateIn } from '../../common/hyphenation/useHyphenateIn';
import type { PhonePoint } from './phonePoint';

/** The acting room: who does what and when, with the participant's own actions one tap away. */
export function ActingPhone({ point }: { point: PhonePoint }) {
  const { t, language } = usePhoneText();
  const hy = useHyphenateIn(language);
  const [onlyMine, setOnlyMine] = useState(false);
  const mineCount = point.actions.filter((a) => a.mine).length;
  const shown = onlyMine ? point.actions.filter((a) => a.mine) : point.actions;
  return (
    <>
      <div className="phone-tabs" role="group" aria-label={t('actions.show')}>
        <button
          type="button"
          className="phone-tab"
          data-testid="phone-actions-all"
          aria-pressed={!onlyMine}
          onClick={() => setOnlyMine(false)}
        >
          {t('actions.all', { count: point.actions.length })}
        </button>
        <button
          type="button"
          className="phone-tab"
          data-testid="phone-actions-mine"
          aria-pressed={onlyMine}
          onClick={() => setOnlyMine(true)}
        >
          {t('actions.mine', { count: mineCount })}
        </button>
      </div>
      {shown.length === 0 ? (
        <p className="phone-quiet" data-testid="phone-actions-empty">
          {onlyMine ? t('actions.noneMine') : t('actions.none')}
        </p>
      ) : (
        <ul className="phone-list" data-testid="phone-actions">
          {shown.map((a) => (
            <li
              key={a.id}
              className={`phone-action${a.mine ? ' is-mine' : ''}`}
              data-testid="phone-action"
              data-mine={a.mine}
            >
              <span className="phone-action-what">{hy(a.what)}</span>
              <span className="phone-action-meta">
                {a.who ? <span>{t('actions.who', { who: a.who })}</span> : null}
                {a.due ? (
                  <span>
                    {t('actions.due', {
                      due:
                        a.due === 'next-meeting'
                          ? t('actions.nextMeeting')
                          : /^\d{4}-\d{2}-\d{2}$/.test(a.due)
                            ? formatDate(a.due, language, false)
                            : a.due,
                    })}
                  </span>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
