import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../common/formatting';
import { useHyphenate } from '../../common/hyphenation/useHyphenate';
import { currentLanguage } from '../../i18n/i18n';
import type { PhonePoint } from './phonePoint';

/** The acting room: who does what and when, with the participant's own actions one tap away. */
export function ActingPhone({ point }: { point: PhonePoint }) {
  const { t } = useTranslation();
  const hy = useHyphenate();
  const [onlyMine, setOnlyMine] = useState(false);
  const mineCount = point.actions.filter((a) => a.mine).length;
  const shown = onlyMine ? point.actions.filter((a) => a.mine) : point.actions;
  return (
    <>
      <div className="phone-tabs" role="group" aria-label={t('phone.actions.show')}>
        <button
          type="button"
          className="phone-tab"
          data-testid="phone-actions-all"
          aria-pressed={!onlyMine}
          onClick={() => setOnlyMine(false)}
        >
          {t('phone.actions.all', { count: point.actions.length })}
        </button>
        <button
          type="button"
          className="phone-tab"
          data-testid="phone-actions-mine"
          aria-pressed={onlyMine}
          onClick={() => setOnlyMine(true)}
        >
          {t('phone.actions.mine', { count: mineCount })}
        </button>
      </div>
      {shown.length === 0 ? (
        <p className="phone-quiet" data-testid="phone-actions-empty">
          {onlyMine ? t('phone.actions.noneMine') : t('phone.actions.none')}
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
                {a.who ? <span>{t('phone.actions.who', { who: a.who })}</span> : null}
                {a.due ? (
                  <span>
                    {t('phone.actions.due', {
                      due:
                        a.due === 'next-meeting'
                          ? t('phone.actions.nextMeeting')
                          : /^\d{4}-\d{2}-\d{2}$/.test(a.due)
                            ? formatDate(a.due, currentLanguage(), false)
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
