import { useMemo, useRef } from 'react';
import type { Action } from '../../../../shared/model/actions';
import type { AgendaPoint, Workshop } from '../../../../shared/model/workshop';
import { formatShortDay } from '../../../../shared/i18n/formatDates';
import { actionGaps } from '../../../../shared/selectors/actionGaps';
import { currentLanguage, useTranslation } from '../../i18n/i18n';
import { useHyphenate } from '../../common/hyphenation/useHyphenate';
import { range } from '../paging/fitPanel';
import { PageBar } from '../paging/PageBar';
import { LAYERS } from '../paging/projectorPaging';
import { pagesOf, usePanelFit, useShowPage } from '../paging/usePanelFit';
import { useProjectorPage } from '../paging/useProjectorPage';
import { ActionOwners } from './ActionOwners';
import { ColumnHeads } from './ColumnHeads';
import { Icon } from './icons';
import type { People } from './people';

interface Props {
  point: AgendaPoint;
  workshop: Workshop;
  people: People;
}

function formatDay(date: string): string {
  return formatShortDay(date, currentLanguage());
}

/**
 * Who does what by when, large; an action without a who or a when is marked, in words. Long
 * texts wrap (the columns keep their share of the width); rows that do not fit at the type
 * floor go on further pages, never out of sight.
 */
export function ActingContent({ point, workshop, people }: Props) {
  const { t } = useTranslation();
  const hy = useHyphenate();
  const table = useRef<HTMLDivElement>(null);
  const actions = useMemo(
    () => workshop.actions.filter((a) => a.pointId === point.id),
    [workshop.actions, point.id],
  );
  const keys = useMemo(() => actions.map((a) => a.id), [actions]);
  const fit = usePanelFit(table, keys, () => range(4.4), [actions, people, hy]);
  const { page, pages } = useProjectorPage(`room:${point.id}:acting`, pagesOf(fit), {
    layer: LAYERS.view,
    start: 'first',
  });
  useShowPage(table, fit, page);

  const nameOf = (id: string) => people.get(id)?.name;
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
      <h2 className="pr-label">{t('projectorRooms.acting.heading', { count: actions.length })}</h2>
      <div className="pr-table-box" ref={table}>
        <table className="pr-actions">
          <ColumnHeads
            labels={(['what', 'who', 'when', 'trial'] as const).map((c) =>
              t(`projectorRooms.acting.${c}`),
            )}
          />
          <tbody>
            {actions.map((a) => {
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
                  data-pr-item={`action:${a.id}`}
                  data-gaps={gapList}
                >
                  <td className="pr-action-what">{hy(a.what)}</td>
                  <td>
                    {gaps.noOwner ? (
                      missing(t('projectorRooms.acting.missingWho'))
                    ) : (
                      <ActionOwners action={a} nameOf={nameOf} />
                    )}
                  </td>
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
      <PageBar page={page} pages={pages} />
    </div>
  );
}
