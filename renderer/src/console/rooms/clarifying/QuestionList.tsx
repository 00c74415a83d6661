import { nanoid } from 'nanoid';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaPoint, Participant } from '../../../../../shared/model/workshop';
import { useSend } from '../../../common/hostContext';
import { ParticipantSelect } from '../common/ParticipantSelect';
import { PersonTag } from '../common/PersonTag';
import { usePeople } from '../common/people';

/** Open questions with who raised them: type, pick who (or leave it), Enter. */
export function QuestionList({
  participants,
  point,
}: {
  participants: readonly Participant[];
  point: AgendaPoint;
}) {
  const { t } = useTranslation();
  const send = useSend();
  const people = usePeople(participants);
  const [text, setText] = useState('');
  const [askedBy, setAskedBy] = useState<string | null>(null);

  async function add(e: FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    const clean = text.trim();
    if (!clean) return;
    const ok = await send({
      type: 'question.add',
      pointId: point.id,
      question: { id: nanoid(), text: clean.slice(0, 500), askedBy },
    });
    if (ok) setText('');
  }

  return (
    <section className="rw-section" aria-labelledby="rw-questions-heading">
      <h3 id="rw-questions-heading" className="rw-heading">
        {t('roomsWork.clarifying.questions')}{' '}
        <span className="rw-count">{point.questions.length}</span>
      </h3>
      {point.questions.length === 0 ? (
        <p className="empty">{t('roomsWork.clarifying.noQuestions')}</p>
      ) : (
        <ol className="rw-list">
          {point.questions.map((q) => (
            <li
              key={q.id}
              className="rw-list-item"
              data-testid="rw-question"
              data-question-id={q.id}
            >
              <span className="rw-list-text">{q.text}</span>
              {q.askedBy ? <PersonTag person={people.get(q.askedBy)} /> : null}
              <button
                type="button"
                className="button button-quiet button-small"
                data-testid="rw-question-remove"
                aria-label={t('roomsWork.removeLabel', { text: q.text })}
                onClick={() => void send({ type: 'question.remove', id: q.id })}
              >
                {t('roomsWork.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <form className="rw-add-row" onSubmit={(e) => void add(e)}>
        <label className="field rw-grow">
          <span className="field-label">{t('roomsWork.clarifying.question')}</span>
          <input
            data-testid="rw-question-text"
            value={text}
            maxLength={500}
            placeholder={t('roomsWork.clarifying.questionPlaceholder')}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('roomsWork.clarifying.askedBy')}</span>
          <ParticipantSelect
            data-testid="rw-question-who"
            participants={participants}
            value={askedBy}
            onChange={setAskedBy}
            emptyLabel={t('roomsWork.unknown')}
          />
        </label>
        <button
          type="submit"
          className="button"
          data-testid="rw-question-add"
          disabled={!text.trim()}
        >
          {t('roomsWork.add')}
        </button>
      </form>
    </section>
  );
}
