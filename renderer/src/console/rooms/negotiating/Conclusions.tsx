import { nanoid } from 'nanoid';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaPoint } from '../../../../../shared/model/workshop';
import { CommitField } from '../../../common/CommitField';
import { useSend } from '../../../common/hostContext';

/** The point's conclusion (Konklusion): a short list of decisions. */
export function Conclusions({ point }: { point: AgendaPoint }) {
  const { t } = useTranslation();
  const send = useSend();
  const [text, setText] = useState('');

  async function add(e: FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    const clean = text.trim();
    if (!clean) return;
    const ok = await send({
      type: 'conclusion.add',
      pointId: point.id,
      conclusion: { id: nanoid(), text: clean.slice(0, 500) },
    });
    if (ok) setText('');
  }

  return (
    <section className="rw-section" aria-labelledby="rw-conclusion-heading">
      <h3 id="rw-conclusion-heading" className="rw-heading">
        {t('roomsWork.conclusion.heading')}
      </h3>
      {point.conclusions.length === 0 ? (
        <p className="empty">{t('roomsWork.conclusion.empty')}</p>
      ) : (
        <ol className="rw-list rw-conclusions">
          {point.conclusions.map((c, i) => (
            <li
              key={c.id}
              className="rw-list-item"
              data-testid="rw-conclusion-item"
              data-conclusion-id={c.id}
            >
              <span className="rw-turn-number" aria-hidden="true">
                {i + 1}
              </span>
              <CommitField
                className="inline-input rw-grow"
                data-testid="rw-conclusion-edit"
                value={c.text}
                required
                maxLength={500}
                aria-label={t('roomsWork.conclusion.editLabel', { n: i + 1 })}
                onCommit={(v) => send({ type: 'conclusion.update', id: c.id, text: v.trim() })}
              />
              <button
                type="button"
                className="button button-quiet button-small"
                data-testid="rw-conclusion-remove"
                aria-label={t('roomsWork.removeLabel', { text: c.text })}
                onClick={() => void send({ type: 'conclusion.update', id: c.id, remove: true })}
              >
                {t('roomsWork.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <form className="rw-add-row" onSubmit={(e) => void add(e)}>
        <label className="field rw-grow">
          <span className="field-label">{t('roomsWork.conclusion.text')}</span>
          <input
            data-testid="rw-conclusion-text"
            value={text}
            maxLength={500}
            placeholder={t('roomsWork.conclusion.placeholder')}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button
          type="submit"
          className="button"
          data-testid="rw-conclusion-add"
          disabled={!text.trim()}
        >
          {t('roomsWork.add')}
        </button>
      </form>
    </section>
  );
}
