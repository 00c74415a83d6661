import { nanoid } from 'nanoid';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSend } from '../../common/hostContext';

const EMPTY = { name: '', title: '', organisation: '' };

/** Add one participant; the form clears only once the host has accepted. */
export function ParticipantForm() {
  const { t } = useTranslation();
  const send = useSend();
  const [form, setForm] = useState(EMPTY);

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
        present: true,
      },
    });
    if (ok) {
      setForm(EMPTY);
      if (nameInput instanceof HTMLInputElement) nameInput.focus();
    }
  }

  const field = (key: keyof typeof EMPTY, testId: string, label: string) => (
    <label className={`field field-${key}`}>
      <span className="field-label">{label}</span>
      <input
        name={key}
        data-testid={testId}
        value={form[key]}
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
      <button type="submit" className="button button-primary" data-testid="participant-add">
        {t('participants.add')}
      </button>
    </form>
  );
}
