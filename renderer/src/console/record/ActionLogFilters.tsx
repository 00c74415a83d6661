import { useId } from 'react';
import type { ActionRow } from '../../../../shared/exporters/actionRows';
import { pointNumbers } from '../../../../shared/exporters/actionRows';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/model/actionStatus';
import type { Workshop } from '../../../../shared/model/workshop';
import { pickerChoices } from '../../common/pickerPeople';
import { useTranslation, type PageStrings } from '../../i18n/i18n';
import {
  ANY,
  NO_FILTER,
  NOBODY,
  organisationsOf,
  type ActionLogFilter,
  type DueFilter,
  type TrialFilter,
} from './actionLogFilter';

const DUE_FILTERS: readonly Exclude<DueFilter, ''>[] = [
  'overdue',
  'no-date',
  'next-meeting',
  'dated',
];
const TRIAL_FILTERS: readonly Exclude<TrialFilter, ''>[] = ['trial', 'not-trial'];

/** The log's filters: who, organisation, status, agenda point, trial actions, when, warnings. */
export function ActionLogFilters({
  workshop,
  rows,
  filter,
  onChange,
}: {
  workshop: Workshop;
  rows: readonly ActionRow[];
  filter: ActionLogFilter;
  onChange: (filter: ActionLogFilter) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = (changes: Partial<ActionLogFilter>) => onChange({ ...filter, ...changes });
  const numbers = pointNumbers(workshop.agenda);
  const toggleStatus = (status: ActionStatus, on: boolean) =>
    set({
      statuses: on ? [...filter.statuses, status] : filter.statuses.filter((s) => s !== status),
    });
  const changed = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);

  const select = (
    name: Exclude<keyof PageStrings['record']['filters'], 'dueValues' | 'trialValues'>,
    value: string,
    onSelect: (value: string) => void,
    options: { value: string; label: string }[],
  ) => (
    <span className="record-filter">
      <label htmlFor={`${id}-${name}`}>{t(`record.filters.${name}`)}</label>
      <select
        id={`${id}-${name}`}
        data-testid={`action-log-filter-${name}`}
        value={value}
        onChange={(e) => onSelect(e.target.value)}
      >
        <option value={ANY}>{t('record.filters.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );

  return (
    <div className="record-filters" role="group" aria-label={t('record.filters.label')}>
      {select('who', filter.who, (who) => set({ who }), [
        ...pickerChoices(workshop.participants, t('participants.absentMark'), {
          organisation: false,
        }).map((c) => ({ value: c.id, label: c.label })),
        { value: NOBODY, label: t('record.filters.nobody') },
      ])}
      {select(
        'organisation',
        filter.organisation,
        (organisation) => set({ organisation }),
        organisationsOf(rows).map((o) => ({ value: o, label: o })),
      )}
      {select(
        'point',
        filter.pointId,
        (pointId) => set({ pointId }),
        workshop.agenda.flatMap((p) => {
          const n = numbers.get(p.id);
          return n === undefined ? [] : [{ value: p.id, label: `${n}. ${p.title}` }];
        }),
      )}
      {select(
        'due',
        filter.due,
        (due) => set({ due: due as DueFilter }),
        DUE_FILTERS.map((d) => ({ value: d, label: t(`record.filters.dueValues.${d}`) })),
      )}
      {select(
        'trial',
        filter.trial,
        (trial) => set({ trial: trial as TrialFilter }),
        TRIAL_FILTERS.map((v) => ({ value: v, label: t(`record.filters.trialValues.${v}`) })),
      )}
      <fieldset className="record-filter record-statuses">
        <legend>{t('record.filters.status')}</legend>
        {ACTION_STATUSES.map((status) => (
          <label key={status} className="record-check">
            <input
              type="checkbox"
              data-testid={`action-log-filter-status-${status}`}
              checked={filter.statuses.includes(status)}
              onChange={(e) => toggleStatus(status, e.target.checked)}
            />
            {t(`record.status.${status}`)}
          </label>
        ))}
      </fieldset>
      <label className="record-check record-warnings-only">
        <input
          type="checkbox"
          data-testid="action-log-filter-warnings"
          checked={filter.warningsOnly}
          onChange={(e) => set({ warningsOnly: e.target.checked })}
        />
        <span aria-hidden="true">⚠ </span>
        {t('record.filters.warningsOnly')}
      </label>
      {changed ? (
        <button
          type="button"
          className="button button-quiet button-small"
          data-testid="action-log-filter-clear"
          onClick={() => onChange(NO_FILTER)}
        >
          {t('record.filters.clear')}
        </button>
      ) : null}
    </div>
  );
}
