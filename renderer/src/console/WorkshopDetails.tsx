import { memo, useId } from 'react';
import {
  WORKSHOP_PLACE_MAX,
  WORKSHOP_ROLE_MAX,
  WORKSHOP_TITLE_MAX,
} from '../../../shared/model/textLimits';
import { CommitField } from '../common/CommitField';
import { formatDate } from '../../../shared/i18n/formatDates';
import { useSend } from '../common/hostContext';
import { normaliseTimeOfDay } from '../common/timeOfDay';
import { currentLanguage, useTranslation, type TranslationKey } from '../i18n/i18n';
import { CheckedField } from './time/CheckedField';
import { sameSlice, type WorkshopSlice } from './workshopSlice';

type DetailKey = 'title' | 'place' | 'facilitator' | 'secretary';
const MAX_LENGTH: Record<DetailKey, number> = {
  title: WORKSHOP_TITLE_MAX,
  place: WORKSHOP_PLACE_MAX,
  facilitator: WORKSHOP_ROLE_MAX,
  secretary: WORKSHOP_ROLE_MAX,
};

const KEYS = ['title', 'date', 'startTime', 'place', 'facilitator', 'secretary'] as const;

/** Title, date, time, place and roles: the head of the minutes. */
export const WorkshopDetails = memo(function WorkshopDetails({
  workshop,
}: {
  workshop: WorkshopSlice<(typeof KEYS)[number]>;
}) {
  const { t } = useTranslation();
  const send = useSend();
  const id = useId();
  const longDate = formatDate(workshop.date, currentLanguage(), false);

  const text = (key: DetailKey, label: TranslationKey, testId: string, wide = false) => (
    <label className={wide ? 'field field-wide' : 'field'}>
      <span className="field-label">{t(label)}</span>
      <CommitField
        data-testid={testId}
        value={workshop[key]}
        maxLength={MAX_LENGTH[key]}
        placeholder={key === 'title' ? t('workshop.titlePlaceholder') : undefined}
        onCommit={(value) => send({ type: 'workshop.update', [key]: value })}
      />
    </label>
  );

  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('workshop.heading')}</h2>
      <div className="field-grid">
        {text('title', 'workshop.title', 'workshop-title', true)}
        <label className="field">
          <span className="field-label">{t('workshop.date')}</span>
          <CommitField
            data-testid="workshop-date"
            type="date"
            value={workshop.date}
            aria-describedby={longDate ? `${id}-date` : undefined}
            onCommit={(date) => send({ type: 'workshop.update', date })}
          />
          {longDate ? (
            <span className="field-hint" id={`${id}-date`}>
              {longDate}
            </span>
          ) : null}
        </label>
        <label className="field">
          <span className="field-label">{t('workshop.time')}</span>
          {/* Text, not type=time: the native field shows AM/PM on an English system. */}
          <CheckedField
            data-testid="workshop-time"
            errorTestId="workshop-time-error"
            value={workshop.startTime}
            inputMode="numeric"
            placeholder={t('workshop.timePlaceholder')}
            aria-describedby={`${id}-time`}
            parse={(input) => normaliseTimeOfDay(input) ?? undefined}
            invalidText={(input) => t('workshop.timeInvalid', { text: input })}
            onValue={(startTime) =>
              startTime === workshop.startTime
                ? Promise.resolve(false)
                : send({ type: 'workshop.update', startTime })
            }
          />
          <span className="field-hint" id={`${id}-time`}>
            {t('workshop.timeHint')}
          </span>
        </label>
        {text('place', 'workshop.place', 'workshop-place', true)}
        {text('facilitator', 'workshop.facilitator', 'workshop-facilitator')}
        {text('secretary', 'workshop.secretary', 'workshop-secretary')}
      </div>
    </section>
  );
}, sameSlice(KEYS));
