import { DomainError, limitReached } from '../../errors';
import { turnCount } from '../../model/exercises';
import { assertParticipants } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';
import { findExercise } from './findExercise';

/** As ExerciseSchema.pairs: at most four in a group, a hundred groups. */
const GROUP_MAX = 4;
const GROUPS_MAX = 100;

/**
 * One person into another group of a pair exercise, named by someone in it (`toGroupOf`), or
 * into a group of their own (null); someone in no group yet (a late arrival) joins the same
 * way. Applied to the groups as the host has them, so two people moving two people at once both
 * count, where a whole new set of groups (exercise.setPairs, for a draw) would undo the other's.
 */
export const movePerson = defineCommand(
  'exercise.movePerson',
  { exerciseId: IdSchema, participantId: IdSchema, toGroupOf: IdSchema.nullable() },
  (draft, { exerciseId, participantId, toGroupOf }) => {
    const { exercise } = findExercise(draft, exerciseId);
    if (!exercise.steps.some((s) => s.kind === 'pairs')) {
      throw new DomainError('invalid-command', 'This exercise has no step in pairs', {
        id: exerciseId,
      });
    }
    assertParticipants(draft, toGroupOf === null ? [participantId] : [participantId, toGroupOf]);
    if (toGroupOf === participantId) {
      throw new DomainError('invalid-command', 'Someone cannot join their own group');
    }
    const groups = exercise.pairs;
    const from = groups.findIndex((g) => g.includes(participantId));
    const to = toGroupOf === null ? -1 : groups.findIndex((g) => g.includes(toGroupOf));
    if (toGroupOf !== null && to < 0) {
      throw new DomainError('not-found', `${toGroupOf} is in no group`, {
        id: toGroupOf,
        what: 'group',
      });
    }
    // Already where they were sent (the same move from two screens): nothing to do.
    if (to >= 0 ? from === to : groups[from]?.length === 1) return;
    const target = groups[to];
    if (target && target.length >= GROUP_MAX) {
      throw limitReached(
        { field: 'exercise.groupMembers', limit: GROUP_MAX },
        `At most ${GROUP_MAX} in a group`,
      );
    }
    if (!target && groups.length >= GROUPS_MAX) {
      throw limitReached(
        { field: 'exercise.pairs', limit: GROUPS_MAX },
        `At most ${GROUPS_MAX} groups`,
      );
    }
    const left = groups[from];
    if (target) target.push(participantId);
    else groups.push([participantId]);
    // A group left empty goes (in place: the other groups keep their patches' paths short).
    if (left) {
      left.splice(left.indexOf(participantId), 1);
      if (left.length === 0) groups.splice(from, 1);
    }
    // A smaller largest group means fewer turns: keep the speaker within them.
    for (const step of exercise.steps) {
      if (step.kind === 'pairs')
        step.speaker = Math.min(step.speaker, turnCount(exercise, step) - 1);
    }
  },
);
