import { nanoid } from 'nanoid';
import { useState, type FormEvent } from 'react';
import type { Purpose } from '../../../../shared/rooms';
import { DEFAULT_DOTS_PER_PERSON } from '../../../../shared/model/dotVoting';
import { useSend } from '../../common/hostContext';
import { useSettings } from '../../common/useSettings';
import { PURPOSES, isPurpose } from '../../common/purposes';
import { POINT_TITLE_MAX, PRESENTER_MAX } from '../../../../shared/model/textLimits';
import { useTranslation } from '../../i18n/i18n';

interface Draft {
  title: string;
  purpose: Purpose;
  minutes: string;
  presenter: string;
}

/**
 * Add a point at the end; its room plan, length and dots start from the settings' defaults
 * (passed in the commands, so the reducer stays pure).
 */
export function AgendaForm() {
  const { t } = useTranslation();
  const send = useSend();
  const settings = useSettings();
  const [draft, setDraft] = useState<Draft>(() => ({
    title: '',
    purpose: 'orientation',
    minutes: String(settings.defaultPointMinutes),
    presenter: '',
  }));
  // A changed default reaches a field the user has not changed (settings may also arrive late).
  const [shownDefault, setShownDefault] = useState(settings.defaultPointMinutes);
  if (shownDefault !== settings.defaultPointMinutes) {
    setShownDefault(settings.defaultPointMinutes);
    if (draft.minutes === String(shownDefault)) {
      setDraft((d) => ({ ...d, minutes: String(settings.defaultPointMinutes) }));
    }
  }
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  async function submit(e: FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    const title = draft.title.trim();
    const minutes = Number(draft.minutes);
    if (!title || !Number.isInteger(minutes) || minutes < 0) return;
    const titleInput = e.currentTarget.elements.namedItem('title');
    const id = nanoid();
    let ok = await send({
      type: 'agenda.add',
      point: {
        id,
        title,
        purpose: draft.purpose,
        plannedMinutes: minutes,
        presenter: draft.presenter.trim(),
        roomPlan: settings.roomPlans[draft.purpose],
      },
    });
    if (ok && settings.dotsPerPerson !== DEFAULT_DOTS_PER_PERSON) {
      ok = await send({ type: 'point.setDots', id, dotsPerPerson: settings.dotsPerPerson });
    }
    if (ok) {
      // Keep purpose and minutes: points in a row are often alike.
      setDraft((d) => ({ ...d, title: '', presenter: '' }));
      if (titleInput instanceof HTMLInputElement) titleInput.focus();
    }
  }

  return (
    <form className="add-form agenda-form" onSubmit={(e) => void submit(e)}>
      <label className="field field-grow">
        <span className="field-label">{t('agenda.title')}</span>
        <input
          name="title"
          data-testid="point-title"
          required
          value={draft.title}
          maxLength={POINT_TITLE_MAX}
          placeholder={t('agenda.titlePlaceholder')}
          onChange={(e) => set('title', e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field-label">{t('agenda.purpose')}</span>
        <select
          data-testid="point-purpose"
          value={draft.purpose}
          onChange={(e) => {
            if (isPurpose(e.target.value)) set('purpose', e.target.value);
          }}
        >
          {PURPOSES.map((p) => (
            <option key={p} value={p}>
              {t(`purposes.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-narrow">
        <span className="field-label">{t('agenda.minutes')}</span>
        <input
          data-testid="point-minutes"
          type="number"
          min={0}
          max={24 * 60}
          inputMode="numeric"
          required
          value={draft.minutes}
          onChange={(e) => set('minutes', e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field-label">{t('agenda.presenter')}</span>
        <input
          data-testid="point-presenter"
          value={draft.presenter}
          maxLength={PRESENTER_MAX}
          onChange={(e) => set('presenter', e.target.value)}
        />
      </label>
      <button type="submit" className="button button-primary" data-testid="point-add">
        {t('agenda.add')}
      </button>
    </form>
  );
}
