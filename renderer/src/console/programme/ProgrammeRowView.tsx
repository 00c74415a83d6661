import { formatClock } from '../../../../shared/i18n/formatDates';
import { useNearViewport } from '../../common/useNearViewport';
import { currentLanguage, useTranslation } from '../../i18n/i18n';
import type { ProgrammeRow } from './programmeRows';

/** "9.00–9.10 Velkomst · Mickael", and once under way what really happened or will now. */
interface Props {
  row: ProgrammeRow;
  index: number;
  started: boolean;
  /** Without the workshop's start time there are lengths but no clock times. */
  hasStart: boolean;
  /** Full from the start, without waiting to be seen (a short programme). */
  eager: boolean;
  /** Being printed: every row in full, wherever it is. */
  printing: boolean;
}

/**
 * One row of the programme. Far from the window (a long programme) it is one element with the
 * same text, and gets its parts when it comes near or is printed.
 */
export function ProgrammeRowView({ row, index, started, hasStart, eager, printing }: Props) {
  const { t } = useTranslation();
  const { near, ref } = useNearViewport<HTMLLIElement>(false);
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
  const overText =
    point.status === 'done' && over !== 0
      ? t(over > 0 ? 'time.programme.over' : 'time.programme.under', { minutes: Math.abs(over) })
      : null;
  const breakTag = point.kind === 'break' ? t('time.programme.breakTag') : null;
  const presenter = point.presenter ? ` · ${point.presenter}` : '';
  const minutes = t('time.programme.minutes', { minutes: point.plannedMinutes });
  const shrink =
    row.shrinkTo !== null ? t('time.programme.shrinkTo', { minutes: row.shrinkTo }) : null;
  const attributes = {
    ref,
    'data-testid': 'programme-row',
    'data-point-id': point.id,
    'data-kind': point.kind,
    'data-status': point.status,
  };

  if (!eager && !near && !printing) {
    const parts = [
      planned,
      breakTag,
      `${point.title}${presenter}`,
      minutes,
      live && overText ? `${live} (${overText})` : live,
      shrink,
    ];
    return (
      <li className={`programme-row is-light is-${point.kind} is-${point.status}`} {...attributes}>
        {parts.filter(Boolean).join(' ')}
      </li>
    );
  }
  return (
    <li className={`programme-row is-${point.kind} is-${point.status}`} {...attributes}>
      <span className="programme-row-time">{planned}</span>
      <span className="programme-row-title">
        {breakTag ? <span className="programme-break-tag">{breakTag}</span> : null}
        {point.title}
        {presenter ? <span className="programme-row-presenter">{presenter}</span> : null}
      </span>
      <span className="programme-row-minutes">{minutes}</span>
      {live ? (
        <span className="programme-row-live">
          {live}
          {overText ? (
            <span className={over > 0 ? 'is-over' : 'is-under'}> ({overText})</span>
          ) : null}
        </span>
      ) : null}
      {shrink ? <span className="programme-row-shrink">{shrink}</span> : null}
    </li>
  );
}
