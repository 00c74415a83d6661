import { roundSpeakers } from '../../../../shared/exercises/participants';
import type { Exercise } from '../../../../shared/model/exercises';
import type { Participant } from '../../../../shared/model/workshop';
import { useSend } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';

interface Props {
  exercise: Exercise;
  participants: readonly Participant[];
  /** In a round step: whose turn it is. */
  speaker: number | null;
}

/** Who speaks in a round, by person or by organisation, in order; the speaker marked. */
export function ExerciseRound({ exercise, participants, speaker }: Props) {
  const { t } = useTranslation();
  const send = useSend();
  const set = (by: 'person' | 'organisation') =>
    void send({
      type: 'exercise.setSpeakers',
      exerciseId: exercise.id,
      speakers: roundSpeakers(participants, by),
    });
  return (
    <div className="exercise-round">
      <div className="exercise-row">
        <span className="hint">{t('time.exercise.speakersBy')}</span>
        <button
          type="button"
          className="button button-small"
          data-testid="exercise-speakers-person"
          onClick={() => set('person')}
        >
          {t('time.exercise.byPerson')}
        </button>
        <button
          type="button"
          className="button button-small"
          data-testid="exercise-speakers-organisation"
          onClick={() => set('organisation')}
        >
          {t('time.exercise.byOrganisation')}
        </button>
      </div>
      <ol className="exercise-speaker-list">
        {exercise.speakers.map((s, i) => (
          <li
            key={s.id}
            data-testid="exercise-speaker"
            className={i === speaker ? 'is-speaking' : i === (speaker ?? -2) + 1 ? 'is-next' : ''}
          >
            {s.label}
            {i === speaker ? ` · ${t('time.exercise.speakingNow')}` : null}
            {speaker !== null && i === speaker + 1 ? ` · ${t('time.exercise.next')}` : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
