import { useTranslation } from 'react-i18next';
import { formatClock } from '../../common/formatting';
import { currentLanguage } from '../../i18n/i18n';
import type { ProgrammeRow } from './programmeRows';

/** "9.00–9.10 Velkomst · Mickael", and once under way what really happened or will now. */
interface Props {
  row: ProgrammeRow;
  index: number;
  started: boolean;
  /** Without the workshop's start time there are lengths but no clock times. */
  hasStart: boolean;
}

export function ProgrammeRowView({ row, index, started, hasStart }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { point, at, time } = row;
  const clock = (m: number) => formatClock(m, language);
  const planned = hasStart
    ? `${clock(at.plannedStart)}–${clock(at.plannedEnd)}`
    : t('agenda.number', { n: index + 1 });
  const moved =
    Math.round(at.projectedStart) !== at.plannedStart ||
    Math.round(at.projectedEnd) !== at.plannedEnd;
  const actual = `${clock(at.projectedStart)}–${clock(at.projectedEnd)}`;
  const over = Math.round(time.overMinutes);
  let live: string | null = null;
  if (point.status === 'done' && hasStart) {
    live = t('time.programme.actual', { time: actual, minutes: Math.round(time.actualMinutes) });
  } else if (point.status === 'active' && hasStart) {
    live = t('time.programme.running', { time: actual });
  } else if (started && moved && hasStart) {
    live = t('time.programme.projected', { time: actual });
  }
  return (
    <li
      className={`programme-row is-${point.kind} is-${point.status}`}
      data-testid="programme-row"
      data-point-id={point.id}
      data-kind={point.kind}
      data-status={point.status}
    >
      <span className="programme-row-time">{planned}</span>
      <span className="programme-row-title">
        {point.kind === 'break' ? (
          <span className="programme-break-tag">{t('time.programme.breakTag')}</span>
        ) : null}
        {point.title}
        {point.presenter ? (
          <span className="programme-row-presenter"> · {point.presenter}</span>
        ) : null}
      </span>
      <span className="programme-row-minutes">
        {t('time.programme.minutes', { minutes: point.plannedMinutes })}
      </span>
      {live ? (
        <span className="programme-row-live">
          {live}
          {point.status === 'done' && over !== 0 ? (
            <span className={over > 0 ? 'is-over' : 'is-under'}>
              {' '}
              (
              {t(over > 0 ? 'time.programme.over' : 'time.programme.under', {
                minutes: Math.abs(over),
              })}
              )
            </span>
          ) : null}
        </span>
      ) : null}
      {row.shrinkTo !== null ? (
        <span className="programme-row-shrink">
          {t('time.programme.shrinkTo', { minutes: row.shrinkTo })}
        </span>
      ) : null}
    </li>
  );
}
