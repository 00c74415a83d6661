// Test ids: eval-own-question (data-question-id), eval-own-remove, eval-own-text, eval-own-add.
import { nanoid } from 'nanoid';
import { useState, type FormEvent } from 'react';
import { PATVAERS_QUESTIONS } from '../../../../shared/evaluation/catalogue';
import { asLang } from '../../../../shared/evaluation/itemText';
import type { Evaluation } from '../../../../shared/model/evaluation';
import { useSend } from '../../common/hostContext';
import { OWN_QUESTION_MAX } from '../../../../shared/model/textLimits';
import { useTranslation } from '../../i18n/i18n';

/** PÅ TVÆRS 9–16 as they are asked, and the users' own questions after them. */
export function OwnQuestions({ evaluation }: { evaluation: Evaluation }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const send = useSend();
  const [text, setText] = useState('');

  async function add(e: FormEvent): Promise<void> {
    e.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    const ok = await send({
      type: 'evaluation.addQuestion',
      question: { id: `own-${nanoid(10)}`, text: trimmed },
    });
    if (ok) setText('');
  }

  return (
    <div className="eval-questions">
      <p className="field-hint">{t('evaluation.own.fixed')}</p>
      <ol className="eval-fixed-list">
        {PATVAERS_QUESTIONS.map((q) => (
          <li key={q.id} value={q.number}>
            {q[lang]}
          </li>
        ))}
      </ol>
      <h3 className="eval-subheading">{t('evaluation.own.heading')}</h3>
      {evaluation.ownQuestions.length === 0 ? (
        <p className="empty">{t('evaluation.own.empty')}</p>
      ) : (
        <ul className="eval-own-list">
          {evaluation.ownQuestions.map((q) => (
            <li key={q.id} data-testid="eval-own-question" data-question-id={q.id}>
              <span>{q.text}</span>
              <button
                type="button"
                className="button button-small button-quiet"
                data-testid="eval-own-remove"
                aria-label={t('evaluation.own.remove', { text: q.text })}
                onClick={() => void send({ type: 'evaluation.removeQuestion', id: q.id })}
              >
                {t('evaluation.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="add-form" onSubmit={(e) => void add(e)}>
        <label className="field field-grow">
          <span className="field-label">{t('evaluation.own.new')}</span>
          <input
            data-testid="eval-own-text"
            value={text}
            maxLength={OWN_QUESTION_MAX}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="submit" className="button" data-testid="eval-own-add" disabled={!text.trim()}>
          {t('evaluation.own.add')}
        </button>
      </form>
    </div>
  );
}
