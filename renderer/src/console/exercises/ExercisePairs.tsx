import { drawExercisePairs } from '../../../../shared/exercises/participants';
import type { Exercise } from '../../../../shared/model/exercises';
import type { Participant } from '../../../../shared/model/workshop';
import { useSend } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';
import { movePerson } from './pairsEdit';

interface Props {
  exercise: Exercise;
  participants: readonly Participant[];
  /** In a pairs step: who in each group has the word now. */
  speaker: number | null;
}

/**
 * The pairs of a pair exercise: drawn at random from those present (partners from different
 * organisations where possible, a trio when odd), drawn again, or edited by moving a person.
 */
export function ExercisePairs({ exercise, participants, speaker }: Props) {
  const { t } = useTranslation();
  const send = useSend();
  const name = (id: string) => participants.find((p) => p.id === id)?.name ?? '?';
  const setPairs = (pairs: string[][]) =>
    void send({ type: 'exercise.setPairs', exerciseId: exercise.id, pairs });
  const draw = () => setPairs(drawExercisePairs(participants, Math.random));
  const groups = exercise.pairs;

  return (
    <div className="exercise-pairs">
      <div className="exercise-row">
        <button type="button" className="button" data-testid="exercise-draw" onClick={draw}>
          {groups.length === 0 ? t('time.exercise.draw') : t('time.exercise.redraw')}
        </button>
        {groups.length === 0 ? <span className="hint">{t('time.exercise.noPairs')}</span> : null}
      </div>
      <ol className="exercise-pair-list">
        {groups.map((group, g) => (
          <li key={group.join('+')} className="exercise-pair" data-testid="exercise-pair">
            <span className="exercise-pair-number">{t('time.exercise.pair', { n: g + 1 })}</span>
            {group.map((id, m) => (
              <span
                key={id}
                className={m === speaker ? 'exercise-member is-speaking' : 'exercise-member'}
                data-speaking={m === speaker}
              >
                {name(id)}
                <select
                  className="inline-select"
                  data-testid={`exercise-move-${id}`}
                  aria-label={t('time.exercise.moveLabel', { name: name(id) })}
                  value={g}
                  onChange={(e) => setPairs(movePerson(groups, id, Number(e.target.value)))}
                >
                  {groups.map((_, k) => (
                    <option key={k} value={k}>
                      {t('time.exercise.pair', { n: k + 1 })}
                    </option>
                  ))}
                  <option value={groups.length}>{t('time.exercise.newPair')}</option>
                </select>
              </span>
            ))}
          </li>
        ))}
      </ol>
    </div>
  );
}
