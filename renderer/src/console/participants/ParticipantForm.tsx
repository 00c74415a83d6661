import { nanoid } from 'nanoid';
import { useState, type FormEvent } from 'react';
import type { Sector } from '../../../../shared/model/sectors';
import {
  ORGANISATION_MAX,
  PARTICIPANT_NAME_MAX,
  PARTICIPANT_TITLE_MAX,
} from '../../../../shared/model/textLimits';
import { useSend } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';
import { SectorSelect } from './SectorSelect';

const EMPTY = { name: '', title: '', organisation: '' };
type TextKey = keyof typeof EMPTY;
const MAX_LENGTH: Record<TextKey, number> = {
  name: PARTICIPANT_NAME_MAX,
  title: PARTICIPANT_TITLE_MAX,
  organisation: ORGANISATION_MAX,
};

/** Add one participant; the form clears only once the host has accepted. */
export function ParticipantForm() {
  const { t } = useTranslation();
  const send = useSend();
  const [form, setForm] = useState(EMPTY);
  const [sector, setSector] = useState<Sector>('other');

  async function submit(e: FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    const name = form.name.trim();
    if (!name) return;
    const nameInput = e.currentTarget.elements.namedItem('name');
    const ok = await send({
      type: 'participant.add',
      participant: {
        id: nanoid(),
        name,
        title: form.title.trim(),
        organisation: form.organisation.trim(),
        sector,
        present: true,
      },
    });
    if (ok) {
      setForm(EMPTY);
      setSector('other');
      if (nameInput instanceof HTMLInputElement) nameInput.focus();
    }
  }

  const field = (key: TextKey, testId: string, label: string) => (
    <label className={`field field-${key}`}>
      <span className="field-label">{label}</span>
      <input
        name={key}
        data-testid={testId}
        value={form[key]}
        maxLength={MAX_LENGTH[key]}
        required={key === 'name'}
        onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
      />
    </label>
  );

  return (
    <form className="add-form participant-form" onSubmit={(e) => void submit(e)}>
      {field('name', 'participant-name', t('participants.name'))}
      {field('title', 'participant-title', t('participants.title'))}
      {field('organisation', 'participant-organisation', t('participants.organisation'))}
      <label className="field field-sector">
        <span className="field-label">{t('participants.sector')}</span>
        <SectorSelect
          value={sector}
          onChange={setSector}
          testId="participant-sector"
          label={t('participants.sector')}
        />
      </label>
      <button type="submit" className="button button-primary" data-testid="participant-add">
        {t('participants.add')}
      </button>
    </form>
  );
}
