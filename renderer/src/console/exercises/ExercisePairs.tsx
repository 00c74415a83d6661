import { drawExercisePairs } from '../../../../shared/exercises/participants';
import type { Exercise } from '../../../../shared/model/exercises';
import type { Participant } from '../../../../shared/model/workshop';
import { useSend } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';

interface Props {
  exercise: Exercise;
  participants: readonly Participant[];
  /** In a pairs step: who in each group has the word now. */
  speaker: number | null;
}

/** At most four in a group (the exercise's schema); a full group is not offered. */
const GROUP_MAX = 4;

/**
 * The pairs of a pair exercise: drawn at random from those present (partners from different
 * organisations where possible, a trio when odd), drawn again, or edited by moving a person.
 * A draw replaces all groups by nature; a move is sent as just that person joining someone
 * (by id), so two screens moving people at once do not undo each other's moves.
 */
export function ExercisePairs({ exercise, participants, speaker }: Props) {
  const { t } = useTranslation();
  const send = useSend();
  const name = (id: string) => participants.find((p) => p.id === id)?.name ?? '?';
  const draw = () =>
    void send({
      type: 'exercise.setPairs',
      exerciseId: exercise.id,
      pairs: drawExercisePairs(participants, Math.random),
    });
  const groups = exercise.pairs;
  // Group k named by its first member: the host finds that person's group as it has it now.
  const moveTo = (participantId: string, k: number) =>
    void send({
      type: 'exercise.movePerson',
      exerciseId: exercise.id,
      participantId,
      toGroupOf: groups[k]?.[0] ?? null,
    });

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
                  onChange={(e) => moveTo(id, Number(e.target.value))}
                >
                  {groups.map((other, k) => (
                    <option key={k} value={k} disabled={k !== g && other.length >= GROUP_MAX}>
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
