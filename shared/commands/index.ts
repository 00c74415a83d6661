import type { Draft } from 'immer';
import { z } from 'zod';
import type { Workshop } from '../model/workshop';
import type { CommandContext } from './defineCommand';
import { setClarification } from './clarifying/setClarification';
import { addQuestion } from './clarifying/addQuestion';
import { removeQuestion } from './clarifying/removeQuestion';
import { addIdea } from './developing/addIdea';
import { updateIdea } from './developing/updateIdea';
import { removeIdea } from './developing/removeIdea';
import { mergeIdeas } from './developing/mergeIdeas';
import { moveIdea } from './developing/moveIdea';
import { setupTurns } from './developing/setupTurns';
import { takeTurnCommand } from './developing/takeTurnCommand';
import { changeTurns } from './developing/changeTurns';
import { moveInTurns } from './developing/moveInTurns';
import { leaveOutOfTurns } from './developing/leaveOutOfTurns';
import { includeInTurns } from './developing/includeInTurns';
import { flagKiller } from './developing/flagKiller';
import { updateKillerFlag } from './developing/updateKillerFlag';
import { addCluster } from './negotiating/addCluster';
import { updateCluster } from './negotiating/updateCluster';
import { clusterIdea } from './negotiating/clusterIdea';
import { setDots } from './negotiating/setDots';
import { addDot } from './negotiating/addDot';
import { removeDot } from './negotiating/removeDot';
import { revealVotes } from './negotiating/revealVotes';
import { addPosition } from './negotiating/addPosition';
import { removePosition } from './negotiating/removePosition';
import { addConclusion } from './negotiating/addConclusion';
import { updateConclusion } from './negotiating/updateConclusion';
import { addAction } from './acting/addAction';
import { updateAction } from './acting/updateAction';
import { followUpAction } from './series/followUpAction';
import { controlTimer } from './time/controlTimer';
import { extendTimer } from './time/extendTimer';
import { setRoomBudget } from './time/setRoomBudget';
import { setTurnTime } from './time/setTurnTime';
import { importAgenda } from './time/importAgenda';
import { addExercise } from './exercises/addExercise';
import { removeExercise } from './exercises/removeExercise';
import { startExercise } from './exercises/startExercise';
import { nextStep } from './exercises/nextStep';
import { previousStep } from './exercises/previousStep';
import { setPairs } from './exercises/setPairs';
import { movePerson } from './exercises/movePerson';
import { setSpeakers } from './exercises/setSpeakers';
import { switchSpeaker } from './exercises/switchSpeaker';
import { noteExercise } from './exercises/noteExercise';
import { finishExercise } from './exercises/finishExercise';
import { openEvaluation } from './evaluation/openEvaluation';
import { closeEvaluation } from './evaluation/closeEvaluation';
import { recordScores } from './evaluation/recordScores';
import { removeResponse } from './evaluation/removeResponse';
import { addOwnQuestion } from './evaluation/addOwnQuestion';
import { removeOwnQuestion } from './evaluation/removeOwnQuestion';
import { setRcPairs } from './evaluation/setPairs';
import { projectEvaluation } from './evaluation/projectEvaluation';
import { addParticipant } from './addParticipant';
import { addPoint } from './addPoint';
import { finishPoint } from './finishPoint';
import { goToRoom } from './goToRoom';
import { movePoint } from './movePoint';
import { nextRoom } from './nextRoom';
import { previousRoom } from './previousRoom';
import { removeParticipant } from './removeParticipant';
import { removePoint } from './removePoint';
import { setPointNotes } from './setPointNotes';
import { setMinutesOptions } from './setMinutesOptions';
import { setRoomPlan } from './setRoomPlan';
import { startPoint } from './startPoint';
import { updateParticipant } from './updateParticipant';
import { updatePoint } from './updatePoint';
import { updateWorkshop } from './updateWorkshop';

export type { CommandContext } from './defineCommand';

