import { useMemo, useState } from 'react';
import { actionRows } from '../../../../shared/exporters/actionRows';
import { exportStrings } from '../../../../shared/i18n/exportStrings';
import type { Workshop } from '../../../../shared/model/workshop';
import { useTranslation, type PageStrings } from '../../i18n/i18n';
import { useLang } from '../rooms/common/lang';
import { usePeople } from '../rooms/common/people';
import { localToday } from '../rooms/logic/actionDraft';
import { Modal } from '../settings/Modal';
import {
  actionLog,
  NO_FILTER,
  summarise,
  type ActionLogFilter,
  type ActionLogSort,
  type SortKey,
} from './actionLogFilter';
import { ActionLogFilters } from './ActionLogFilters';
import { ActionLogRow } from './ActionLogRow';

/** Rows drawn at first: a log of thousands is drawn a page at a time. */
const PAGE = 100;

const COLUMNS: readonly { key: keyof PageStrings['record']['columns']; sort: SortKey | null }[] = [
  { key: 'what', sort: 'what' },
  { key: 'warnings', sort: null },
  { key: 'who', sort: 'who' },
  { key: 'organisation', sort: 'organisation' },
  { key: 'due', sort: 'due' },
  { key: 'status', sort: 'status' },
  { key: 'point', sort: 'point' },
  { key: 'trial', sort: null },
  { key: 'followUp', sort: null },
];

/** Every action of the workshop in one list: sorted, filtered and edited in place. */
export function ActionLog({ workshop, onClose }: { workshop: Workshop; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const today = localToday();
  const people = usePeople(workshop.participants);
  const rows = useMemo(
    () => actionRows(workshop, exportStrings(lang), lang, today),
    [workshop, lang, today],
  );
  const actions = useMemo(() => new Map(workshop.actions.map((a) => [a.id, a])), [workshop]);
  const owners = useMemo(
    () => new Map(workshop.actions.map((a) => [a.id, a.ownerIds])),
    [workshop],
  );
  const [filter, setFilter] = useState<ActionLogFilter>(NO_FILTER);
  const [sort, setSort] = useState<ActionLogSort>({ key: 'due', descending: false });
  const [limit, setLimit] = useState(PAGE);
  const shown = useMemo(() => actionLog(rows, filter, sort, owners), [rows, filter, sort, owners]);
  const summary = summarise(rows);

  const sortBy = (key: SortKey) =>
    setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }));

  return (
    <Modal
      title={t('record.log.title')}
      onClose={onClose}
      closeLabel={t('record.close')}
      testId="action-log"
      wide
    >
      <p className="record-summary" data-testid="action-log-summary">
        {t('record.log.summary', { count: summary.total })}
        {summary.noOwner > 0 ? (
          <span className="record-warning">
            <span aria-hidden="true">⚠ </span>
            {t('record.log.summaryNoOwner', { count: summary.noOwner })}
          </span>
        ) : null}
        {summary.noDue > 0 ? (
          <span className="record-warning">
            <span aria-hidden="true">⚠ </span>
            {t('record.log.summaryNoDue', { count: summary.noDue })}
          </span>
        ) : null}
        {summary.overdue > 0 ? (
          <span className="record-warning">
            <span aria-hidden="true">⚠ </span>
            {t('record.log.summaryOverdue', { count: summary.overdue })}
          </span>
        ) : null}
      </p>
      <ActionLogFilters
        workshop={workshop}
        rows={rows}
        filter={filter}
        onChange={(f) => {
          setFilter(f);
          setLimit(PAGE);
        }}
      />
      <p className="record-count" role="status" data-testid="action-log-count">
        {t('record.log.shown', { shown: shown.length, total: rows.length })}
      </p>
      {shown.length === 0 ? (
        <p className="record-empty">
          {rows.length === 0 ? t('record.log.empty') : t('record.log.noneMatch')}
        </p>
      ) : (
        <div className="action-log-scroll">
          <table className="action-log" data-testid="action-log-table">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={
                      c.sort !== null && sort.key === c.sort
                        ? sort.descending
                          ? 'descending'
                          : 'ascending'
                        : undefined
                    }
                  >
                    {c.sort === null ? (
                      t(`record.columns.${c.key}`)
                    ) : (
                      <button
                        type="button"
                        className="action-log-sort"
                        data-testid={`action-log-sort-${c.sort}`}
                        onClick={() => sortBy(c.sort as SortKey)}
                      >
                        {t(`record.columns.${c.key}`)}
                        <span aria-hidden="true">
                          {sort.key === c.sort ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}
                        </span>
                      </button>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, limit).map((row) => {
                const action = actions.get(row.id);
                return action ? (
                  <ActionLogRow
                    key={row.id}
                    action={action}
                    row={row}
                    participants={workshop.participants}
                    people={people}
                  />
                ) : null;
              })}
            </tbody>
          </table>
        </div>
      )}
      {shown.length > limit ? (
        <button
          type="button"
          className="button"
          data-testid="action-log-more"
          onClick={() => setLimit((l) => l + PAGE * 5)}
        >
          {t('record.log.more', { count: shown.length - limit })}
        </button>
      ) : null}
    </Modal>
  );
}
