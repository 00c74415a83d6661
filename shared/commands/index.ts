import type { Draft } from 'immer';
import { z } from 'zod';
import type { Workshop } from '../model/workshop';
import type { CommandContext } from './defineCommand';
import { addParticipant } from './addParticipant';
import { addPoint } from './addPoint';
import { finishPoint } from './finishPoint';
import { goToRoom } from './goToRoom';
import { movePoint } from './movePoint';
import { nextRoom } from './nextRoom';
import { previousRoom } from './previousRoom';
import { removeParticipant } from './removeParticipant';
import { removePoint } from './removePoint';
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
  startPoint,
  finishPoint,
  nextRoom,
  previousRoom,
  goToRoom,
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
  startPoint.schema,
  finishPoint.schema,
  nextRoom.schema,
  previousRoom.schema,
  goToRoom.schema,
]);
export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** Each command's apply, typed loosely: the reducer looks one up by the command's own type. */
type AnyApply = (draft: Draft<Workshop>, command: Command, ctx: CommandContext) => void;
export const commandHandlers: ReadonlyMap<CommandType, AnyApply> = new Map(
  definitions.map((d) => [d.type, d.apply as AnyApply]),
);