/** The closed list of commands. A new command is a new file plus one line here. */
export const definitions = [
  updateWorkshop,
  addParticipant,
  updateParticipant,
  removeParticipant,
  addPoint,
  updatePoint,
  removePoint,
  movePoint,
  setRoomPlan,
  setPointNotes,
  startPoint,
  finishPoint,
  nextRoom,
  previousRoom,
  goToRoom,
  setClarification,
  addQuestion,
  removeQuestion,
  addIdea,
  updateIdea,
  removeIdea,
  mergeIdeas,
  moveIdea,
  setupTurns,
  takeTurnCommand,
  changeTurns,
  moveInTurns,
  leaveOutOfTurns,
  includeInTurns,
  flagKiller,
  updateKillerFlag,
  addCluster,
  updateCluster,
  clusterIdea,
  setDots,
  addDot,
  removeDot,
  revealVotes,
  addPosition,
  removePosition,
  addConclusion,
  updateConclusion,
  addAction,
  updateAction,
  followUpAction,
  controlTimer,
  extendTimer,
  setRoomBudget,
  setTurnTime,
  importAgenda,
  addExercise,
  removeExercise,
  startExercise,
  nextStep,
  previousStep,
  setPairs,
  movePerson,
  setSpeakers,
  switchSpeaker,
  noteExercise,
  finishExercise,
  openEvaluation,
  closeEvaluation,
  recordScores,
  removeResponse,
  addOwnQuestion,
  removeOwnQuestion,
  setRcPairs,
  projectEvaluation,
  setMinutesOptions,
] as const;

// Spelled out (not mapped from `definitions`) so zod infers the exact union; a test checks both lists agree.
export const CommandSchema = z.discriminatedUnion('type', [
  updateWorkshop.schema,
  addParticipant.schema,
  updateParticipant.schema,
  removeParticipant.schema,
  addPoint.schema,
  updatePoint.schema,
  removePoint.schema,
  movePoint.schema,
  setRoomPlan.schema,
  setPointNotes.schema,
  startPoint.schema,
  finishPoint.schema,
  nextRoom.schema,
  previousRoom.schema,
  goToRoom.schema,
  setClarification.schema,
  addQuestion.schema,
  removeQuestion.schema,
  addIdea.schema,
  updateIdea.schema,
  removeIdea.schema,
  mergeIdeas.schema,
  moveIdea.schema,
  setupTurns.schema,
  takeTurnCommand.schema,
  changeTurns.schema,
  moveInTurns.schema,
  leaveOutOfTurns.schema,
  includeInTurns.schema,
  flagKiller.schema,
  updateKillerFlag.schema,
  addCluster.schema,
  updateCluster.schema,
  clusterIdea.schema,
  setDots.schema,
  addDot.schema,
  removeDot.schema,
  revealVotes.schema,
  addPosition.schema,
  removePosition.schema,
  addConclusion.schema,
  updateConclusion.schema,
  addAction.schema,
  updateAction.schema,
  followUpAction.schema,
  controlTimer.schema,
  extendTimer.schema,
  setRoomBudget.schema,
  setTurnTime.schema,
  importAgenda.schema,
  addExercise.schema,
  removeExercise.schema,
  startExercise.schema,
  nextStep.schema,
  previousStep.schema,
  setPairs.schema,
  movePerson.schema,
  setSpeakers.schema,
  switchSpeaker.schema,
  noteExercise.schema,
  finishExercise.schema,
  openEvaluation.schema,
  closeEvaluation.schema,
  recordScores.schema,
  removeResponse.schema,
  addOwnQuestion.schema,
  removeOwnQuestion.schema,
  setRcPairs.schema,
  projectEvaluation.schema,
  setMinutesOptions.schema,
]);
export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** Each command's apply, typed loosely: the reducer looks one up by the command's own type. */
type AnyApply = (draft: Draft<Workshop>, command: Command, ctx: CommandContext) => void;
export const commandHandlers: ReadonlyMap<CommandType, AnyApply> = new Map(
  definitions.map((d) => [d.type, d.apply as AnyApply]),
);
