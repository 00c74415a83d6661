import { nanoid } from 'nanoid';
import { useState } from 'react';
import type { AgendaPoint, Participant } from '../../../../../shared/model/workshop';
import { useSend } from '../../../common/hostContext';
import { useHyphenate } from '../../../common/hyphenation/useHyphenate';
import { QUESTION_MAX } from '../../../../../shared/model/textLimits';
import { useTranslation } from '../../../i18n/i18n';
import { AddTextForm, RemoveItemButton } from '../common/listEditing';
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
  const hy = useHyphenate();
  const send = useSend();
  const people = usePeople(participants);
  const [askedBy, setAskedBy] = useState<string | null>(null);

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
              <span className="rw-list-text">{hy(q.text)}</span>
              {q.askedBy ? <PersonTag person={people.get(q.askedBy)} /> : null}
              <RemoveItemButton
                text={q.text}
                testId="rw-question-remove"
                onRemove={() => void send({ type: 'question.remove', id: q.id })}
              />
            </li>
          ))}
        </ol>
      )}
      <AddTextForm
        maxLength={QUESTION_MAX}
        label={t('roomsWork.clarifying.question')}
        placeholder={t('roomsWork.clarifying.questionPlaceholder')}
        testId="rw-question"
        fieldKey={`questions:${point.id}:new`}
        onAdd={(text) =>
          send({
            type: 'question.add',
            pointId: point.id,
            question: { id: nanoid(), text, askedBy },
          })
        }
      >
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
      </AddTextForm>
    </section>
  );
}
