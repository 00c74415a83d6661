import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../../shared/model/actions';
import type { AgendaPoint, Workshop } from '../../../../shared/model/workshop';
import { actionGaps } from '../../../../shared/selectors/actionGaps';
import { currentLanguage, localeFor } from '../../i18n/i18n';
import { fitFontSize, hideUntilFits, overflows, vh } from './fit';
import { Icon } from './icons';
import type { People } from './people';
import { useFit } from './useFit';

/** More rows than a screen holds, so 500 actions never slow the projector. */
const MAX_ROWS = 30;

interface Props {
  point: AgendaPoint;
  workshop: Workshop;
  people: People;
}

function formatDay(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Intl.DateTimeFormat(localeFor(currentLanguage()), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(d);
}

/** Who does what by when, large; an action without a who or a when is marked, in words. */
export function ActingContent({ point, workshop, people }: Props) {
  const { t } = useTranslation();
  const table = useRef<HTMLDivElement>(null);
  const actions = useMemo(
    () => workshop.actions.filter((a) => a.pointId === point.id),
    [workshop.actions, point.id],
  );

  const cut = Math.max(0, actions.length - MAX_ROWS);
  const hidden = useFit(
    () => {
      const box = table.current;
      if (!box) return 0;
      const fits = () => !overflows(box);
      const rows = [...box.querySelectorAll<HTMLElement>('[data-testid="pr-action-row"]')];
      for (const r of rows) r.hidden = false;
      fitFontSize(box, vh(3), vh(4.4), fits);
      return hideUntilFits(rows, fits, 'end');
    },
    [actions, people],
    0,
  );

  const who = (a: Action) =>
    [...a.ownerIds.map((id) => people.get(id)?.name ?? ''), a.ownerOrganisation]
      .filter(Boolean)
      .join(', ');
  const when = (a: Action) =>
    a.due === null
      ? ''
      : a.due.kind === 'next-meeting'
        ? t('projectorRooms.acting.nextMeeting')
        : formatDay(a.due.date);
  const missing = (text: string) => (
    <span className="pr-gap">
      <Icon name="warning" />
      {text}
    </span>
  );

  return (
    <div className="pr-acting">
      <h2 className="pr-label">
        {t('projectorRooms.acting.heading', { count: actions.length })}
        {hidden + cut > 0 ? (
          <span className="pr-note">{t('projectorRooms.more', { count: hidden + cut })}</span>
        ) : null}
      </h2>
      <div className="pr-table-box" ref={table}>
        <table className="pr-actions">
          <thead>
            <tr>
              <th scope="col">{t('projectorRooms.acting.what')}</th>
              <th scope="col">{t('projectorRooms.acting.who')}</th>
              <th scope="col">{t('projectorRooms.acting.when')}</th>
              <th scope="col">{t('projectorRooms.acting.trial')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.slice(0, MAX_ROWS).map((a) => {
              const gaps = actionGaps(a, '');
              const gapList = [gaps.noOwner ? 'who' : '', gaps.noDue ? 'when' : '']
                .filter(Boolean)
                .join(' ');
              return (
                <tr
                  key={a.id}
                  className={`pr-action${gapList ? ' has-gaps' : ''}`}
                  data-testid="pr-action-row"
                  data-action-id={a.id}
                  data-gaps={gapList}
                >
                  <td className="pr-action-what">{a.what}</td>
                  <td>{gaps.noOwner ? missing(t('projectorRooms.acting.missingWho')) : who(a)}</td>
                  <td>{gaps.noDue ? missing(t('projectorRooms.acting.missingWhen')) : when(a)}</td>
                  <td className="pr-action-trial">
                    {a.trial ? (
                      <span className="pr-trial">
                        <Icon name="flask" />
                        {a.evaluationDate
                          ? t('projectorRooms.acting.evaluate', {
                              date: formatDay(a.evaluationDate),
                            })
                          : t('projectorRooms.acting.yes')}
                      </span>
                    ) : (
                      <span className="pr-no">{t('projectorRooms.acting.no')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
