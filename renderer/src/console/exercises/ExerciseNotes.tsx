import { nanoid } from 'nanoid';
import { useState } from 'react';
import type { Exercise } from '../../../../shared/model/exercises';
import { useSend } from '../../common/hostContext';
import { EXERCISE_NOTE_MAX } from '../../../../shared/model/textLimits';
import { useTranslation } from '../../i18n/i18n';

/** Outcomes captured into the point: notes stay with the exercise, ideas join the point's ideas. */
export function ExerciseNotes({ exercise }: { exercise: Exercise }) {
  const { t } = useTranslation();
  const send = useSend();
  const [text, setText] = useState('');

  async function capture(kind: 'note' | 'idea'): Promise<void> {
    const clean = text.trim();
    if (!clean) return;
    const ok = await send({
      type: 'exercise.note',
      exerciseId: exercise.id,
      id: nanoid(),
      kind,
      text: clean,
    });
    if (ok) setText('');
  }

  return (
    <div className="exercise-notes">
      <div className="exercise-row">
        <input
          className="exercise-note-input"
          data-testid="exercise-note-text"
          value={text}
          placeholder={t('time.exercise.notePlaceholder')}
          aria-label={t('time.exercise.notePlaceholder')}
          maxLength={EXERCISE_NOTE_MAX}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void capture('note');
          }}
        />
        <button
          type="button"
          className="button button-small"
          data-testid="exercise-note-add"
          onClick={() => void capture('note')}
        >
          {t('time.exercise.addNote')}
        </button>
        <button
          type="button"
          className="button button-small"
          data-testid="exercise-idea-add"
          disabled={text.trim().length > 500}
          onClick={() => void capture('idea')}
        >
          {t('time.exercise.addIdea')}
        </button>
      </div>
      {exercise.notes.length + exercise.ideaIds.length > 0 ? (
        <ul className="exercise-note-list">
          {exercise.notes.map((note) => (
            <li key={note.id} data-testid="exercise-note">
              {note.text}
            </li>
          ))}
          {exercise.ideaIds.length > 0 ? (
            <li className="hint">{t('time.exercise.ideas', { count: exercise.ideaIds.length })}</li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
