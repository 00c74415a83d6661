import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/model/workshop';
import { CommitField } from '../common/CommitField';
import { useSend } from '../common/hostContext';

type DetailKey = 'title' | 'date' | 'startTime' | 'place' | 'facilitator' | 'secretary';

const FIELDS: { key: DetailKey; label: string; testId: string; type?: string; wide?: boolean }[] = [
  { key: 'title', label: 'workshop.title', testId: 'workshop-title', wide: true },
  { key: 'date', label: 'workshop.date', testId: 'workshop-date', type: 'date' },
  { key: 'startTime', label: 'workshop.time', testId: 'workshop-time', type: 'time' },
  { key: 'place', label: 'workshop.place', testId: 'workshop-place', wide: true },
  { key: 'facilitator', label: 'workshop.facilitator', testId: 'workshop-facilitator' },
  { key: 'secretary', label: 'workshop.secretary', testId: 'workshop-secretary' },
];

/** Title, date, time, place and roles: the head of the minutes. */
export function WorkshopDetails({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const send = useSend();
  const id = useId();
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('workshop.heading')}</h2>
      <div className="field-grid">
        {FIELDS.map((f) => (
          <label key={f.key} className={f.wide ? 'field field-wide' : 'field'}>
            <span className="field-label">{t(f.label)}</span>
            <CommitField
              data-testid={f.testId}
              type={f.type ?? 'text'}
              value={workshop[f.key]}
              placeholder={f.key === 'title' ? t('workshop.titlePlaceholder') : undefined}
              onCommit={(value) => send({ type: 'workshop.update', [f.key]: value })}
            />
          </label>
        ))}
      </div>
    </section>
  );
}
