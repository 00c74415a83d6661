import { formatClock } from '../../../../shared/i18n/formatDates';
import { currentLanguage, useTranslation } from '../../i18n/i18n';
import type { Programme } from './programmeRows';

/**
 * Live re-timing: how far ahead or behind the group is, when the rest now ends against the
 * plan, and which points would have to shrink to end on time.
 */
export function ProgrammeDelay({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { schedule, rows } = programme;
  const delay = Math.round(schedule.delayMinutes);
  const shrinking = rows.filter((r) => r.shrinkTo !== null);
  const state = delay > 0 ? 'behind' : delay < 0 ? 'ahead' : 'on-time';
  return (
    <div className={`programme-delay is-${state}`} data-testid="programme-delay" data-delay={delay}>
      <p className="programme-delay-main">
        <strong>{t(`time.programme.${state}`, { minutes: Math.abs(delay) })}</strong>
        {' · '}
        {t('time.programme.endsAt', {
          time: formatClock(schedule.projectedEnd, language),
          planned: formatClock(schedule.plannedEnd, language),
        })}
      </p>
      {shrinking.length > 0 ? (
        <p className="programme-delay-shrink" data-testid="programme-shrink">
          {t('time.programme.shrink')}{' '}
          {shrinking
            .map((r) =>
              t('time.programme.shrinkItem', {
                title: r.point.title,
                from: r.point.plannedMinutes,
                to: r.shrinkTo ?? '',
              }),
            )
            .join(' · ')}
        </p>
      ) : null}
    </div>
  );
}
